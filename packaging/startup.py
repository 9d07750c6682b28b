"""Start-up of the bundle next to the source: time from spawning the process to the first window.

    python packaging/startup.py dist/goalplanner/goalplanner .venv/bin/goalplanner

Runs each command's ``--smoke-test`` on the sample plan, alternating, 7 times after a warm-up, and
prints the medians (the window shown and the plan open in it, before the chart is drawn).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def first_window(command: str, plan: Path, env: dict[str, str]) -> float:
    env = env | {"GOALPLANNER_SPAWNED_AT": repr(time.time())}
    arguments = [command, "--smoke-test", "--db", str(plan)]
    done = subprocess.run(arguments, env=env, capture_output=True, text=True, timeout=120, check=True)
    return float(re.search(r"first window after ([0-9.]+) s", done.stdout).group(1))


def main(commands: list[str]) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
        env |= {f"XDG_{kind.upper()}_HOME": str(home / kind) for kind in ("data", "config", "state")}
        plan = home / "demo.goalplan"
        subprocess.run([commands[0], "demo", "--db", str(plan)], env=env, check=True, capture_output=True)
        for command in commands:
            first_window(command, plan, env)  # warm-up: disk caches
        times: dict[str, list[float]] = {command: [] for command in commands}
        for _ in range(7):
            for command in commands:
                times[command].append(first_window(command, plan, env))
    for command, runs in times.items():
        print(f"{command}: {statistics.median(runs):.3f} s to the first window (median of {len(runs)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
