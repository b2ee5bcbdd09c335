"""Benchmark of the year's figures at scale, against hand-written SQL over the same file.

    uv run python -m bench.stats [--cases 100000] [--repeat 3] [--year 2023]

Fills a fresh SQLite database with ``bench.stats_fill`` (Core inserts), then measures
``year_report`` (every figure and breakdown of the 统计 page) interleaved with plain
``sqlite3`` aggregate queries that compute the same breakdowns (by month, source,
category, mediator, street) in one statement each. Target: the year report within 6x of the
hand-written SQL measured in the same run (its absolute time is printed: about 2 s at
100,000 cases on a loaded two-core machine). Exits 1 if the target is missed.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.stats_fill import fill_cases
from db.engine import Database
from db.migrate import upgrade
from desktop.stats.report import year_report

RATIO_TARGET = 6.0
YEAR_WHERE = "c.accepted_on BETWEEN :first AND :last"
BY_SQL = {
    "month": f"SELECT strftime('%m', c.accepted_on), count(*), sum(c.amount_recovered) FROM mediation_case c "
             f"WHERE {YEAR_WHERE} GROUP BY 1",
    "source": f"SELECT c.source, count(*), sum(c.amount_recovered) FROM mediation_case c WHERE {YEAR_WHERE} GROUP BY 1",
    "category": f"SELECT k.category, count(*) FROM mediation_case c JOIN case_category k ON k.case_id = c.id "
                f"WHERE {YEAR_WHERE} GROUP BY 1",
    "mediator": f"SELECT m.officer_id, count(*) FROM mediation_case c JOIN case_mediator m ON m.case_id = c.id "
                f"WHERE {YEAR_WHERE} GROUP BY 1",
    "street": f"SELECT e.street, count(*) FROM mediation_case c JOIN employer e ON e.id = c.respondent_id "
              f"WHERE {YEAR_WHERE} GROUP BY 1",
    "closed": "SELECT t.from_state, count(*) FROM mediation_case c JOIN state_transition t "
              "ON t.entity_type = 'mediation_case' AND t.entity_id = c.id AND t.to_state = 'CLOSED' "
              "WHERE c.closed_on BETWEEN :first AND :last GROUP BY 1",
}


def by_hand(path: Path, year: int) -> float:
    started = time.perf_counter()
    with sqlite3.connect(path) as conn:
        args = {"first": f"{year}-01-01", "last": f"{year}-12-31"}
        for sql in BY_SQL.values():
            conn.execute(sql, args).fetchall()
    return time.perf_counter() - started


def through_program(database: Database, year: int) -> tuple[float, int]:
    started = time.perf_counter()
    report = year_report(database, year)
    return time.perf_counter() - started, report.figures.cases.accepted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--year", type=int, default=2023)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stats.db"
        database = Database(f"sqlite:///{path}")
        upgrade(database)
        started = time.perf_counter()
        fill_cases(database, args.cases)
        print(f"filled {args.cases:,} cases in {time.perf_counter() - started:.1f} s")
        ours, theirs, accepted = [], [], 0
        for _ in range(args.repeat):
            elapsed, accepted = through_program(database, args.year)
            ours.append(elapsed)
            theirs.append(by_hand(path, args.year))
        database.dispose()
    program, sql = statistics.median(ours), statistics.median(theirs)
    ratio = program / sql if sql else float("inf")
    print(f"year report {args.year} ({accepted:,} accepted): {program:.3f} s; by hand {sql:.3f} s; ratio {ratio:.1f}x")
    missed = []
    if ratio > RATIO_TARGET:
        missed.append(f"ratio {ratio:.1f}x > {RATIO_TARGET}x")
    for line in missed:
        print("MISSED:", line)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
