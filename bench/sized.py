"""What the case benches share: their size arguments and a filled SQLite file."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.cases_fill import fill
from db.engine import Database
from db.migrate import upgrade


def sized_arguments(description: str | None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--cpu", action="store_true", help="time by CPU time (a busy machine)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="reuse/keep the SQLite file here")
    return parser


def filled_sqlite(args: argparse.Namespace) -> tuple[Database, Path]:
    """The SQLite file of --keep (filled once) or a fresh temporary one, filled to the asked size."""
    path = args.keep or Path(tempfile.mkdtemp()) / "bench.db"
    database = Database(f"sqlite:///{path}")
    if not path.exists() or path.stat().st_size < 100_000:
        upgrade(database)
        started = time.perf_counter()
        fill(database, args.cases, claims=args.claims)
        print(f"filled {args.cases} cases, {args.claims} claims in {time.perf_counter() - started:.1f} s ({path})")
    return database, path
