# The README's two commands, `make report` and `make test`, do all set-up themselves:
#   1. Debian packages (apt-get when root; otherwise the exact command is printed),
#   2. .venv with the Python build and test packages,
#   3. cmkit built with CMake through scikit-build-core (build dir build/py, kept between runs, so a
#      second run only rebuilds what changed) and installed into .venv, C++ tests included.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
BUILD_DIR := build/py
STAMPS := .make
APT_PACKAGES := g++ libboost-date-time-dev nlohmann-json3-dev catch2 hledger
SOURCES := $(shell find src include bindings python data cmake tests/cpp tests/consumer -type f \
             -not -name '*.pyc' -not -path '*/__pycache__/*' 2>/dev/null) CMakeLists.txt pyproject.toml

.PHONY: report test setup system-packages venv install cpp-test py-test stubs schema clean

report: install
	@$(VENV)/bin/cmkit report

test: install
	$(VENV)/bin/ctest --test-dir $(BUILD_DIR) --output-on-failure
	$(VPY) -m pytest tests/python

setup: install

system-packages:
	@bash tools/ensure-system-packages.sh $(APT_PACKAGES)

venv: $(VENV)/.ready

$(VENV)/.ready: requirements-dev.txt | system-packages
	@test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(VPY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

install: system-packages $(STAMPS)/installed

$(STAMPS)/installed: $(VENV)/.ready $(SOURCES)
	@mkdir -p $(STAMPS)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VPY) -m pip install --quiet --disable-pip-version-check \
	  --no-build-isolation --no-deps \
	  -Cbuild-dir=$(BUILD_DIR) -Ccmake.build-type=Release -Ccmake.define.CMKIT_BUILD_TESTS=ON .
	@touch $@

cpp-test: install
	$(VENV)/bin/ctest --test-dir $(BUILD_DIR) --output-on-failure

py-test: install
	$(VPY) -m pytest tests/python

# Regenerate the committed type stubs and JSON Schema from the built module (tests check both).
stubs: install
	$(VENV)/bin/pybind11-stubgen cmkit._core -o build/stubs --numpy-array-use-type-var \
	  --enum-class-locations "Lang|CutPolicy|Rounding:cmkit._core"
	cp build/stubs/cmkit/_core.pyi python/cmkit/_core.pyi

schema: install
	$(VENV)/bin/cmkit plan schema > docs/schema/plan.schema.json

clean:
	rm -rf build $(STAMPS) $(VENV)
