"""The year's figures from the exported registers, held against hand counts and ``stats --json``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.registers_io import register_figures as figures
from tests.registers_io.conftest import export
from tests.registers_io.data import populate

ROOT = Path(__file__).resolve().parents[2]


def from_registers(database, folder: Path, year: int) -> dict:
    paths = {kind: export(database, kind, folder / f"{kind}.xlsx") for kind in ("cases", "letters", "claims", "payments")}
    read = {kind: figures.records(path) for kind, path in paths.items()}
    return {"year": year, "cases": figures.case_figures(read["cases"], year),
            "letters": figures.letter_figures(read["letters"], year),
            "claims": figures.claim_figures(read["claims"], read["payments"], year)}


def test_register_figures_match_the_hand_count(filled, tmp_path):
    got = from_registers(filled, tmp_path, 2024)
    assert got["cases"] == {"accepted": 4, "closed": 2, "agreed": 1, "success_rate": 1.0,
                            "amount_claimed": "1028456.93", "amount_agreed": "20000.00",
                            "amount_recovered": "20000.00", "workers_involved": 16, "collective": 1}
    assert got["letters"] == {"prompt": 2, "opinion": 1, "recommendation": 0, "rectified": 1, "workers_covered": 65}
    assert got["claims"] == {"received": 3, "paid": 1, "amount_paid": "10000.00"}


def test_stats_json_matches_the_registers(sqlite_database, tmp_path):
    pytest.importorskip("desktop.stats", reason="desktop.stats is not on this branch yet (branch stats)")
    populate(sqlite_database)
    url = sqlite_database.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "main.py", "--db", url, "stats", "--year", "2024", "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    stats = json.loads(done.stdout)
    mine = from_registers(sqlite_database, tmp_path, 2024)
    assert stats["cases"] == mine["cases"] and stats["letters"] == mine["letters"]
    assert {k: stats["claims"][k] for k in mine["claims"]} == mine["claims"]
