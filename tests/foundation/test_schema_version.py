"""The quick schema check that lets a command skip Alembic when nothing needs upgrading."""

import subprocess
import sys

from sqlalchemy import text

from db import schema_version
from db.engine import Database
from db.migrate import head_revision


def test_head_is_alembics_head():
    assert schema_version.head_revision() == head_revision()


def test_current_only_at_the_head(database):
    assert schema_version.is_current(database)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert not schema_version.is_current(database)


def test_an_empty_database_is_not_current(tmp_path):
    assert not schema_version.is_current(Database(f"sqlite:///{tmp_path / 'empty.db'}"))


def test_a_current_database_opens_without_alembic(sqlite_database):
    url = str(sqlite_database.engine.url)
    code = ("import sys; from desktop.cli.context import open_database; open_database(sys.argv[1]); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
