#!/usr/bin/env bash
# tip_parties(), tip_sessions() and tip_activities() over the same text
# (>= 50 MB: the corpus reports repeated, each copy made distinct), on the
# throwaway cluster, alternating, BENCH_ROUNDS times (default 5): prints
# every round (wall and backend CPU seconds) and the best of each.  Run by
# hand, before and after a change to the event layers, on the same machine.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_init tip_bench_events
bench_table
out=""
for r in $(seq 1 "${BENCH_ROUNDS:-5}"); do
	for f in tip_parties tip_sessions tip_activities; do
		out="$out$(time_query "$f" "SELECT count(*) FROM bench, LATERAL $f(doc)")
"
	done
done
printf '%s' "$out" | awk -v mb="$MB" '
NF == 3 {
	printf "%s: wall %.2f s, backend CPU %.2f s\n", $1, $2, $3
	if (!($1 in bc) || $3 < bc[$1]) bc[$1] = $3
	if (!($1 in bw) || $2 < bw[$1]) bw[$1] = $2
}
END {
	for (f in bc)
		printf "best %s: wall %.1f MB/s, backend CPU %.1f MB/s\n", f, mb / bw[f], mb / bc[f]
}'
bench_drop
