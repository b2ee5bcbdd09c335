"""Benchmark of the real register export from a database and the real import.

    uv run python -m bench.registers_io [--rows 30000] [--import-rows 10000] [--repeat 3]

Fills a SQLite database with ``--rows`` claims, then times ``export_register`` (query,
masking, layout, file, audit entry) against the fastest plain writer measured in the
same run (openpyxl write-only and xlsxwriter constant-memory, handed the same cells
ready in memory), measures the export's peak memory in a fresh process, and times
``plan_import`` + ``apply_import`` of a ``--import-rows`` register into an empty
database. Exits 1 if a target is missed: ratio <= 1.3, peak < 300 MB, import < 15 s.

Times are judged on this process's CPU time (all the work, the database's included,
happens in it), which a busy machine does not distort; wall-clock times and the load
average are printed next to them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from bench.registers import GIVEN, SURNAMES, UNITS, plain_openpyxl, plain_xlsxwriter
from db.engine import Database
from db.enums import ClaimStatus, PlanKind
from db.migrate import upgrade
from db.models import AidClaim, AidPlan, Worker
from desktop.auth.permissions import SYSTEM
from desktop.registers import CLAIMS
from desktop.registers.values import row_converter
from desktop.registers_io import ExportRequest, Period, apply_import, export_register, plan_import
from desktop.registers_io.claim_rows import claim_rows
from desktop.validation import make_id_number

RATIO_TARGET = 1.3
MEMORY_TARGET_MB = 300.0
IMPORT_TARGET_S = 15.0
PLAN = ("ZY2024", "在职职工住院医疗互助")
STATES = [s for s in ClaimStatus if s is not ClaimStatus.PAID]


def new_database(path: Path) -> Database:
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    with database.write(None, audited=False) as session:
        session.add(AidPlan(code=PLAN[0], name=PLAN[1], kind=PlanKind.INSERVICE_MEDICAL,
                            term_start=dt.date(2024, 1, 1), term_end=dt.date(2024, 12, 31)))
    return database


def fill(database: Database, count: int, seed: int = 2024) -> None:
    """``count`` claims by as many workers, inserted in bulk."""
    rng = random.Random(seed)
    workers = [{"id": i, "name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                "id_number": make_id_number("110228", dt.date(1960, 1, 1) + dt.timedelta(days=i % 15000), i % 1000),
                "unit_name": rng.choice(UNITS)} for i in range(1, count + 1)]
    workers = list({w["id_number"]: w for w in workers}.values())
    with database.write(None, audited=False) as session:
        session.execute(insert(Worker), workers)
        session.execute(insert(AidClaim), [_claim(rng, n, w["id"]) for n, w in enumerate(workers * 2, 1)][:count])


def _claim(rng: random.Random, n: int, worker_id: int) -> dict:
    applied = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))
    asked = Decimal(rng.randrange(10_000, 5_000_000)) / 100
    paid = rng.random() < 0.6
    approved = (asked * Decimal("0.8")).quantize(Decimal("0.01"))
    return {"number": f"HZ2024{n:05d}", "plan_id": 1, "worker_id": worker_id, "event_type": "住院",
            "event_on": applied, "applied_on": applied, "claimed_amount": asked, "approved_amount": approved,
            "paid_amount": approved if paid else Decimal("0.00"),
            "paid_on": applied + dt.timedelta(days=20) if paid else None,
            "status": ClaimStatus.PAID if paid else rng.choice(STATES)}


def best_times(write, data: list, folder: Path, repeat: int) -> tuple[float, float]:
    """The best (CPU seconds, wall seconds) of ``repeat`` runs of ``write(data, out)``."""
    cpu, wall = [], []
    for i in range(repeat):
        out = folder / f"{write.__name__}-{i}.xlsx"
        started, clock = time.process_time(), time.perf_counter()
        write(data, out)
        cpu.append(time.process_time() - started)
        wall.append(time.perf_counter() - clock)
        out.unlink()
    return min(cpu), min(wall)


def real_export(database: Database):
    def export(_data, out: Path) -> None:
        export_register(database, SYSTEM, ExportRequest("claims", Period.of_year(2024)), out)
    export.__name__ = "export_register"
    return export


def cells_of(database: Database) -> list[list[object]]:
    convert = row_converter(CLAIMS, mask_ids=True)
    with database.read() as session:
        return [convert(row) for row in claim_rows(session, Period.of_year(2024))]


def peak_memory_mb(db_path: Path) -> float:
    code = ("import resource, tempfile, pathlib\n"
            "from db.engine import Database\n"
            "from bench.registers_io import real_export\n"
            "with tempfile.TemporaryDirectory() as d:\n"
            f"    real_export(Database('sqlite:///{db_path}'))(None, pathlib.Path(d) / 'm.xlsx')\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                          cwd=Path(__file__).parents[1])
    return int(done.stdout.split()[-1]) / 1024


def import_time(folder: Path, rows: int) -> tuple[float, float, float, int]:
    source = new_database(folder / "source.db")
    fill(source, rows, seed=7)
    path = folder / "import.xlsx"
    export_register(source, SYSTEM, ExportRequest("claims", full_ids=True), path)
    target = new_database(folder / "target.db")
    start, cpu = time.perf_counter(), time.process_time()
    plan = plan_import(target, SYSTEM, "claims", path)
    checked = time.perf_counter()
    if not plan.ok:
        raise SystemExit("import refused: " + plan.error_report()[:500])
    written = apply_import(target, SYSTEM, plan)
    return checked - start, time.perf_counter() - start, time.process_time() - cpu, written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    missed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = new_database(folder / "bench.db")
        fill(database, args.rows)
        cells = cells_of(database)
        mine = best_times(real_export(database), [], folder, args.repeat)
        plain = {w.__name__: best_times(w, cells, folder, args.repeat) for w in (plain_openpyxl, plain_xlsxwriter)}
        peak = peak_memory_mb(folder / "bench.db")
        checked, total, cpu, written = import_time(folder, args.import_rows)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"export of {len(cells)} claims from the database (best of {args.repeat}; CPU s / wall s):")
    print(f"  export_register (query + write + audit) {mine[0]:6.2f} / {mine[1]:6.2f}")
    for name, (took, wall) in plain.items():
        print(f"  {name:<39} {took:6.2f} / {wall:6.2f}   ratio {mine[0] / took:4.2f} (wall {mine[1] / wall:4.2f})")
    fastest = min(plain, key=lambda name: plain[name][0])
    ratio = mine[0] / plain[fastest][0]
    if ratio > RATIO_TARGET:
        missed.append(f"export ratio {ratio:.2f} vs {fastest} > {RATIO_TARGET}")
    print(f"  peak memory of the export (fresh process) {peak:6.1f} MB")
    if peak > MEMORY_TARGET_MB:
        missed.append(f"peak memory {peak:.0f} MB > {MEMORY_TARGET_MB:.0f} MB")
    print(f"import of {written} claims, checked and written: {cpu:.2f} s CPU / {total:.2f} s wall "
          f"(checking alone {checked:.2f} s wall)")
    if cpu > IMPORT_TARGET_S or written != args.import_rows:
        missed.append(f"import {cpu:.1f} s CPU ({written} rows)")
    for line in missed:
        print(f"MISSED: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
