"""Find the files in ``resources/`` from a source checkout and from an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent

# A wheel carries resources inside the package (see pyproject force-include); a
# checkout or editable install keeps them beside it. A frozen bundle sets the first.
_CANDIDATES = (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources")


def resources_dir() -> Path:
    """Return the folder holding the KPI catalogue, templates, icons and translations."""
    for candidate in _CANDIDATES:
        if (candidate / "kpis.toml").is_file():
            return candidate
    searched = ", ".join(str(c) for c in _CANDIDATES)
    raise FileNotFoundError(f"goalplanner resources not found (looked in {searched})")


def resource_path(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)
