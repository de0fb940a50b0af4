# tip_reports: PGXS build.  The version lives in tip_reports.control only.

EXTENSION = tip_reports
EXTVERSION := $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = tip_reports
PARSER_SRCS = $(sort $(wildcard src/parser/*.c))
GLUE_SRCS = $(sort $(wildcard src/*.c))
OBJS = $(GLUE_SRCS:.c=.o) $(PARSER_SRCS:.c=.o)

# The install script of the version being made is sql/install/*.sql joined in
# name order, one file per SQL area.  sql/releases/ keeps the install scripts
# of released versions and the upgrade scripts (tip_reports--A--B.sql), as
# written: a released script is never edited.
INSTALL_PARTS = $(sort $(wildcard sql/install/*.sql))
DATA_built = build/$(EXTENSION)--$(EXTVERSION).sql
DATA = $(sort $(wildcard sql/releases/$(EXTENSION)--*.sql))

# plain `make` builds the module too, not just this first rule's target
.DEFAULT_GOAL := all

build/$(EXTENSION)--$(EXTVERSION).sql: $(INSTALL_PARTS) $(EXTENSION).control
	@mkdir -p build
	{ echo '/* $(EXTENSION) install script, version $(EXTVERSION) (built from sql/install/) */'; \
	  echo; \
	  printf '%s\n' '\echo Use "CREATE EXTENSION $(EXTENSION)" to load this file. \quit'; \
	  for f in $(INSTALL_PARTS); do echo; echo "-- ==== $$f"; cat $$f; done; } > $@

# pg_regress inputs are sql/<test>.sql, run after init in name order
REGRESS = init $(filter-out init,$(sort $(basename $(notdir $(wildcard sql/*.sql)))))
REGRESS_OPTS = --inputdir=. --outputdir=build/regress

PG_CPPFLAGS = -I$(srcdir)/src -std=gnu99
PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# ---- core unit tests, dump tool and benchmarks (no server needed) ----
CORE_CC ?= cc
CORE_CFLAGS ?= -std=c99 -O2 -g -Wall -Wextra -Werror
CORE_INC = -Isrc/parser

build/tipdump: test/tools/tipdump.c $(PARSER_SRCS) src/parser/*.h
	@mkdir -p build
	$(CORE_CC) $(CORE_CFLAGS) $(CORE_INC) -o $@ test/tools/tipdump.c $(PARSER_SRCS)

UNIT_TESTS = $(patsubst test/unit/%.c,build/unit/%,$(sort $(wildcard test/unit/test_*.c)))

build/unit/%: test/unit/%.c $(PARSER_SRCS) src/parser/*.h test/tools/*.h
	@mkdir -p build/unit
	$(CORE_CC) $(CORE_CFLAGS) $(CORE_INC) -o $@ $< $(PARSER_SRCS)

# test_matcher judges the scans' growth by their counted slow-path steps
build/unit/test_matcher: CORE_CFLAGS += -DMT_COUNT_STEPS

.PHONY: unit
unit: $(UNIT_TESTS) build/tipdump
	@set -e; for t in $(UNIT_TESTS); do echo "== $$t"; $$t; done

.PHONY: regress-dir
installcheck: regress-dir
regress-dir:
	@mkdir -p build/regress

# PGXS does not track headers: every object depends on all of ours
$(OBJS): $(wildcard src/*.h src/parser/*.h)

# ---- source tarball: what PGXN and packagers build with PGXS ----
DIST = build/$(EXTENSION)-$(EXTVERSION).tar.gz

.PHONY: dist
dist:
	@mkdir -p build
	git archive --format=tar.gz --prefix=$(EXTENSION)-$(EXTVERSION)/ -o $(DIST) HEAD
	@echo "dist: $(DIST)"

# ---- benchmarks (run by hand; not part of the tests) ----
build/bench_core: test/bench/bench_core.c $(PARSER_SRCS) src/parser/*.h
	@mkdir -p build
	$(CORE_CC) -std=c99 -O2 -Wall $(CORE_INC) -o $@ test/bench/bench_core.c $(PARSER_SRCS)

.PHONY: bench
bench: build/bench_core
	build/bench_core -m 100 test/corpus/*.txt
	test/bench/bench_sql.sh

include test/fuzz/fuzz.mk
include test/hardening.mk
