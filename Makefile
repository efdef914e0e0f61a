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
	rm -rf out/demo
	$(BIN)/quotex run examples/archive/local_news.jsonl -o out/demo
	$(BIN)/python examples/show_quotes.py out/demo/articles.jsonl

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check src tests benchmarks models examples

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests benchmarks models
	$(BIN)/ruff format --check src tests benchmarks models

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/attribution.py ../shared/data/polnear/dev.jsonl

clean:
	rm -rf $(VENV) .pytest_cache build dist
