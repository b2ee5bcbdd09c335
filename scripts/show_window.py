"""Open the main window on a database as a given officer, on a given area (for screenshots).

    uv run python scripts/screenshot.py out/main.png --wait 5 -- \
        python scripts/show_window.py --db sqlite:///demo.db --user admin --area 调解案件

A developer's tool: it skips the sign-in dialog (whoever can read the database
file can do this anyway). Officers use ``python main.py``.
"""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import select

from db.models import Officer
from desktop.auth import Actor
from desktop.bootstrap import bootstrap
from ui.app import make_application, make_context, open_database
from ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--area", default=None)
    args = parser.parse_args()
    bootstrap()
    app = make_application()
    database = open_database(args.db)
    with database.read() as session:
        officer = session.scalar(select(Officer).where(Officer.username == args.user))
    window = MainWindow(make_context(database, Actor(officer.id, officer.display_name, officer.role)))
    if args.area:
        window.show_area(args.area)
    window.showMaximized()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
