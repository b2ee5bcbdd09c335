"""Benchmark of the 工作台's due list at scale, against the raw queries behind it.

    uv run python -m bench.due [--cases 100000] [--claims 100000] [--repeat 7] [--keep path.db] [--cpu]

Fills a fresh SQLite database (``desktop.demo.generate``: cases, claims, letters ...),
then measures, interleaved, ``DueList.summary()`` — for the whole centre and for one
mediator, as the 工作台 and the status bar ask — against the same SQL statements
replayed through plain ``sqlite3`` (the statements are recorded from the program's
first run, so both read exactly the same rows; the difference is what the program
adds: clocks, explanations, grouping). Target: median < 200 ms for each list.
Exits 1 if a target is missed.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time

from sqlalchemy import event

from bench.sized import filled_sqlite, sized_arguments
from db.engine import Database
from desktop.due.service import DueList

TARGET = 0.200
CLOCK = [time.perf_counter]


def recorded(database: Database, officer_id: int | None) -> list[tuple[str, tuple]]:
    """The statements (and parameters) one ``summary`` runs, in order."""
    statements: list[tuple[str, tuple]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, tuple(parameters)))

    event.listen(database.engine, "before_cursor_execute", keep)
    try:
        DueList(database).summary(officer_id)
    finally:
        event.remove(database.engine, "before_cursor_execute", keep)
    return statements


def raw(conn: sqlite3.Connection, statements: list[tuple[str, tuple]]) -> int:
    return sum(len(conn.execute(sql, params).fetchall()) for sql, params in statements)


def timed(fn, *args) -> tuple[float, object]:
    start = CLOCK[0]()
    result = fn(*args)
    return CLOCK[0]() - start, result


def measure(database: Database, conn: sqlite3.Connection, officer_id: int | None, repeat: int):
    due, statements = DueList(database), recorded(database, officer_id)
    ours, theirs, items = [], [], 0
    for _ in range(repeat):
        t_ours, summary = timed(due.summary, officer_id)
        t_raw, _rows = timed(raw, conn, statements)
        ours.append(t_ours)
        theirs.append(t_raw)
        items = len(summary.items)
    return ours, theirs, items, len(statements)


def report(label: str, ours: list[float], theirs: list[float], items: int, statements: int) -> bool:
    mine, base = statistics.median(ours), statistics.median(theirs)
    ok = mine < TARGET
    print(f"{label:<28} program {mine * 1000:7.1f} ms   raw queries ({statements}) {base * 1000:7.1f} ms   "
          f"{items:5d} items   target < {TARGET * 1000:.0f} ms   {'OK' if ok else 'MISSED'}")
    return ok


def busiest_mediator(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT officer_id FROM case_mediator GROUP BY officer_id ORDER BY count(*) DESC LIMIT 1"
                       ).fetchone()
    return row[0] if row else None


def main(argv: list[str] | None = None) -> int:
    args = sized_arguments(__doc__).parse_args(argv)
    if args.cpu:
        CLOCK[0] = time.process_time
    database, path = filled_sqlite(args)
    conn = sqlite3.connect(path)
    results = [report("due list, whole centre", *measure(database, conn, None, args.repeat))]
    mediator = busiest_mediator(conn)
    if mediator is not None:
        results.append(report(f"due list, officer {mediator}", *measure(database, conn, mediator, args.repeat)))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
