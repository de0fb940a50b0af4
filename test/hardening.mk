# test/hardening.mk: sanitizer and valgrind runs of the core tests (included by the Makefile).
#
#   make unit-asan        C unit tests (test/unit/test_*.c) built with clang
#                         -fsanitize=address,undefined and run, LeakSanitizer on;
#                         test_allocfail also fails every arena allocation in turn
#   make unit-valgrind    the same tests (plain build) under valgrind memcheck,
#                         plus the fuzz seeds, regression inputs and corpus replayed
#   make installcheck-valgrind
#                         pg_regress against a throwaway cluster whose server
#                         runs under valgrind memcheck (test/valgrind/); fails on
#                         any error involving tip_reports.so.  VG_REGRESS="a b"
#                         runs only those tests (init first)
#   make bench-memory     peak memory of a parse as a multiple of the input
#   make scaling-scan     every fuzz input repeated to SCAN_KB and 4 times that:
#                         lists those whose time grows more than twice as fast
#
# build/unit/test_allocfail (make unit) gets the arena injection point too.

SAN_CC ?= clang
SAN_CFLAGS = -std=c99 -g -O1 -fno-omit-frame-pointer -Wall -Wextra -Werror \
	-fsanitize=address,undefined -fno-sanitize-recover=undefined
SAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ASAN_UNIT_TESTS = $(patsubst build/unit/%,build/asan/%,$(UNIT_TESTS))
CORE_SRCS_NO_ARENA = $(filter-out src/core/arena.c,$(PARSER_SRCS))
FI_RENAME = -Darena_alloc=fi_real_arena_alloc -Darena_alloc_array=fi_real_arena_alloc_array \
	-Darena_grow_array=fi_real_arena_grow_array

# arena.c with its allocation functions renamed, for test_allocfail
build/unit/fi_arena.o: src/core/arena.c src/include/tip_alloc.h
	@mkdir -p build/unit
	$(CORE_CC) $(CORE_CFLAGS) $(CORE_INC) $(FI_RENAME) -c -o $@ $<

build/unit/test_allocfail: test/unit/test_allocfail.c build/unit/fi_arena.o $(PARSER_SRCS) $(PARSER_HDRS)
	$(CORE_CC) $(CORE_CFLAGS) $(CORE_INC) -DFI_ARENA -o $@ $< $(CORE_SRCS_NO_ARENA) build/unit/fi_arena.o

build/asan/fi_arena.o: src/core/arena.c src/include/tip_alloc.h
	@mkdir -p build/asan
	$(SAN_CC) $(SAN_CFLAGS) $(CORE_INC) $(FI_RENAME) -c -o $@ $<

build/asan/test_allocfail: test/unit/test_allocfail.c build/asan/fi_arena.o $(PARSER_SRCS) $(PARSER_HDRS)
	$(SAN_CC) $(SAN_CFLAGS) $(CORE_INC) -DFI_ARENA -o $@ $< $(CORE_SRCS_NO_ARENA) build/asan/fi_arena.o

build/asan/test_%: test_%.c $(PARSER_SRCS) $(PARSER_HDRS) test/tools/*.h
	@mkdir -p build/asan
	$(SAN_CC) $(SAN_CFLAGS) $(CORE_INC) -o $@ $< $(PARSER_SRCS)

build/asan/test_matcher: SAN_CFLAGS += -DMT_COUNT_STEPS

.PHONY: unit-asan unit-valgrind
unit-asan: $(ASAN_UNIT_TESTS)
	@set -e; for t in $(ASAN_UNIT_TESTS); do echo "== $$t"; $(SAN_ENV) $$t; done

# valgrind: plain -O1 builds (no sanitizers), every error fatal
VG = valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
	--track-origins=yes
VG_CFLAGS = -std=c99 -g -O1 -Wall -Wextra -Werror

build/vg/fuzz_replay: test/fuzz/fuzz_parser.c $(PARSER_SRCS) $(PARSER_HDRS) test/tools/std_alloc.h
	@mkdir -p build/vg
	$(CORE_CC) $(VG_CFLAGS) -DFUZZ_STANDALONE $(CORE_INC) -Itest/tools -o $@ test/fuzz/fuzz_parser.c $(PARSER_SRCS)

# Every verdict of the unit tests comes from counts, never clocks, so they are
# judged under valgrind as they are in make unit.
unit-valgrind: $(UNIT_TESTS) build/vg/fuzz_replay
	@set -e; for t in $(UNIT_TESTS); do echo "== valgrind $$t"; $(VG) $$t; done
	@echo "== valgrind build/vg/fuzz_replay (seeds, regressions, corpus)"
	@$(VG) build/vg/fuzz_replay $(wildcard test/fuzz/regressions/*) $(wildcard test/fuzz/seeds/*) \
		test/corpus/*.txt > build/vg/fuzz_replay.log

# pg_regress under valgrind: uses the installed module (make install first)
.PHONY: installcheck-valgrind
installcheck-valgrind: regress-dir
	test/valgrind/installcheck.sh $(VG_REGRESS)

# ---- peak memory of a parse as a multiple of the input (run by hand) ----
build/bench_memory: test/bench/bench_memory.c $(PARSER_SRCS) $(PARSER_HDRS) test/tools/count_alloc.h
	@mkdir -p build
	$(CORE_CC) -std=c99 -O2 -Wall -Wextra $(CORE_INC) -o $@ test/bench/bench_memory.c $(PARSER_SRCS)

.PHONY: bench-memory
bench-memory: build/bench_memory
	build/bench_memory test/corpus/*.txt

# ---- inputs whose parse time grows faster than they do (run by hand) ----
SCAN_KB ?= 1024
SCAN_FILES ?= $(wildcard test/fuzz/seeds/* test/fuzz/regressions/* build/fuzz/corpus/*)

build/scaling_scan: test/tools/scaling_scan.c $(PARSER_SRCS) $(PARSER_HDRS) test/tools/*.h
	@mkdir -p build
	$(CORE_CC) $(CORE_CFLAGS) $(CORE_INC) -o $@ test/tools/scaling_scan.c $(PARSER_SRCS)

.PHONY: scaling-scan
scaling-scan: build/scaling_scan
	build/scaling_scan $(SCAN_KB) 4 $(SCAN_FILES)
