"""``main.py --help`` loads neither the database layer, Qt nor the PDF engine; the CLI's kind lists are true."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "PySide6", "reportlab", "openpyxl")

PROBE = """
import runpy, sys
sys.argv = ["main.py", "--help"]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit:
    pass
print("LOADED", sorted({m.split(".")[0] for m in sys.modules} & set(%r)))
"""


def test_help_loads_nothing_heavy():
    result = subprocess.run([sys.executable, "-c", PROBE % (HEAVY,)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "render" in result.stdout and "LOADED []" in result.stdout


def test_register_kinds_spelled_in_the_cli_match_the_registers():
    from desktop.cli.registers import EXPORT_KINDS, IMPORT_KINDS
    from desktop.registers_io import EXPORTS, IMPORTS

    assert EXPORT_KINDS == tuple(EXPORTS) and IMPORT_KINDS == tuple(IMPORTS)
