"""The installed bundle's size and its start-to-window time against ``python main.py``.

    uv run python -m bench.bundle [--bundle dist/UnionDesk] [--repeat 3]

Needs a built bundle (``bash scripts/bundle.sh``). Both programs open the same demo
database offscreen, signed in as admin, and the time is taken from starting the process
until the main window is shown (median of --repeat runs each, alternating). Prints the
figures and exits 1 when a target is missed: the bundle no bigger than SIZE_TARGET_MB, and
its start no slower than START_RATIO_TARGET × ``python main.py`` measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bundle_run import clean_env, copy_bundle, folder_size_mb, time_to_window

ROOT = Path(__file__).resolve().parent.parent
SIZE_TARGET_MB = 400.0
START_RATIO_TARGET = 1.5


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "UnionDesk")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.bundle.is_dir():
        print(f"no bundle at {args.bundle}: run bash scripts/bundle.sh first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="uniondesk-bench-") as tmp:
        return measure(args.bundle, Path(tmp), args.repeat)


def measure(bundle: Path, tmp: Path, repeat: int) -> int:
    size = folder_size_mb(bundle)
    exe = copy_bundle(bundle, tmp / "installed")
    db = f"sqlite:///{tmp / 'bench.db'}"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db, "demo", "--cases", "300"],
                   check=True, capture_output=True)
    env = clean_env(tmp / "home")
    source = [sys.executable, str(ROOT / "main.py")]
    bundled, from_source = [], []
    for _ in range(repeat):
        bundled.append(time_to_window([str(exe)], env, tmp, db)[0])
        from_source.append(time_to_window(source, {**env, "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"},
                                          ROOT, db)[0])
    b, s = statistics.median(bundled), statistics.median(from_source)
    print(f"bundle size            {size:8.1f} MB   (target <= {SIZE_TARGET_MB:.0f} MB)")
    print(f"start to window bundle {b:8.2f} s    runs {', '.join(f'{x:.2f}' for x in bundled)}")
    print(f"start to window source {s:8.2f} s    runs {', '.join(f'{x:.2f}' for x in from_source)}")
    print(f"ratio bundle/source    {b / s:8.2f} x    (target <= {START_RATIO_TARGET})")
    return 0 if size <= SIZE_TARGET_MB and b / s <= START_RATIO_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
