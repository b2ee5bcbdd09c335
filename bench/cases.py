"""Benchmark of the case list at scale, against hand-written SQL over the same file.

    uv run python -m bench.cases [--cases 100000] [--repeat 7] [--db sqlite:///path.db]

Fills a fresh SQLite database (``desktop.demo.generate`` when available, else Core
inserts), then measures, interleaved with plain ``sqlite3`` queries that return
the same rows:
- first page: the list window's model opening (count, then the first page with each
  case's first applicant and mediators); the SQL does the same in two statements;
- search as you type: each keystroke of a two-character name and of a case number
  (count + first page of the matches).
Targets: first page < 0.5 s; keystroke median < 100 ms; within 2x of the SQL.
Exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.cases_fill import fill  # noqa: E402
from db.engine import Database  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from desktop.cases.listing import CaseRowSource  # noqa: E402
from desktop.cases.queries import CaseFilter, CaseQueries  # noqa: E402

FIRST_PAGE_TARGET = 0.5
KEYSTROKE_TARGET = 0.100
RATIO_TARGET = 2.0
VISIBLE_ROWS = 25

BASE_FROM = """FROM mediation_case c JOIN employer e ON e.id = c.respondent_id"""
MATCHES = """SELECT case_id FROM case_applicant WHERE worker_id IN (SELECT id FROM worker WHERE name LIKE :p)
    UNION ALL SELECT id FROM mediation_case WHERE number LIKE :p
    UNION ALL SELECT id FROM mediation_case WHERE respondent_id IN (SELECT id FROM employer WHERE name LIKE :p)
    LIMIT 5001"""
BROAD = """(c.number LIKE :p OR c.respondent_id IN (SELECT id FROM employer WHERE name LIKE :p)
    OR c.id IN (SELECT case_id FROM case_applicant WHERE worker_id IN (SELECT id FROM worker WHERE name LIKE :p)))"""
PAGE = """SELECT p.*, (SELECT w.name FROM case_applicant a JOIN worker w ON w.id = a.worker_id
        WHERE a.case_id = p.id ORDER BY a.position, a.id LIMIT 1),
    (SELECT count(*) FROM case_applicant a WHERE a.case_id = p.id),
    (SELECT group_concat(CASE m.role WHEN 'LEAD' THEN '0' ELSE '1' END || o.display_name, '|')
        FROM case_mediator m JOIN officer o ON o.id = m.officer_id WHERE m.case_id = p.id)
    FROM (SELECT c.id, c.number, c.received_on, c.accepted_on, e.name, c.source, c.workers_involved,
        c.amount_claimed, c.status, date(c.received_on, '+15 days') {from_} {where}
        ORDER BY c.received_on DESC, c.id DESC LIMIT 200) p ORDER BY p.received_on DESC, p.id DESC"""
"""The page with its first applicant, their number and the mediators, in one statement."""


def hand_written(conn: sqlite3.Connection, text: str | None) -> int:
    """The same strategy by hand: matching ids when few, else a capped walk of the list."""
    where, params, total = "", {}, None
    if text:
        params = {"p": f"%{text}%"}
        ids = [r[0] for r in conn.execute(MATCHES, params)]
        if len(ids) <= 5000:
            ids = sorted(set(ids))
            where, params, total = f"WHERE c.id IN ({','.join(map(str, ids)) or '0'})", {}, len(ids)
        else:
            where = "WHERE " + BROAD
            total = conn.execute(f"SELECT count(*) FROM (SELECT c.id FROM mediation_case c {where} LIMIT 500)",
                                 params).fetchone()[0]
    if total is None:
        total = conn.execute(f"SELECT count(*) FROM mediation_case c {where}", params).fetchone()[0]
    conn.execute(PAGE.format(from_=BASE_FROM, where=where), params).fetchall()
    return total


def program(queries: CaseQueries, text: str | None) -> int:
    """What the window does: a fresh model over the filtered source, then the visible rows."""
    from ui.widgets.lazy_table import LazyTableModel

    model = LazyTableModel(CaseRowSource(queries).filtered(CaseFilter(search=text or "")))
    for row in range(min(VISIBLE_ROWS, model.rowCount())):
        model.data(model.index(row, 0))
    return model.rowCount()


def timed(fn, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def keystrokes(word: str) -> list[str]:
    return [word[: i + 1] for i in range(len(word))]


def measure(queries, conn, texts: list[str | None], repeat: int) -> tuple[list[float], list[float]]:
    ours, theirs = [], []
    for _ in range(repeat):
        for text in texts:  # interleaved, so machine load hits both alike
            t_ours, n_ours = timed(program, queries, text)
            t_sql, n_sql = timed(hand_written, conn, text)
            if n_ours != n_sql:
                raise SystemExit(f"row counts differ for {text!r}: program {n_ours}, SQL {n_sql}")
            ours.append(t_ours)
            theirs.append(t_sql)
    return ours, theirs


def report(label: str, ours: list[float], theirs: list[float], target: float) -> bool:
    mine, base = statistics.median(ours), statistics.median(theirs)
    ratio = mine / base if base else float("inf")
    ok = mine < target and ratio <= RATIO_TARGET
    print(f"{label:<34} program {mine * 1000:8.1f} ms   hand-written SQL {base * 1000:8.1f} ms   "
          f"ratio {ratio:4.2f}   target < {target * 1000:.0f} ms, <= {RATIO_TARGET}x   {'OK' if ok else 'MISSED'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="reuse/keep the SQLite file here")
    args = parser.parse_args(argv)
    path = args.keep or Path(tempfile.mkdtemp()) / "bench.db"
    database = Database(f"sqlite:///{path}")
    if not path.exists() or path.stat().st_size < 100_000:
        upgrade(database)
        started = time.perf_counter()
        fill(database, args.cases)
        print(f"filled {args.cases} cases in {time.perf_counter() - started:.1f} s ({path})")
    from ui.app import make_application

    make_application()
    queries = CaseQueries(database)
    conn = sqlite3.connect(path)
    name = "王芳"
    number = _sample_number(conn)
    program(queries, None), hand_written(conn, None)  # warm the file cache for both
    results = [
        report("first page of the case list", *measure(queries, conn, [None], args.repeat), FIRST_PAGE_TARGET),
        report(f"keystroke, name「{name}」", *measure(queries, conn, keystrokes(name), args.repeat), KEYSTROKE_TARGET),
        report(f"keystroke, case number「{number}」", *measure(queries, conn, keystrokes(number), args.repeat),
               KEYSTROKE_TARGET),
    ]
    print(f"matches: {name} -> {hand_written(conn, name)} cases; {number} -> {hand_written(conn, number)}")
    return 0 if all(results) else 1


def _sample_number(conn: sqlite3.Connection) -> str:
    year = (date.today() - timedelta(days=365)).year
    row = conn.execute("SELECT number FROM mediation_case WHERE number LIKE ? ORDER BY id LIMIT 1 OFFSET 1000",
                       (f"%〔{year}〕%",)).fetchone()
    return row[0] if row else "密工调"


if __name__ == "__main__":
    sys.exit(main())
