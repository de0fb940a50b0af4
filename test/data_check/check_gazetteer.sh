#!/bin/sh
# The committed src/match/gazetteer_data.c is what data/gen_gazetteer.sh
# makes from data/*.tsv now.  Exits 1 (with the diff) when it is stale.
set -eu
cd "$(dirname "$0")/../.."
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
sh data/gen_gazetteer.sh "$tmp"
if cmp -s "$tmp" src/match/gazetteer_data.c; then
	echo "gazetteer_data.c is up to date"
else
	diff -u src/match/gazetteer_data.c "$tmp" | head -40
	echo "gazetteer_data.c is stale: run data/gen_gazetteer.sh"
	exit 1
fi
