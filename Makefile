# tip_reports: PGXS build.  The version lives in tip_reports.control only.

EXTENSION = tip_reports
EXTVERSION := $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = tip_reports
# Source folders in pipeline order (see "Source layout" in the README):
# src/include (public headers) < core < match < annotate < pg (PostgreSQL).
PARSER_DIRS = src/core src/match src/annotate src/annotate/activities
PARSER_SRCS = $(foreach d,$(PARSER_DIRS),$(sort $(wildcard $(d)/*.c)))
PARSER_HDRS = $(sort $(wildcard src/include/*.h $(addsuffix /*.h,$(PARSER_DIRS))))
GLUE_SRCS = $(sort $(wildcard src/pg/*.c))
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

PG_CPPFLAGS = -I$(srcdir)/src/include -I$(srcdir)/src -std=gnu99
PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# ---- core unit tests, dump tool and benchmarks (no server needed) ----
CORE_CC ?= cc
CORE_CFLAGS ?= -std=c99 -O2 -g -Wall -Wextra -Werror
# public headers by name ("tip_parser.h"), internal ones by folder ("core/sort.h")
CORE_INC = -Isrc/include -Isrc

build/tipdump: test/tools/tipdump.c $(PARSER_SRCS) $(PARSER_HDRS)
	@mkdir -p build
	$(CORE_CC) $(CORE_CFLAGS) $(CORE_INC) -o $@ test/tools/tipdump.c $(PARSER_SRCS)

# test/unit/test_*.c run the whole pipeline through the public headers;
# test/unit/STAGE/test_*.c test the parts of one stage (core, match, annotate).
# Test names are unique: every binary is build/unit/<name>.
UNIT_SRCS = $(sort $(wildcard test/unit/test_*.c test/unit/*/test_*.c))
UNIT_TESTS = $(addprefix build/unit/,$(basename $(notdir $(UNIT_SRCS))))
vpath test_%.c $(sort $(dir $(UNIT_SRCS)))

build/unit/test_%: test_%.c $(PARSER_SRCS) $(PARSER_HDRS) test/tools/*.h
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
$(OBJS): $(wildcard src/pg/*.h) $(PARSER_HDRS)

# ---- source tarball: what PGXN and packagers build with PGXS ----
DIST = build/$(EXTENSION)-$(EXTVERSION).tar.gz

.PHONY: dist
dist:
	@mkdir -p build
	git archive --format=tar.gz --prefix=$(EXTENSION)-$(EXTVERSION)/ -o $(DIST) HEAD
	@echo "dist: $(DIST)"

# ---- docs/reference.md, generated from the catalog's COMMENTs ----
# Needs the extension installed (make install) and a running cluster named by
# PGHOST/PGPORT (bin/tip-cluster start; eval "$$(bin/tip-cluster env)").
# test/docs/check_reference.sh fails while docs/reference.md is stale.
.PHONY: docs
docs:
	@mkdir -p build
	docs/gen_reference.sh > build/reference.md.tmp
	mv build/reference.md.tmp docs/reference.md

# ---- benchmarks (run by hand; not part of the tests) ----
build/bench_core: test/bench/bench_core.c $(PARSER_SRCS) $(PARSER_HDRS)
	@mkdir -p build
	$(CORE_CC) -std=c99 -O2 -Wall $(CORE_INC) -o $@ test/bench/bench_core.c $(PARSER_SRCS)

.PHONY: bench
bench: build/bench_core
	build/bench_core -m 100 test/corpus/*.txt
	test/bench/bench_sql.sh

include test/fuzz/fuzz.mk
include test/hardening.mk
