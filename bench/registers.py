"""Benchmark of the register writer and reader.

    uv run python -m bench.registers [--rows 30000] [--read-rows 10000] [--repeat 3]

Writes a claims register (11 columns: text, masked IDs, dates, money) with
``write_register`` and with the plainest writers that produce the same cells
(openpyxl write-only without styling; xlsxwriter in constant-memory mode),
measures the writer's peak memory in a fresh process, and times reading a
validated register back. Exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import xlsxwriter
from openpyxl import Workbook

from desktop.errors import ValidationError
from desktop.registers import CLAIMS, Column, RegisterSpec, read_register, write_register
from desktop.registers.values import row_converter

RATIO_TARGET = 1.3
MEMORY_TARGET_MB = 300.0
READ_TARGET_S = 15.0
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂"
UNITS = ["北京某某物流有限公司", "北京某某建筑工程有限公司", "某某餐饮管理有限公司第三分公司",
         "某区环境卫生服务中心", "北京某某科技发展有限公司"]
PLANS = ["在职职工住院", "在职职工门诊", "意外伤害", "重大疾病", "女职工特殊疾病"]
STATES = ["已提交", "待补正", "已审核", "已核准", "已支付", "不予支付"]
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(rng: random.Random) -> str:
    born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(16000))
    body = f"110105{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + id_number_check(body)


def check_id(value: str) -> str:
    """GB 11643 check digit, as the importer's validator would do it."""
    if len(value) != 18 or id_number_check(value[:17]) != value[17]:
        raise ValidationError("校验位错误")
    return value


def id_number_check(body: str) -> str:
    return "10X98765432"[sum(int(d) * w for d, w in zip(body, WEIGHTS)) % 11]


def claim_rows(count: int, seed: int = 2024) -> Iterator[list[object]]:
    rng = random.Random(seed)
    for i in range(1, count + 1):
        applied = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366))
        asked = Decimal(rng.randrange(10_000, 5_000_000)) / 100
        approved = (asked * Decimal("0.8")).quantize(Decimal("0.01"))
        paid = approved if rng.random() < 0.6 else None
        yield [f"HZ2024-{i:06d}", rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
               id_number(rng), rng.choice(UNITS), rng.choice(PLANS), applied, asked, approved,
               paid, applied + dt.timedelta(days=20) if paid else None, rng.choice(STATES)]


# -- writers ---------------------------------------------------------------

def ours(rows: list[list[object]], out: Path) -> None:
    write_register(CLAIMS, rows, out, title_context={"year": 2024}, organisation="某区总工会",
                   exported_on=dt.date(2024, 12, 31))


def plain_openpyxl(cells: list[list[object]], out: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(CLAIMS.sheet_name)
    ws.append(list(CLAIMS.headers))
    for row in cells:
        ws.append(row)
    wb.save(out)


def plain_xlsxwriter(cells: list[list[object]], out: Path) -> None:
    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    ws = wb.add_worksheet(CLAIMS.sheet_name)
    date_format = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, CLAIMS.headers)
    for r, row in enumerate(cells, 1):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                ws.write_datetime(r, c, value, date_format)
            elif isinstance(value, Decimal):
                ws.write_number(r, c, float(value))
            elif value is not None:
                ws.write_string(r, c, value)
    wb.close()


def best_time(write: Callable[[list, Path], None], data: list, folder: Path, repeat: int) -> float:
    times = []
    for i in range(repeat):
        out = folder / f"{write.__name__}-{i}.xlsx"
        start = time.perf_counter()
        write(data, out)
        times.append(time.perf_counter() - start)
        out.unlink()
    return min(times)


# -- memory and reading ----------------------------------------------------

def peak_memory_mb(rows: int) -> float:
    """Peak RSS of a fresh process that streams ``rows`` generated rows into a register."""
    code = ("import resource, sys, tempfile, pathlib\n"
            "from bench.registers import claim_rows, ours\n"
            "with tempfile.TemporaryDirectory() as d:\n"
            f"    ours(claim_rows({rows}), pathlib.Path(d) / 'm.xlsx')\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          text=True, cwd=Path(__file__).parents[1])
    return int(done.stdout.split()[-1]) / 1024  # Linux reports KiB


def read_time(rows: int, folder: Path) -> tuple[float, int, int]:
    path = folder / "read.xlsx"
    write_register(CLAIMS, claim_rows(rows, seed=7), path, title_context={"year": 2024},
                   organisation="某区总工会", exported_on=dt.date(2024, 12, 31), mask_ids=False)
    spec = RegisterSpec(CLAIMS.key, CLAIMS.title_template, tuple(
        Column(c.header, c.kind, c.width, c.total, c.required, c.aliases,
               check_id if c.kind == "id" else None) for c in CLAIMS.columns
    ), CLAIMS.sheet_name)
    start = time.perf_counter()
    result = read_register(spec, path)
    return time.perf_counter() - start, len(result.rows), len(result.errors)


# -- report ----------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--read-rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    rows = list(claim_rows(args.rows))
    convert = row_converter(CLAIMS, mask_ids=True)
    cells = [convert(row) for row in rows]
    missed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        mine = best_time(ours, rows, folder, args.repeat)
        plain = {w.__name__: best_time(w, cells, folder, args.repeat)
                 for w in (plain_openpyxl, plain_xlsxwriter)}
        peak = peak_memory_mb(args.rows)
        seconds, read_rows, errors = read_time(args.read_rows, folder)
    print(f"write {args.rows} rows x {len(CLAIMS.columns)} columns (best of {args.repeat}):")
    print(f"  write_register        {mine:6.2f} s")
    for name, took in plain.items():
        print(f"  {name:<21} {took:6.2f} s   ratio {mine / took:4.2f}")
    fastest = min(plain, key=plain.get)
    ratio = mine / plain[fastest]
    if ratio > RATIO_TARGET:
        missed.append(f"write ratio {ratio:.2f} vs {fastest} > {RATIO_TARGET}")
    print(f"  peak memory (fresh process, streamed rows) {peak:6.1f} MB")
    if peak > MEMORY_TARGET_MB:
        missed.append(f"peak memory {peak:.0f} MB > {MEMORY_TARGET_MB:.0f} MB")
    print(f"read {read_rows} rows with ID validation: {seconds:.2f} s, {errors} errors")
    if seconds > READ_TARGET_S or errors or read_rows != args.read_rows:
        missed.append(f"read {seconds:.1f} s ({read_rows} rows, {errors} errors)")
    for line in missed:
        print(f"MISSED: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
