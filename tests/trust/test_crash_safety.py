"""Killing the program in the middle of a bulk action leaves all of it or none of it."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from db import audit
from db.engine import Database

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 24


def _run_and_kill(url: str, delay: float) -> bool:
    """Start the bulk insert, SIGKILL it ``delay`` s after it began; True if it had finished."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests/trust/bulk_process.py"), url],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    time.sleep(delay)
    proc.kill()
    proc.wait(timeout=30)
    return proc.returncode == 0


def _state(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        count = conn.execute("SELECT count(*) FROM worker").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return count, integrity


def _probe_duration(template: Path, tmp_path: Path) -> float:
    """Seconds from "writing" to "done" when nothing interrupts the action."""
    path = tmp_path / "probe.db"
    shutil.copy(template, path)
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests/trust/bulk_process.py"), f"sqlite:///{path}"],
                            stdout=subprocess.PIPE, text=True)
    proc.stdout.readline()
    started = time.monotonic()
    assert proc.stdout.readline().strip() == "done"
    proc.wait(timeout=30)
    return time.monotonic() - started


def _trial(template: Path, tmp_path: Path, trial: int, delay: float) -> int:
    path = tmp_path / f"trial{trial}.db"
    shutil.copy(template, path)
    _run_and_kill(f"sqlite:///{path}", delay)
    count, integrity = _state(path)
    assert integrity == "ok", f"trial {trial}: {integrity}"
    assert count in (0, 2000), f"trial {trial}: partial import of {count} rows"
    _check_audit(path, trial)
    return count


@pytest.mark.slow
def test_killed_bulk_insert_is_all_or_nothing(sqlite_template, tmp_path):
    rng = random.Random(20261123)
    duration = _probe_duration(sqlite_template, tmp_path)
    delays = [rng.uniform(0.0, duration * 1.2) for _ in range(TRIALS)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        outcomes = list(pool.map(lambda t: _trial(sqlite_template, tmp_path, t, delays[t]), range(TRIALS)))
    assert 0 in outcomes, "no kill landed inside the unit of work"


def _check_audit(path: Path, trial: int) -> None:
    database = Database(f"sqlite:///{path}")
    try:
        with database.engine.connect() as conn:
            result = audit.verify(conn)
    finally:
        database.dispose()
    assert result.ok, f"trial {trial}: {result.problem}"


@pytest.mark.db
@pytest.mark.slow
def test_killed_bulk_insert_on_postgresql_is_all_or_nothing(pg_server, pg_template):
    from tests.conftest import _pg_copy

    rng = random.Random(8)
    for trial in range(6):
        database = _pg_copy(pg_server, pg_template)
        url = database.url.render_as_string(hide_password=False)
        _run_and_kill(url, rng.uniform(0.0, 1.5))
        with database.engine.connect() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM worker").scalar()
            result = audit.verify(conn)
        database.dispose()
        assert count in (0, 2000), f"trial {trial}: partial import of {count} rows"
        assert result.ok, f"trial {trial}: {result.problem}"
