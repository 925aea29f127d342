# newsminer -- PGXS build.  `make` builds the extension, `make unit` runs the
# core's C unit tests without a server, `make fuzz` builds libFuzzer harnesses.
# The whole test command is scripts/test.sh (see README).

EXTENSION = newsminer
EXTVERSION = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = newsminer

# Generated C from the readable data files in data/ (see scripts/gen/).
GENERATED = $(if $(wildcard data/minerals.tsv),src/core/gen_minerals.c) \
	$(if $(wildcard data/gazetteer/*.tsv),src/core/gen_gazetteer.c)

# Every .c under src/core and src/pg is part of the library: they are all
# tracked in git, one concern per file, and the wildcard keeps parallel work
# from colliding on one list.
CORE_SRCS = $(sort $(wildcard src/core/*.c) $(GENERATED))
PG_SRCS = $(sort $(wildcard src/pg/*.c))
OBJS = $(patsubst %.c,%.o,$(CORE_SRCS) $(PG_SRCS))

DATA_built = $(EXTENSION)--$(EXTVERSION).sql
DATA = $(wildcard sql/upgrade/$(EXTENSION)--*--*.sql)

REGRESS = $(sort $(patsubst sql/%.sql,%,$(wildcard sql/*.sql)))
REGRESS_OPTS = --encoding=UTF8

XML_CFLAGS := $(shell pkg-config --cflags libxml-2.0 2>/dev/null || xml2-config --cflags)
XML_LIBS := $(shell pkg-config --libs libxml-2.0 2>/dev/null || xml2-config --libs)

PG_CPPFLAGS += -Isrc/core $(XML_CFLAGS)
PG_CFLAGS += -std=gnu99 -fno-semantic-interposition
SHLIB_LINK += $(XML_LIBS)

EXTRA_CLEAN = $(GENERATED) test/unit/run_unit test/unit/run_unit_asan \
	test/fuzz/bin test/fuzz/obj bench/bin

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Oldest supported major: 13 (InitMaterializedSRF and friends are guarded).
ifeq ($(shell test $(VERSION_NUM) -lt 130000 && echo old),old)
$(error newsminer needs PostgreSQL 13 or later, found $(VERSION))
endif

PYTHON ?= python3

$(EXTENSION)--$(EXTVERSION).sql: $(sort $(wildcard src/sql/*.sql)) $(EXTENSION).control
	( echo "-- newsminer $(EXTVERSION): generated from src/sql/*.sql, do not edit"; \
	  printf '%s\n' '\echo Use "CREATE EXTENSION $(EXTENSION)" to load this file. \quit'; \
	  for f in $(sort $(wildcard src/sql/*.sql)); do echo; echo "-- $$f"; cat $$f; done ) > $@

src/core/gen_minerals.c: data/minerals.tsv data/critical_lists.tsv scripts/gen/gen_minerals.py
	$(PYTHON) scripts/gen/gen_minerals.py data/minerals.tsv data/critical_lists.tsv > $@.tmp && mv $@.tmp $@

src/core/gen_gazetteer.c: $(wildcard data/gazetteer/*.tsv) scripts/gen/gen_gazetteer.py
	$(PYTHON) scripts/gen/gen_gazetteer.py data/gazetteer > $@.tmp && mv $@.tmp $@

# ---- core unit tests (no server) -------------------------------------------
UNIT_CFLAGS = -std=gnu99 -O1 -g -Wall -Wextra -Wno-unused-parameter -Isrc/core $(XML_CFLAGS)
UNIT_SRCS = $(sort $(wildcard test/unit/*.c))

test/unit/run_unit: $(UNIT_SRCS) $(CORE_SRCS) src/core/*.h
	$(CC) $(UNIT_CFLAGS) $(UNIT_WERROR) -o $@ $(UNIT_SRCS) $(CORE_SRCS) $(XML_LIBS)

test/unit/run_unit_asan: $(UNIT_SRCS) $(CORE_SRCS) src/core/*.h
	clang $(UNIT_CFLAGS) -fsanitize=address,undefined -fno-sanitize-recover=undefined \
		-fno-omit-frame-pointer -o $@ $(UNIT_SRCS) $(CORE_SRCS) $(XML_LIBS)

.PHONY: unit unit-asan fuzz
unit: test/unit/run_unit
	cd test/unit && ./run_unit

unit-asan: test/unit/run_unit_asan
	cd test/unit && ASAN_OPTIONS=detect_leaks=1 ./run_unit_asan

# ---- fuzzing (clang, libFuzzer + ASan + UBSan) -----------------------------
# The core is compiled once into test/fuzz/obj (coverage-instrumented), then
# linked into every harness test/fuzz/bin/fuzz_<name>.
FUZZ_CFLAGS = -std=gnu99 -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	-Isrc/core $(XML_CFLAGS)
FUZZ_CORE_OBJS = $(patsubst src/core/%.c,test/fuzz/obj/%.o,$(CORE_SRCS))
FUZZ_TARGETS = $(patsubst test/fuzz/%.c,test/fuzz/bin/%,$(wildcard test/fuzz/fuzz_*.c))
test/fuzz/obj/%.o: src/core/%.c src/core/*.h
	@mkdir -p test/fuzz/obj
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<
test/fuzz/bin/%: test/fuzz/%.c $(FUZZ_CORE_OBJS) $(wildcard test/fuzz/*.h)
	@mkdir -p test/fuzz/bin
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_CORE_OBJS) $(XML_LIBS)

fuzz: $(FUZZ_TARGETS)

# ---- extraction CLI (core only, no server) ---------------------------------
bench/bin/nm_extract: bench/nm_extract.c $(CORE_SRCS) src/core/*.h
	@mkdir -p bench/bin
	$(CC) -std=gnu99 -O2 -g -Wall -Wextra -Wno-unused-parameter $(UNIT_WERROR) -Isrc/core \
		$(XML_CFLAGS) -o $@ bench/nm_extract.c $(CORE_SRCS) $(XML_LIBS)

# ---- entity/quote/figure evaluation driver (bench/eval_entities.py) --------
bench/bin/nm_entities_cli: bench/nm_entities_cli.c $(CORE_SRCS) src/core/*.h
	@mkdir -p bench/bin
	$(CC) -std=gnu99 -O2 -Wall -Wextra -Isrc/core $(XML_CFLAGS) -o $@ \
		bench/nm_entities_cli.c $(CORE_SRCS) $(XML_LIBS)
