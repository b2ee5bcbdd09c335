"""The validation, money and calendar modules must import without Qt."""

from __future__ import annotations

import subprocess
import sys

BLOCK_QT_AND_IMPORT = """
import sys
sys.modules["PySide6"] = None  # any 'import PySide6...' now raises ImportError
import desktop.calendar, desktop.money, desktop.validation
print("ok")
"""


def test_imports_without_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT_AND_IMPORT], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr
