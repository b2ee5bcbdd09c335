"""Offscreen screenshots of the main lists and the intake form at 1366×768 and 1920×1080,
on a fresh demo database (nothing touched outside a temporary folder).

    QT_QPA_PLATFORM=offscreen uv run python scripts/toolkit_screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from sqlalchemy import select

from db.engine import Database
from db.enums import Role
from db.migrate import upgrade
from db.models import Officer
from desktop.auth import Actor
from desktop.demo import generate
from tests.support.prompts import ScriptedPrompt
from ui.app import make_application, make_context
from ui.main_window import MainWindow
from ui.qt import QSettings

SIZES = ((1366, 768), (1920, 1080))
AREAS = {"调解案件": "cases", "一函两书": "letters"}


def settle(app, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def main(out: Path) -> None:
    app = make_application()
    tmp = Path(tempfile.mkdtemp())
    database = Database(f"sqlite:///{tmp / 'demo.db'}")
    upgrade(database)
    generate(database, cases=60, letters=30, claims=60, seed=3)
    with database.read() as session:
        officer = session.scalar(select(Officer).where(Officer.role == Role.ADMIN))
        actor = Actor(officer.id, officer.display_name, officer.role)
    context = make_context(database, actor, QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    context.prompt = ScriptedPrompt()  # messages are recorded, never block the offscreen run
    for width, height in SIZES:
        window = MainWindow(context)
        window.showNormal()
        window.resize(width, height)
        for area, name in AREAS.items():
            window.show_area(area)
            settle(app)
            window.grab().save(str(out / f"{name}-{width}x{height}.png"))
        dialog = window.show_area("调解案件").open_intake()
        dialog.tabs.setCurrentIndex(1)
        dialog.applicants.add_new()  # blank: refused, the name field marked
        settle(app)
        dialog.grab().save(str(out / f"intake-refused-{width}x{height}.png"))
        dialog.guard.mark_clean()
        dialog.reject()
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
