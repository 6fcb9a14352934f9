# Quick start: `make report` (reports/index.html) and `make test`. Both create .venv on demand.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))

.PHONY: install report test eval bench lint lock clean

install: $(STAMP)

# The lock pins every package the stored notebook outputs depend on (pandas renders the tables).
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

report: $(STAMP)
	mkdir -p reports
	$(BIN)/jupyter nbconvert --to html --execute --output-dir reports $(NOTEBOOKS)
	$(BIN)/python -m toolkit.reports reports

test: $(STAMP)
	$(BIN)/python -m pytest tests --doctest-modules toolkit \
	  --nbval notebooks --nbval-sanitize-with tests/sanitize.cfg

eval: $(STAMP)
	$(BIN)/python -m toolkit.evaluate ../shared/eval

bench: $(STAMP)
	$(BIN)/python bench/run.py

lint: $(STAMP)
	$(BIN)/ruff check toolkit tests bench

# Regenerate the lock from a fresh resolve of pyproject.toml (needs the network).
lock:
	rm -rf /tmp/lockenv && $(PYTHON) -m venv /tmp/lockenv
	/tmp/lockenv/bin/pip install --quiet ".[test,bench]"
	/tmp/lockenv/bin/pip freeze --exclude-editable | grep -v '^conflict-news-toolkit' > requirements.lock

clean:
	rm -rf $(VENV) reports
