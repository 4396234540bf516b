# The README's two commands, `make report` and `make test`, do all set-up themselves:
#   1. Debian packages (apt-get when root; otherwise the exact command is printed),
#   2. .venv with the Python build and test packages,
#   3. cmkit built with CMake through scikit-build-core (build dir build/py, kept between runs, so a
#      second run only rebuilds what changed) and installed into .venv; `make report` builds the library
#      and the Python module only, `make test` also the C++ tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
BUILD_DIR := build/py
STAMPS := .make
APT_PACKAGES := g++ libboost-date-time-dev nlohmann-json3-dev catch2 libssl-dev hledger chromium
SOURCES := $(shell find src include bindings python data cmake fuzz tests/cpp tests/consumer tests/data/fuzz -type f \
             -not -name '*.pyc' -not -path '*/__pycache__/*' 2>/dev/null) CMakeLists.txt pyproject.toml

.PHONY: report test setup system-packages venv install cpp-test py-test notebooks stubs schema bench bench-py bench-rollup fuzz clean

# report builds only what the report needs (the library and the Python module, no C++ tests); test adds the
# tests to the same build directory, so after a report only the tests are compiled.
report: system-packages $(STAMPS)/installed-lib
	@$(VENV)/bin/cmkit report

test: install
	$(VENV)/bin/ctest --test-dir $(BUILD_DIR) --output-on-failure
	$(VPY) -m pytest tests/python

setup: install

system-packages:
	@bash tools/ensure-system-packages.sh $(APT_PACKAGES)

venv: $(VENV)/.ready

# Two stages: .ready-build (what building and running cmkit needs; `make report`) and .ready (also the test
# and notebook tools; `make test`). pip prints what it downloads and installs.
$(VENV)/.ready-build: requirements-build.txt | system-packages
	@test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	@echo "cmkit: installing the Python build packages into $(VENV) (requirements-build.txt)"
	@$(VPY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@set -o pipefail; $(VPY) -m pip install --disable-pip-version-check --progress-bar off -r requirements-build.txt \
	  | { grep -v '^Requirement already satisfied' || true; }
	@touch $@

$(VENV)/.ready: $(VENV)/.ready-build requirements-dev.txt
	@echo "cmkit: installing the Python test packages into $(VENV) (requirements-dev.txt)"
	@set -o pipefail; $(VPY) -m pip install --disable-pip-version-check --progress-bar off -r requirements-dev.txt \
	  | { grep -v '^Requirement already satisfied' || true; }
	@touch $@

install: system-packages $(STAMPS)/installed

# $(call build_install,ON|OFF): builds cmkit with CMake through scikit-build-core (Ninja, parallel) and installs
# it into .venv, with or without the C++ tests. Prints Ninja's [n/N] progress lines; the whole log is in
# build/install.log, whose end is shown when the build fails.
BUILD_WHAT_ON := the library, the Python module and the C++ tests
BUILD_WHAT_OFF := the library and the Python module
define build_install
	@mkdir -p $(STAMPS) build
	@echo "cmkit: building and installing into $(VENV) ($(BUILD_WHAT_$(1))); full log: build/install.log"
	@set -o pipefail; PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VPY) -m pip install -v --disable-pip-version-check \
	  --no-build-isolation --no-deps \
	  -Cbuild-dir=$(BUILD_DIR) -Ccmake.build-type=Release -Ccmake.define.CMKIT_BUILD_TESTS=$(1) . 2>&1 \
	  | tee build/install.log | { grep --line-buffered -E '^ *\[[0-9]+/[0-9]+\] ' | sed -u -E 's/^ +//; s/ object / /' || true; } \
	  || { echo "cmkit: the build failed; the end of build/install.log:" >&2; tail -n 60 build/install.log >&2; exit 1; }
endef

$(STAMPS)/installed-lib: $(VENV)/.ready-build $(SOURCES)
	$(call build_install,OFF)
	@touch $@

$(STAMPS)/installed: $(VENV)/.ready $(SOURCES)
	$(call build_install,ON)
	@touch $@ $(STAMPS)/installed-lib

cpp-test: install
	$(VENV)/bin/ctest --test-dir $(BUILD_DIR) --output-on-failure

py-test: install
	$(VPY) -m pytest tests/python

# The worked notebooks of docs/notebooks/, executed with their outputs (charts, tables) into build/notebooks/
# for reading; `make test` executes them too (tests/python/test_notebooks.py). NOTEBOOKS="name ..." runs some.
NOTEBOOKS ?=
notebooks: install
	$(VPY) tools/run_notebooks.py $(NOTEBOOKS)

# Regenerate the committed type stubs and JSON Schema from the built module (tests check both).
# tools/fix_stubs.py types what pybind11 cannot declare (record constructors, what_if, paths, enum members).
stubs: install
	$(VENV)/bin/pybind11-stubgen cmkit._core -o build/stubs --numpy-array-use-type-var \
	  --enum-class-locations "Lang|CutPolicy|Rounding:cmkit._core"
	$(VPY) tools/fix_stubs.py build/stubs/cmkit/_core.pyi
	cp build/stubs/cmkit/_core.pyi python/cmkit/_core.pyi

schema: install
	$(VENV)/bin/cmkit plan schema > docs/schema/plan.schema.json
	$(VPY) tools/vocabulary_doc.py

# Benchmarks (not part of `make test`).
# bench: the C++ micro-benchmarks per Evi stage (Google Benchmark, benchmarks/cpp/) in a Release build of
# their own, build/bench, pinned to one core when taskset can. CMKIT_BENCH_SCHOOLS=N (environment) sets
# the size of the synthetic set (default 7500); BENCH_MIN_TIME (seconds per benchmark) and BENCH_ARGS
# (e.g. BENCH_ARGS=--benchmark_filter=Analyse) are passed to cmkit_bench.
# bench-py: cmkit against pandas and polars (benchmarks/evi_compare.py; BENCH_PY_ARGS are passed on).
# bench-rollup: load, validate and roll up 1,000 synthetic plans, CPU time per stage and of the CLI
# (benchmarks/rollup_bench.py; BENCH_ROLLUP_ARGS are passed on, e.g. BENCH_ROLLUP_ARGS="--plans 5000").
BENCH_DIR := build/bench
BENCH_MIN_TIME ?= 0.1
BENCH_ARGS ?=
BENCH_PY_ARGS ?=
BENCH_ROLLUP_ARGS ?=

bench: venv
	@bash tools/ensure-system-packages.sh libbenchmark-dev
	$(VENV)/bin/cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_MAKE_PROGRAM=$(CURDIR)/$(VENV)/bin/ninja \
	  -DCMAKE_BUILD_TYPE=Release -DCMKIT_BUILD_BENCHMARKS=ON -DCMKIT_BUILD_TESTS=OFF
	$(VENV)/bin/ninja -C $(BENCH_DIR) cmkit_bench
	@pin=""; if command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null; then pin="taskset -c 0"; fi; \
	  set -x; $$pin $(BENCH_DIR)/benchmarks/cpp/cmkit_bench --benchmark_min_time=$(BENCH_MIN_TIME) $(BENCH_ARGS)

bench-py: install
	$(VPY) benchmarks/evi_compare.py $(BENCH_PY_ARGS)

bench-rollup: install
	$(VPY) benchmarks/rollup_bench.py $(BENCH_ROLLUP_ARGS)

# Fuzzing (not part of `make test`, which only replays the seeds and the crash reproducers in
# tests/data/fuzz/ as the ctest tests fuzz-replay-<target>; docs/reliability.md).
# fuzz: the libFuzzer targets of fuzz/ with ASan+UBSan, built with Debian's clang-$(FUZZ_CLANG) in build/fuzz
# (clang, its runtime libclang-rt and llvm for the symbolizer are installed for this target only; clang 14,
# Debian 12's default, does not compile cmkit's C++20), each run for FUZZ_SECONDS on its seed
# corpus (build/fuzz/corpus/<target>/, grown from run to run). Fails when a target crashes; the input is
# kept in build/fuzz/artifacts/<target>/. FUZZ_TARGETS="plan whatif" runs only those; FUZZ_ARGS are passed
# to every target; JOBS=N limits the build's parallel jobs.
FUZZ_DIR := build/fuzz
FUZZ_CLANG ?= 19
FUZZ_SECONDS ?= 20
FUZZ_TARGETS ?=
FUZZ_ARGS ?=
JOBS ?=

fuzz: venv
	@bash tools/ensure-system-packages.sh clang-$(FUZZ_CLANG) libclang-rt-$(FUZZ_CLANG)-dev llvm-$(FUZZ_CLANG)
	CC=clang-$(FUZZ_CLANG) CXX=clang++-$(FUZZ_CLANG) $(VENV)/bin/cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_MAKE_PROGRAM=$(CURDIR)/$(VENV)/bin/ninja \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" \
	  -DCMKIT_BUILD_FUZZERS=ON -DCMKIT_BUILD_TESTS=OFF -DCMKIT_BUILD_PYTHON=OFF
	$(VENV)/bin/ninja -C $(FUZZ_DIR) $(if $(JOBS),-j$(JOBS)) cmkit_fuzzers
	FUZZ_ARGS="$(FUZZ_ARGS)" ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-$(FUZZ_CLANG)/bin/llvm-symbolizer \
	  bash fuzz/run-fuzzers.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf build $(STAMPS) $(VENV)
