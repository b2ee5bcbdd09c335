"""Benchmark: the demo generator at full size against a plain sqlite3 baseline.

    uv run python bench/demo.py [--cases N] [--claims N] [--letters N] [--limit SECONDS]

Generates the data into a temporary SQLite file, then inserts the same number of
plain rows with a hand-written ``sqlite3.executemany`` into a comparable table
(same journal settings, one transaction, an index) and reports both and their
ratio. Exits 1 if the generator takes longer than the limit (60 s).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from db.engine import Database
from db.migrate import upgrade
from desktop.demo import generate

BASELINE_TABLE = """CREATE TABLE plain (id INTEGER PRIMARY KEY, entity_type VARCHAR(40) NOT NULL,
    entity_id INTEGER NOT NULL, name VARCHAR(100), amount INTEGER, day DATE, at DATETIME, note TEXT)"""


def run_demo(folder: Path, args) -> tuple[float, float, int]:
    database = Database(f"sqlite:///{folder / 'demo.db'}")
    upgrade(database)
    wall, cpu = time.perf_counter(), time.process_time()
    summary = generate(database, cases=args.cases, letters=args.letters, claims=args.claims, seed=1,
                       today=date(2026, 11, 23))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    database.dispose()
    return wall, cpu, summary.total_rows


def run_baseline(folder: Path, rows: int) -> tuple[float, float]:
    conn = sqlite3.connect(folder / "baseline.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(BASELINE_TABLE)
    conn.execute("CREATE INDEX ix_plain_entity ON plain (entity_type, entity_id)")
    started, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    values = ((i, "mediation_case", i // 9, f"职工{i % 997}", i * 7 % 100_000, "2025-03-14",
               "2025-03-14 01:00:00.000000", "状态变更：调解中") for i in range(1, rows + 1))
    conn.executemany("INSERT INTO plain VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)
    conn.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    conn.close()
    return elapsed, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--letters", type=int, default=5_000)
    parser.add_argument("--limit", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="uniondesk-bench-") as tmp:
        folder = Path(tmp)
        wall, cpu, rows = run_demo(folder, args)
        baseline, baseline_cpu = run_baseline(folder, rows)
    print(f"demo:     {args.cases:,} cases, {args.claims:,} claims, {args.letters:,} letters -> {rows:,} rows")
    print(f"          {wall:.1f} s wall ({cpu:.1f} s CPU), {rows / wall:,.0f} rows/s")
    print(f"baseline: sqlite3 executemany of {rows:,} plain rows: {baseline:.1f} s wall ({baseline_cpu:.1f} s CPU), "
          f"{rows / baseline:,.0f} rows/s")
    print(f"ratio:    demo takes {wall / baseline:.1f}x the plain insert ({cpu / baseline_cpu:.1f}x in CPU time)")
    print(f"load:     {os.getloadavg()[0]:.1f} (1-minute average; {os.cpu_count()} CPUs) - wall times are only "
          "comparable on an idle machine")
    verdict = "OK" if wall <= args.limit else "TOO SLOW"
    print(f"target:   {args.limit:.0f} s -> {verdict}")
    return 0 if wall <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
