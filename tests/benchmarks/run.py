"""``make bench``: every metric against its floor, measured in this run, as one table.

Each measurement runs in a fresh process (see ``probes.py``), "ours" and "floor" alternating, after
one warm-up run of each; the table gives the medians, their ratio and the peak memory of each. The
same table is written as Markdown to ``bench-results.md`` (or the file given with ``--out``).
The big plan file (10,000 goals, 500,000 check-ins) is made once and kept in ``.bench-cache/``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench-cache"


@dataclass
class Row:
    metric: str
    ours: list[dict]
    floor: list[dict]
    target: float | None = None
    unit: str = "s"
    per: int = 1  # report per item (e.g. per goal) by dividing by this
    key: str = "seconds"  # which of a probe's figures (the floor's "seconds" when it has no such one)
    limit: float | None = None  # a target in seconds rather than as a ratio

    def median(self, runs: list[dict]) -> float:
        return statistics.median(r.get(self.key, r["seconds"]) for r in runs) / self.per

    @property
    def met(self) -> bool | None:
        if self.limit is not None:
            return self.median(self.ours) <= self.limit
        return None if self.target is None else self.ratio <= self.target

    @property
    def ratio(self) -> float:
        return self.median(self.ours) / self.median(self.floor)

    def peak(self, runs: list[dict]) -> float:
        return max(r["peak_mb"] for r in runs)


def probe(metric: str, variant: str, *args: str, env: dict | None = None) -> dict:
    """Run one measurement in a new process and return what it reported."""
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen"} | (env or {})
    environment["BENCH_SPAWNED_AT"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.probes", metric, variant, *args],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"{metric} {variant} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(label: str, metric: str, repeats: int, *args: str, env: dict | None = None, **row) -> Row:
    """Warm up once, then alternate ours and floor ``repeats`` times each; a probe that fails or hangs
    gives a row saying so instead of ending the run."""
    try:
        return _measure(label, metric, repeats, *args, env=env, **row)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"  {label}: FAILED ({str(error).splitlines()[0]})", file=sys.stderr, flush=True)
        return Row(label, [], [], **row)


def _measure(label: str, metric: str, repeats: int, *args: str, env: dict | None = None, **row) -> Row:
    probe(metric, "ours", *args, env=env)
    probe(metric, "floor", *args, env=env)
    ours, floor = [], []
    for _ in range(repeats):
        ours.append(probe(metric, "ours", *args, env=env))
        floor.append(probe(metric, "floor", *args, env=env))
    result = Row(label, ours, floor, **row)
    print(f"  {label}: ours {result.median(ours):.3f} {result.unit}, floor {result.median(floor):.3f}, "
          f"ratio {result.ratio:.2f}", file=sys.stderr, flush=True)  # fmt: skip
    return result


def also(row: Row, label: str, key: str, **other) -> Row:
    """Another figure of the same runs as its own row (e.g. goals listed, from the start-up probe)."""
    result = Row(label, row.ours, row.floor, key=key, **other)
    if not row.ours:
        return result
    ours, floor = result.median(result.ours), result.median(result.floor)
    print(f"  {label}: ours {ours:.3f} {result.unit}, floor {floor:.3f}, ratio {result.ratio:.2f}",
          file=sys.stderr, flush=True)  # fmt: skip
    return result


def compile_bytecode() -> None:
    """goalplanner's modules compiled to bytecode once, as an installed goalplanner (pip, the bundle) has
    them: with ``PYTHONDONTWRITEBYTECODE`` set (as on the machines these runs were made on) every probe
    would otherwise compile every module it imports from source, about 0.1-0.2 s at each start-up that
    the floors, whose libraries are installed with their bytecode, never pay."""
    import compileall

    compileall.compile_dir(str(ROOT / "goalplanner"), quiet=1)


def make_plans(folder: Path, home: Path) -> tuple[Path, Path, Path]:
    """The demo plan (fresh), and the cached big and 1,000-goal plans (made once)."""
    sys.path.insert(0, str(ROOT))
    from goalplanner.store import Store
    from goalplanner.store.demo import write_large_plan, write_sample_plan

    demo = folder / "demo.goalplan"
    with Store.open(demo, backup_root=home / "backups") as store:
        write_sample_plan(store, date.today())
    CACHE.mkdir(exist_ok=True)
    big, thousand = CACHE / "big-10000.goalplan", CACHE / "goals-1000.goalplan"
    for path, goals, checkins in ((big, 10_000, 50), (thousand, 1_000, 20)):
        if not path.exists():
            print(f"  making {path.name} (once; kept in {CACHE.name}/)", file=sys.stderr, flush=True)
            partial = path.with_suffix(".partial")
            partial.unlink(missing_ok=True)
            with Store.open(partial, backup_root=home / "backups", daily_backup=False) as store:
                write_large_plan(store, goals=goals, checkins_per_goal=checkins)
            partial.replace(path)
    return demo, big, thousand


def make_ticket_export() -> Path:
    """A Zendesk ticket CSV of a million unique tickets over half a year (made once, cached)."""
    import csv

    sys.path.insert(0, str(ROOT))
    from tests.tickets.exports import ZENDESK, zendesk_rows

    path = CACHE / "zendesk-1m.csv"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        with partial.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(ZENDESK)
            for block in range(10):
                rows = zendesk_rows(100_000, seed=block)
                for row in rows:
                    row[0] = str(int(row[0]) + block * 100_000)
                writer.writerows(rows)
        partial.replace(path)
    return path


def table(rows: list[Row]) -> str:
    lines = [
        "| metric | ours (median) | floor (median) | ratio | target | peak memory ours / floor |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        if not row.ours:
            lines.append(f"| {row.metric} | failed (see the run's output) |  |  |  |  |")
            continue
        target = f"≤ {row.target:g}" if row.target else ""
        target = f"≤ {row.limit:g} {row.unit}" if row.limit is not None else target
        verdict = {None: "", True: " ✓", False: " ✗"}[row.met]
        ours, floor = f"{row.median(row.ours):.3f} {row.unit}", f"{row.median(row.floor):.3f} {row.unit}"
        memory = f"{row.peak(row.ours):.0f} / {row.peak(row.floor):.0f} MB"
        lines.append(f"| {row.metric} | {ours} | {floor} | {row.ratio:.2f}{verdict} | {target} | {memory} |")
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))  # fmt: skip
        cpu = model
    except (OSError, StopIteration):
        pass
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs ({cpu}), Python "
            f"{platform.python_version()}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results.md")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="goalplanner-bench-") as scratch:
        folder = Path(scratch)
        home = folder / "home"
        env = {f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("DATA", "CONFIG", "STATE", "CACHE")}
        for value in env.values():
            Path(value).mkdir(parents=True)
        os.environ.update(env)
        demo, big, thousand = make_plans(folder, home)
        settings = str(folder / "settings.ini")
        workbook = folder / "thousand.xlsx"
        repeats = args.repeats
        listed = measure(
            "start-up to first window (demo plan)",
            "startup_listed",
            max(repeats, 7),
            str(demo),
            settings,
            target=1.5,
        )
        stalls = measure(
            "longest GUI-thread stall, 10,000-goal plan (all steps)",
            "stalls",
            3,
            str(demo),
            str(big),
            settings,
            limit=0.1,
        )
        rows = [
            listed,
            also(listed, "start-up to goals listed (demo plan)", "goals_listed", target=2),
            measure("first chart, chosen 1.5 s after the plan is in (demo plan)", "first_chart", repeats,
                    str(demo), settings, "1500", limit=0.3),
            measure("quit after a session of use (demo plan)", "quit_after_use", repeats, str(demo), "0",
                    limit=0.3),
            measure("quit after using 20 goals (10,000-goal plan)", "quit_after_use", 3, str(big), "20",
                    limit=1.0),
            stalls,
            *(also(stalls, f"longest GUI-thread stall: {step}", step, limit=0.1)
              for step in ("opening", "filtering", "switching", "recording a check-in", "portfolio")),
            measure("open 10,000 goals / 500,000 check-ins, goals listed", "big_open", 3, str(big), settings),
            measure("scroll the 10,000-goal list end to end", "big_scroll", 3, str(big), settings),
            measure("breakdown per goal (weekly + monthly plan, one year)", "breakdown", repeats, "10000",
                    unit="ms", per=10),
            measure("Excel export, 1,000 goals x 52 weeks", "excel_export", 3, str(thousand), str(workbook),
                    target=1.5),
            measure("Excel import of that workbook", "excel_import", 3, str(thousand), str(workbook)),
            measure("goal chart, 500 plan points + 500 check-ins", "chart", repeats),
            measure("wizard: Next to next page painted", "wizard", repeats, str(folder / "wizard.goalplan")),
            measure("ticket export, 1,000,000 Zendesk rows to weekly first reply", "ticket_import", 3,
                    str(make_ticket_export())),
        ]  # fmt: skip
    text = table(rows)
    elapsed = time.perf_counter() - started
    footer = f"\nMachine: {machine()}. Whole run: {elapsed / 60:.1f} min ({date.today().isoformat()}).\n"
    print(text + "\n" + footer)
    args.out.write_text("# goalplanner benchmarks\n\n" + text + "\n" + footer, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
