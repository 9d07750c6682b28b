"""resources/ must be found from a checkout and from an installed wheel."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from goalplanner.core.resources import resource_path, resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_resources_found_from_the_checkout():
    assert resources_dir() == ROOT / "resources"
    assert resource_path("icons", "goalplanner.svg").is_file()


def test_resources_found_from_a_built_wheel(tmp_path):
    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            tmp_path,
            ROOT,
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("goalplanner-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "goalplanner/resources/kpis.toml" in names
        assert not any(name.startswith("tests/") for name in names)
        archive.extractall(tmp_path / "site")
    # Run from the unpacked wheel alone, away from the checkout, as an installed copy would.
    script = (
        "import goalplanner.core.kpis as k, goalplanner.core.resources as r;"
        "print(r.resources_dir()); print(len(k.catalogue()))"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(tmp_path / 'site')!r}); {script}"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    folder, count = result.stdout.split()
    assert Path(folder) == tmp_path / "site" / "goalplanner" / "resources"
    assert int(count) >= 18
