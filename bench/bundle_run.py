"""Running the installed bundle (or ``python main.py``) as an officer's PC would, for the
smoke test (scripts/bundle_smoke.py) and the start-up benchmark (bench/bundle.py).

The bundle runs from a copy outside the checkout, in a clean environment: no venv, no
PYTHONPATH, a fresh HOME and data folder, the working directory a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

WINDOW_SHOWN = "[UnionDesk] main window shown"
# Qt lines that are not warnings about the program (same list as pyproject's qt_log_ignore)
HARMLESS = ("propagateSizeHints", "QFont::", "This plugin does not support")


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float


def clean_env(home: Path) -> dict[str, str]:
    home.mkdir(parents=True, exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "UNIONDESK_HOME": str(home / "data"),
           "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(home)}
    for keep in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "LOCALAPPDATA"):  # Windows needs these
        if keep in os.environ:
            env[keep] = os.environ[keep]
    return env


def copy_bundle(bundle: Path, into: Path) -> Path:
    """The bundle copied away from the checkout; returns its executable."""
    target = into / "UnionDesk"
    shutil.copytree(bundle, target, symlinks=True)
    name = "UnionDesk-cmd.exe" if os.name == "nt" else "UnionDesk"
    return target / name


def run(command: list[str], env: dict[str, str], cwd: Path, stdin: str = "", timeout: float = 600) -> Run:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, input=stdin, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout)
    return Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - start)


def time_to_window(command: list[str], env: dict[str, str], cwd: Path, db_url: str,
                   stay: float = 0.0) -> tuple[float, Run]:
    """Seconds from starting the process until its main window is up (signed in as admin)."""
    full = [*command, "--db", db_url, "--user", "admin", "--password-stdin", "--quit-after", str(stay)]
    start = time.perf_counter()
    process = subprocess.Popen(full, env=env, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
    process.stdin.write("demo1234\n")
    process.stdin.close()
    shown_at = None
    lines = []
    for line in process.stderr:
        lines.append(line)
        if shown_at is None and WINDOW_SHOWN in line:
            shown_at = time.perf_counter() - start
    code = process.wait(timeout=stay + 300)
    stdout = process.stdout.read()
    elapsed = time.perf_counter() - start
    if shown_at is None:
        raise RuntimeError(f"the window never opened (exit {code}):\n{''.join(lines)}{stdout}")
    return shown_at, Run(code, stdout, "".join(lines), elapsed)


def warnings_in(stderr: str) -> list[str]:
    """Lines of stderr other than the window's own announcement and known harmless Qt notes."""
    return [line for line in stderr.splitlines()
            if line.strip() and WINDOW_SHOWN not in line and not any(h in line for h in HARMLESS)]


def folder_size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20
