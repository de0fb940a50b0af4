# test/fuzz/fuzz.mk: libFuzzer harness over the parser core (included by the Makefile).
#
#   make fuzz [FUZZ_SECONDS=60]   build, seed and fuzz for FUZZ_SECONDS seconds (one process)
#   make fuzz-replay              run every regression input and seed once (no fuzzing)
#   make fuzz-seeds               derive the rendering seeds only
#
# The working corpus (build/fuzz/corpus) keeps growing between runs; a crash
# is written to build/fuzz/crash-* and fails the target: copy it into
# test/fuzz/regressions/ (fuzz-replay runs that folder) and fix the core.

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_MAX_LEN ?= 131072
FUZZ_FLAGS ?=
FUZZ_CFLAGS = -std=c99 -g -O1 -fno-omit-frame-pointer \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	$(CORE_INC) -Itest/tools
FUZZ_SAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

build/fuzz/fuzz_parser: test/fuzz/fuzz_parser.c $(PARSER_SRCS) $(PARSER_HDRS) test/tools/std_alloc.h
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ test/fuzz/fuzz_parser.c $(PARSER_SRCS)

# Corpus renderings (CRLF, plain with page furniture, PDF text with and
# without -layout) as seeds; derived once, kept in build/.
build/fuzz/renderings/.stamp: test/renderings/*.sh test/corpus/*.txt
	@mkdir -p build/fuzz/renderings
	sh test/renderings/derive_all.sh build/fuzz/renderings test/corpus > build/fuzz/renderings.log 2>&1 || \
		{ cat build/fuzz/renderings.log; exit 1; }
	@touch $@

.PHONY: fuzz fuzz-replay fuzz-seeds
fuzz-seeds: build/fuzz/renderings/.stamp

fuzz: build/fuzz/fuzz_parser build/fuzz/renderings/.stamp
	@mkdir -p build/fuzz/corpus
	cd build/fuzz && $(FUZZ_SAN_ENV) ./fuzz_parser -max_total_time=$(FUZZ_SECONDS) \
		-max_len=$(FUZZ_MAX_LEN) -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
		-dict=../../test/fuzz/tip.dict $(FUZZ_FLAGS) \
		corpus ../../test/fuzz/seeds ../../test/fuzz/regressions renderings ../../test/corpus

# Every kept crash input, hand-made seed and corpus file, run once.
fuzz-replay: build/fuzz/fuzz_parser
	$(FUZZ_SAN_ENV) build/fuzz/fuzz_parser -runs=1 \
		$(wildcard test/fuzz/regressions/*) $(wildcard test/fuzz/seeds/*) test/corpus/*.txt
