"""How fast the command line starts: ``--help`` and a warm ``render``, against a bare interpreter.

    uv run python -m bench.cli [--db URL --ref NUMBER]

Each command runs 3 times in fresh processes; the best time counts. The baseline
is ``python -c pass`` measured in the same run (the machine's own start cost).
Targets (issue #20): ``--help`` under 0.5 s, ``render`` under 1.5 s. Exit 1 when
one is missed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"--help": 0.5, "render": 1.5}


def best_of(args: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="a database with the record (default: none, render skipped)")
    parser.add_argument("--ref", help="the case, letter or claim number to render")
    parser.add_argument("--doc", default="acceptance")
    args = parser.parse_args()
    baseline = best_of(["-c", "pass"])
    measured = {"--help": best_of(["main.py", "--help"])}
    if args.db and args.ref:
        out = Path(tempfile.mkdtemp()) / "bench.pdf"
        measured["render"] = best_of(["main.py", "--db", args.db, "render", args.doc, args.ref, "--out", str(out)])
    print(f"baseline (python -c pass): {baseline:.3f} s")
    missed = 0
    for name, seconds in measured.items():
        ok = seconds <= TARGETS[name]
        missed += not ok
        print(f"{name:8s} {seconds:.3f} s (target {TARGETS[name]} s, {seconds / baseline:.1f}x baseline) "
              f"{'ok' if ok else 'MISSED'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
