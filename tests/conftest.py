"""Shared test set-up: headless Qt, a private home per test, ``gui`` marks added automatically."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

# Without a display and without this, Qt aborts the whole run (exit 134, no message).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HAVE_QT = importlib.util.find_spec("PySide6") is not None

if not HAVE_QT:
    # The headless run proves core and store need no Qt: skip the widget tests entirely.
    collect_ignore = ["ui"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run the long variants of the fault tests")
    if not HAVE_QT:
        # pytest-qt's settings in pyproject.toml must stay valid under --strict-config without it.
        parser.addini("qt_api", "pytest-qt setting (pytest-qt not installed)")
        for name in ("qt_log_level_fail", "qt_log_ignore"):
            parser.addini(name, "pytest-qt setting (pytest-qt not installed)", type="linelist")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_slow = pytest.mark.skip(reason="a long variant: run with --slow")
    for item in items:
        if "slow" in item.keywords and not config.getoption("--slow"):
            item.add_marker(skip_slow)
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "ui" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data, config, state and cache folders into this test's temporary folder."""
    home = tmp_path / "home"
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / folder).mkdir(parents=True)
        monkeypatch.setenv(variable, str(home / folder))
    return home
