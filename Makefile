# Two commands for a fresh clone: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
HEADLESS := .venv-headless
PIP_FLAGS := --quiet --disable-pip-version-check

.PHONY: run test test-slow bench dist dist-check translations lint contracts pytest headless-test clean

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

# Qt Linguist: refresh resources/translations/*.ts from the sources and compile the .qm files.
translations: $(VENV)/.test-installed
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/python resources/translations/update.py

# A one-folder desktop bundle (PyInstaller) and its archive under dist/; see packaging/README.md.
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' goalplanner/__init__.py)
DIST_NAME = goalplanner-$(VERSION)-linux-$(shell uname -m)
SHARE = dist/goalplanner/share

dist: $(VENV)/.dist-installed
	rm -rf dist/goalplanner build/pyinstaller
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python packaging/make_icons.py build/icons
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/goalplanner.spec
	install -D -m 644 packaging/io.github.goalplanner.GoalPlanner.desktop $(SHARE)/applications/io.github.goalplanner.GoalPlanner.desktop
	install -D -m 644 packaging/io.github.goalplanner.GoalPlanner.metainfo.xml $(SHARE)/metainfo/io.github.goalplanner.GoalPlanner.metainfo.xml
	for size in 16 24 32 48 64 128 256 512; do \
		install -D -m 644 build/icons/goalplanner-$$size.png $(SHARE)/icons/hicolor/$${size}x$${size}/apps/io.github.goalplanner.GoalPlanner.png; \
	done
	install -D -m 644 resources/icons/goalplanner.svg $(SHARE)/icons/hicolor/scalable/apps/io.github.goalplanner.GoalPlanner.svg
	tar -C dist -czf dist/$(DIST_NAME).tar.gz goalplanner
	@du -sh dist/goalplanner dist/$(DIST_NAME).tar.gz

# The bundled executable, not the source, does a user's first steps (CI runs this after make test).
dist-check: dist
	$(VENV)/bin/python packaging/smoke_test.py dist/goalplanner

$(VENV)/.dist-installed: pyproject.toml | $(VENV)/.test-installed
	$(VENV)/bin/pip install $(PIP_FLAGS) -e '.[test,dist]'
	touch $@

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
	$(HEADLESS)/bin/pip install $(PIP_FLAGS) pytest hypothesis sqlite-utils platformdirs holidays matplotlib openpyxl defusedxml lxml icalendar hatchling
	$(HEADLESS)/bin/pip install $(PIP_FLAGS) --no-deps -e .
	touch $@

clean:
	rm -rf $(VENV) $(HEADLESS) build dist .pytest_cache .ruff_cache .bench-cache bench-results.md
