"""What the search index costs: database size and demo-generation time, with and without it.

    uv run python -m bench.search_cost [--cases 100000] [--claims 100000] [--keep path.db]

Generates the demo data twice into fresh SQLite files, once as the program does (the
demo writer adds the search index's grams) and once with the index left out, and
prints both times and their ratio; then the size of ``search_gram`` (SQLite's dbstat)
against the rest of the file. Targets: the index adds < 40% to the size and < 2x to
the time. Exits 1 if one is missed.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from db import search_index
from db.engine import Database
from db.migrate import upgrade
from desktop.demo import generate

SIZE_TARGET, TIME_TARGET = 0.40, 2.0


@contextmanager
def index_left_out():
    kept = search_index.kind_for_table
    search_index.kind_for_table = lambda _table: None
    try:
        yield
    finally:
        search_index.kind_for_table = kept


def timed_demo(path: Path, cases: int, claims: int) -> float:
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    started = time.perf_counter()
    generate(database, cases=cases, claims=claims, letters=cases // 20, seed=1, today=date(2026, 11, 23))
    elapsed = time.perf_counter() - started
    database.dispose()
    return elapsed


def sizes(path: Path) -> tuple[int, int]:
    """(bytes of the index, bytes of everything else) after a VACUUM."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("VACUUM")
        total = conn.execute("PRAGMA page_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
        index = conn.execute("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE '%search_gram%'").fetchone()[0]
    finally:
        conn.close()
    return index, total - index


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp())
    with index_left_out():
        plain = timed_demo(folder / "plain.db", args.cases, args.claims)
    indexed = timed_demo(folder / "indexed.db", args.cases, args.claims)
    index, rest = sizes(folder / "indexed.db")
    time_ratio, size_ratio = indexed / plain, index / rest
    time_ok, size_ok = time_ratio < TIME_TARGET, size_ratio < SIZE_TARGET
    print(f"demo {args.cases} cases + {args.claims} claims: with the index {indexed:.1f} s, without {plain:.1f} s, "
          f"{time_ratio:.2f}x   target < {TIME_TARGET}x   {'OK' if time_ok else 'MISSED'}")
    print(f"size: index {index / 2**20:.1f} MiB, rest of the file {rest / 2**20:.1f} MiB, +{size_ratio:.0%}   "
          f"target < {SIZE_TARGET:.0%}   {'OK' if size_ok else 'MISSED'}")
    return 0 if time_ok and size_ok else 1


if __name__ == "__main__":
    sys.exit(main())
