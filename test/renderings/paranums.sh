#!/bin/sh
# paranums.sh FILE...
#
# Check helper: for each FILE print "LINES SEQ FILE" where LINES is the
# number of lines that look like a numbered paragraph start
# (^ *(- )?[0-9]+\. ) and SEQ is how many paragraphs 1, 2, 3, ... are found
# in order at line starts (false positives such as a wrapped "2016. The"
# do not count).  Needs only POSIX sh and awk.
set -eu
for f in "$@"; do
    LC_ALL=C awk -v name="$f" '
        { sub(/\r$/, ""); sub(/^\f/, "") }
        match($0, /^ *(- )?[0-9]+\. /) {
            lines++
            s = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", s)
            if (s + 0 == want + 1) want++
        }
        END { printf "%d %d %s\n", lines, want, name }' "$f"
done
