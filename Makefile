# The commands the README shows. Each bootstraps .venv itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench profile clean-venv

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,ct2,cluster]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/pipeline run input/xihe-interview.zh.txt -o output/

# The layer contracts (pyproject.toml, ARCHITECTURE.md), lint and strict types, then the tests.
test: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check pipeline
	$(BIN)/mypy pipeline
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench

# Where the first pass over the news corpus spends its time (the bench's throughput figure):
# a py-spy flame graph, output/first-pass.svg.
profile: $(STAMP)
	mkdir -p output
	$(BIN)/py-spy record --rate 250 -o output/first-pass.svg -- $(BIN)/python scripts/first_pass.py

clean-venv:
	rm -rf $(VENV)
