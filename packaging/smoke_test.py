"""Smoke test of the built bundle: the bundled executable, not the source, does a user's first steps.

    python packaging/smoke_test.py dist/goalplanner

Runs from an empty folder with a private home and no Python paths, so nothing from the checkout or a
virtual environment can stand in for what the bundle lacks. Exits 1 naming each step that failed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(bundle: Path) -> int:
    bundle = bundle.resolve()
    executable = bundle / "goalplanner"
    failures: list[str] = []
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "goalplanner" / "__init__.py").read_text()).group(
        1
    )
    with tempfile.TemporaryDirectory(prefix="goalplanner-smoke-") as scratch:
        work = Path(scratch)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(work / "home"), "LANG": "C.UTF-8",
               "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
        for kind in ("DATA", "CONFIG", "STATE", "CACHE"):
            env[f"XDG_{kind}_HOME"] = str(work / "home" / kind.lower())

        def run(*args: str, expect: str = "", step: str) -> subprocess.CompletedProcess[str]:
            started = time.perf_counter()
            done = subprocess.run([str(executable), *args], cwd=work, env=env, capture_output=True, text=True,
                                  timeout=300)  # fmt: skip
            took = time.perf_counter() - started
            ok = done.returncode == 0 and expect in done.stdout
            print(f"{'ok  ' if ok else 'FAIL'} {step} ({took:.1f} s)")
            if not ok:
                failures.append(step)
                print(done.stdout[-2000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
            return done

        plan = work / "demo.goalplan"
        run("--version", expect=f"goalplanner {version}", step="--version")
        run("demo", "--db", str(plan), expect="wrote the sample plan", step="demo writes the sample plan")
        run("check", "--db", str(plan), expect="integrity: ok", step="check reads it (SQLite, the catalogue)")
        run("goals", "--db", str(plan), expect="Off track", step="goals lists statuses")
        workbook = work / "plan.xlsx"
        run("export", "--db", str(plan), "-o", str(workbook), expect="wrote", step="export writes a workbook")
        if workbook.exists():
            with zipfile.ZipFile(workbook) as archive:
                if not any(name.startswith("xl/charts/") for name in archive.namelist()):
                    failures.append("the workbook has no charts")
        run("import-actuals", "--db", str(plan), str(workbook), "--dry-run", expect="dry run",
            step="import-actuals reads it back (defusedxml)")  # fmt: skip
        chart = work / "chart.png"
        run("chart", "--db", str(plan), "--goal", "2", "-o", str(chart), expect="wrote",
            step="chart draws with matplotlib's fonts and data")  # fmt: skip
        if chart.exists() and chart.stat().st_size < 20_000:
            failures.append("the chart image is suspiciously small")
        run("calendar", "--db", str(plan), "-o", str(work / "check-ins.ics"), expect="wrote",
            step="calendar writes the check-in dates (icalendar)")  # fmt: skip
        run("--smoke-test", "--db", str(plan), expect="window shown, chart drawn",
            step="the window opens offscreen, draws a chart and closes")  # fmt: skip
    failures += missing_resources(bundle)
    if failures:
        print("bundle smoke test FAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    print("bundle smoke test passed")
    return 0


def missing_resources(bundle: Path) -> list[str]:
    """Every file of resources/ (catalogue, templates, icons, translations) must be in the bundle."""
    source = ROOT / "resources"
    bundled = next(iter(bundle.glob("**/goalplanner/resources")), None)
    if bundled is None:
        return ["the bundle has no goalplanner/resources folder"]
    missing = [str(path.relative_to(source)) for path in source.rglob("*")
               if path.is_file() and not (bundled / path.relative_to(source)).is_file()]  # fmt: skip
    return [f"resource missing from the bundle: {name}" for name in missing]


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "goalplanner"))
