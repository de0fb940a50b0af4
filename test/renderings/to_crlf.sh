#!/bin/sh
# to_crlf.sh IN_FILE OUT_FILE
#
# The same rendering with CRLF line endings (as saved by Windows tools).
# Lines that already end in CR are not doubled.  A last line without a
# newline gets one.  Needs only POSIX sh and awk (mawk is fine).
set -eu
if [ $# -ne 2 ]; then
    echo "usage: $0 IN_FILE OUT_FILE" >&2
    exit 2
fi
[ -r "$1" ] || { echo "$0: cannot read $1" >&2; exit 1; }
LC_ALL=C awk '{ sub(/\r$/, ""); printf "%s\r\n", $0 }' "$1" > "$2.tmp.$$" || { rm -f "$2.tmp.$$"; exit 1; }
mv -f "$2.tmp.$$" "$2"
