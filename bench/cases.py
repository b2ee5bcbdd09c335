"""Benchmark of the case list at scale, against hand-written SQL over the same file.

    uv run python -m bench.cases [--cases 100000] [--claims 100000] [--repeat 7] [--keep path.db]

Fills a fresh SQLite database (``desktop.demo.generate``: cases, claims and their
workers, the search index written with them), then measures, interleaved with plain
``sqlite3`` queries that return the same rows:
- first page: the list window's model opening (count, then the first page with each
  case's first applicant and mediators); the SQL does the same in two statements;
  target < 0.5 s and within 2x of the SQL;
- search as you type: each keystroke of a two-character name, of a case number and of
  an ID number (count + first page of the matches), through the search index, against
  the same search by hand with ``LIKE '%text%'``; target median < 30 ms (100 ms from
  500,000 cases on) and at least 3x faster than the ``LIKE`` query.
Exits 1 if a target is missed. Size and demo-time cost of the index: ``bench.search_cost``.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.sized import filled_sqlite, sized_arguments  # noqa: E402
from desktop.cases.listing import CaseRowSource  # noqa: E402
from desktop.cases.queries import CaseFilter, CaseQueries  # noqa: E402

FIRST_PAGE_TARGET = 0.5
KEYSTROKE_TARGET, KEYSTROKE_TARGET_HUGE, HUGE = 0.030, 0.100, 500_000
RATIO_TARGET = 2.0
SPEEDUP_TARGET = 3.0  # a keystroke at least this many times quicker than LIKE by hand
VISIBLE_ROWS = 25

BASE_FROM = """FROM mediation_case c JOIN employer e ON e.id = c.respondent_id"""
WORKERS = "SELECT id FROM worker WHERE name LIKE :p OR id_number LIKE :p"
UNITS = "SELECT id FROM employer WHERE name LIKE :p OR credit_code LIKE :p"
MATCHES = f"""SELECT case_id FROM case_applicant WHERE worker_id IN ({WORKERS})
    UNION ALL SELECT id FROM mediation_case WHERE number LIKE :p
    UNION ALL SELECT id FROM mediation_case WHERE respondent_id IN ({UNITS})
    LIMIT 5001"""
BROAD = f"""(c.number LIKE :p OR c.respondent_id IN ({UNITS})
    OR c.id IN (SELECT case_id FROM case_applicant WHERE worker_id IN ({WORKERS})))"""
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


CLOCK = [time.perf_counter]
"""Wall time; ``--cpu`` takes this process's CPU time instead (SQLite runs in the process),
which a machine shared with other work leaves nearly untouched."""


def timed(fn, *args) -> tuple[float, object]:
    start = CLOCK[0]()
    result = fn(*args)
    return CLOCK[0]() - start, result


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
    print(f"{label:<40} program {mine * 1000:8.1f} ms   hand-written SQL {base * 1000:8.1f} ms   "
          f"ratio {ratio:4.2f}   target < {target * 1000:.0f} ms, <= {RATIO_TARGET}x   {'OK' if ok else 'MISSED'}")
    return ok


def report_search(label: str, ours: list[float], theirs: list[float], target: float) -> bool:
    mine, base = statistics.median(ours), statistics.median(theirs)
    speedup = base / mine if mine else float("inf")
    ok = mine < target and speedup >= SPEEDUP_TARGET
    print(f"{label:<40} index {mine * 1000:8.1f} ms   LIKE by hand {base * 1000:8.1f} ms   "
          f"{speedup:5.1f}x faster   target < {target * 1000:.0f} ms, >= {SPEEDUP_TARGET:.0f}x   {'OK' if ok else 'MISSED'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    args = sized_arguments(__doc__).parse_args(argv)
    if args.cpu:
        CLOCK[0] = time.process_time
    database, path = filled_sqlite(args)
    from ui.app import make_application

    make_application()
    queries = CaseQueries(database)
    conn = sqlite3.connect(path)
    name = "王芳"
    number, id_piece = _sample_number(conn), _sample_id_piece(conn)
    program(queries, None), hand_written(conn, None)  # warm the file cache for both
    target = KEYSTROKE_TARGET_HUGE if args.cases >= HUGE else KEYSTROKE_TARGET
    searches = {f"keystroke, name「{name}」": name, f"keystroke, case number「{number}」": number,
                f"keystroke, ID number piece「{id_piece}」": id_piece}
    results = [report("first page of the case list", *measure(queries, conn, [None], args.repeat), FIRST_PAGE_TARGET)]
    every: tuple[list[float], list[float]] = ([], [])
    for label, text in searches.items():
        ours, theirs = measure(queries, conn, keystrokes(text), args.repeat)
        every[0].extend(ours), every[1].extend(theirs)
        results.append(report_search(label, ours, theirs, target))
    results.append(report_search("every keystroke above", *every, target))
    print(f"matches: {name} -> {hand_written(conn, name)} cases; {number} -> {hand_written(conn, number)}; "
          f"{id_piece} -> {hand_written(conn, id_piece)}")
    return 0 if all(results) else 1


def _sample_number(conn: sqlite3.Connection) -> str:
    year = (date.today() - timedelta(days=365)).year
    row = conn.execute("SELECT number FROM mediation_case WHERE number LIKE ? ORDER BY id LIMIT 1 OFFSET 1000",
                       (f"%〔{year}〕%",)).fetchone()
    return row[0] if row else "密工调"


def _sample_id_piece(conn: sqlite3.Connection) -> str:
    """Eight digits from the middle of an applicant's ID number (birth date and sequence)."""
    row = conn.execute("SELECT w.id_number FROM case_applicant a JOIN worker w ON w.id = a.worker_id "
                       "WHERE w.id_number IS NOT NULL ORDER BY a.id LIMIT 1 OFFSET 500").fetchone()
    return row[0][8:16] if row else "19900307"


if __name__ == "__main__":
    sys.exit(main())
