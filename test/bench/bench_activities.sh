#!/usr/bin/env bash
# tip_activities() throughput in SQL beside to_tsvector('english') on the same
# text (>= 50 MB: the corpus reports repeated, each copy made distinct), on the
# throwaway cluster.  Prints MB/s for both, by the wall clock and by the
# backend's CPU time, and the ratio.  Run by hand.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_init tip_bench_act
bench_table
bench_versus tip_activities "SELECT count(*) FROM bench, LATERAL tip_activities(doc)"
bench_drop
