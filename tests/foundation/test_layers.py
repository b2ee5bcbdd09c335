"""The domain layer and the storage layer import no Qt."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import builtins, importlib, pkgutil, sys
real_import = builtins.__import__
def guarded(name, *args, **kwargs):
    if name == "PySide6" or name.startswith("PySide6.") or name == "ui" or name.startswith("ui."):
        raise ImportError("layer violation: " + name)
    return real_import(name, *args, **kwargs)
builtins.__import__ = guarded
import db, desktop
for package in (db, desktop):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" in module.name:
            continue
        importlib.import_module(module.name)
print("ok")
"""


def test_db_and_desktop_import_without_qt():
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
