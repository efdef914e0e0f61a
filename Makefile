# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@

demo: $(VENV)/.installed
	$(BIN)/quotex extract examples/articles/clinic_closure.txt --published 2024-03-14

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check src tests benchmarks models

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests benchmarks models
	$(BIN)/ruff format --check src tests benchmarks models

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/attribution.py ../shared/data/polnear/dev.jsonl

clean:
	rm -rf $(VENV) .pytest_cache build dist
