#!/usr/bin/env bash
# make dist gives a source tarball that builds and installs with PGXS away
# from the checkout, as PGXN and distribution packagers use it: unpacked in
# a scratch folder, built, and installed into a staging root (DESTDIR), where
# the module, the control file, the install script of the current version
# and every released script must be.
set -euo pipefail
cd "$(dirname "$0")/../.."
PGBIN="${TIP_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
PG_CONFIG="$PGBIN/pg_config"
version=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" tip_reports.control)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

make -s dist >/dev/null
tarball="build/tip_reports-$version.tar.gz"
tar -xzf "$tarball" -C "$tmp"
src="$tmp/tip_reports-$version"
make -s -C "$src" PG_CONFIG="$PG_CONFIG" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
make -s -C "$src" install PG_CONFIG="$PG_CONFIG" DESTDIR="$tmp/stage" >"$tmp/install.log" 2>&1 ||
	{ cat "$tmp/install.log"; exit 1; }
lib="$tmp/stage$("$PG_CONFIG" --pkglibdir)"
share="$tmp/stage$("$PG_CONFIG" --sharedir)/extension"
missing=0
for f in "$lib/tip_reports.so" "$share/tip_reports.control" "$share/tip_reports--$version.sql"; do
	[ -f "$f" ] || { echo "dist: $f not installed"; missing=1; }
done
for f in sql/releases/*.sql; do
	[ -f "$share/$(basename "$f")" ] || { echo "dist: $(basename "$f") not installed"; missing=1; }
done
[ "$missing" -eq 0 ] && echo "dist: $tarball ($(du -k "$tarball" | cut -f1) kB) builds and installs with PGXS" \
	"outside the checkout: module, control file, $((1 + $(ls sql/releases/*.sql | wc -l))) scripts"
exit "$missing"
