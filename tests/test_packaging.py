"""The packaging files agree with each other and with the app: names, icon, version, resources."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from goalplanner import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.goalplanner.GoalPlanner"


def test_desktop_entry_launches_goalplanner_with_our_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"].split()[0] == "goalplanner"
    assert section["Icon"] == APP_ID
    assert "Office" in section["Categories"].split(";")


def test_metainfo_names_the_desktop_entry_and_the_current_version():
    component = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"
    assert component.find("releases/release").get("version") == __version__


def test_the_makefile_installs_the_icon_under_the_desktop_entrys_name():
    makefile = (ROOT / "Makefile").read_text()
    assert f"apps/{APP_ID}.png" in makefile and f"apps/{APP_ID}.svg" in makefile


def test_the_spec_bundles_resources_where_the_app_looks_for_them():
    spec = (PACKAGING / "goalplanner.spec").read_text()
    assert '"goalplanner/resources"' in spec  # goalplanner.core.resources looks beside the package first
    assert "backend_qtagg" in spec  # the chart canvas is imported lazily: PyInstaller cannot see it
    version_source = re.search(r'__version__ = "([^"]+)"', (ROOT / "goalplanner" / "__init__.py").read_text())
    assert version_source.group(1) == __version__
