#!/usr/bin/env bash
# tip_mentions() throughput in SQL beside to_tsvector('english') on the same
# text (>= 50 MB: the corpus reports repeated, each copy made distinct), on the
# throwaway cluster.  Prints MB/s for both and the ratio (the first call of each
# backend also builds the gazetteer matcher; that is timed too).  Run by hand:
#   test/bench/bench_mentions.sh
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_init tip_bench_mentions
bench_table
bench_versus tip_mentions "SELECT count(*) FROM bench, LATERAL tip_mentions(doc)"
bench_drop
