"""``main.py demo`` from the command line, and ``ensure-demo``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.demo import ensure_demo

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_init_twice_then_demo(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert run("--db", url, "init").returncode == 0
    assert run("--db", url, "init").returncode == 0
    result = run("--db", url, "demo", "--cases", "300", "--seed", "1")
    assert result.returncode == 0, result.stderr
    assert "调解案件：300" in result.stdout and "Traceback" not in result.stderr


def test_demo_refuses_negative_count(tmp_path):
    result = run("--db", f"sqlite:///{tmp_path / 'x.db'}", "demo", "--cases", "-5")
    assert result.returncode == 2 and "不能为负数" in result.stderr


def test_ensure_demo_only_fills_a_new_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'sub' / 'demo.db'}"
    assert ensure_demo(url, seed=3) is True
    assert ensure_demo(url, seed=3) is False
