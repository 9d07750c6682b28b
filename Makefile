# Two commands for a fresh clone: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
HEADLESS := .venv-headless
PIP_FLAGS := --quiet --disable-pip-version-check

.PHONY: run test test-slow bench lint contracts pytest headless-test clean

run: $(VENV)/.run-installed
	$(VENV)/bin/goalplanner

test: $(VENV)/.test-installed $(HEADLESS)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest
	@echo "--- core and store again, with no Qt installed ---"
	$(HEADLESS)/bin/pytest -m "not gui" -p no:cacheprovider

# The long variants of the fault tests (thousands of kills); not part of `make test`.
test-slow: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest --slow tests/reliability

# Speed against floors measured in the same run; writes bench-results.md. Not part of `make test`.
bench: $(VENV)/.test-installed
	$(VENV)/bin/python -m tests.benchmarks.run

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-installed: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install $(PIP_FLAGS) -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install $(PIP_FLAGS) -e '.[test]'
	touch $@ $(VENV)/.run-installed

# The core must run without Qt: this environment has goalplanner's non-Qt dependencies only.
$(HEADLESS)/.installed: pyproject.toml
	$(PYTHON) -m venv $(HEADLESS)
	$(HEADLESS)/bin/pip install $(PIP_FLAGS) pytest hypothesis sqlite-utils platformdirs holidays matplotlib openpyxl defusedxml lxml hatchling
	$(HEADLESS)/bin/pip install $(PIP_FLAGS) --no-deps -e .
	touch $@

clean:
	rm -rf $(VENV) $(HEADLESS) build dist .pytest_cache .ruff_cache
