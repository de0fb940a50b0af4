#!/usr/bin/env bash
# tip_paragraphs() throughput in SQL beside to_tsvector('english') on the same
# text (>= 50 MB: the corpus reports repeated, each copy made distinct), on the
# throwaway cluster.  Prints MB/s for both and the ratio.  Run: make bench
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_init tip_bench
bench_table
bench_versus tip_paragraphs "SELECT count(*) FROM bench, LATERAL tip_paragraphs(doc)"
