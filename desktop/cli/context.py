"""Opening the database for a command: resolve the URL, upgrade the schema."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.paths import resolve_database_url

if TYPE_CHECKING:
    from db.engine import Database


def open_database(db_arg: str | None) -> Database:
    """The database named by ``--db``/``UNIONDESK_DB``/default, upgraded to the current schema.

    SQLAlchemy and Alembic are imported here, not at the top, so that ``--help``
    and argument errors never load them; Alembic only when the schema is not
    already current (``db.schema_version``).
    """
    from db.engine import Database
    from db.schema_version import is_current

    database = Database(resolve_database_url(db_arg))
    if not is_current(database):
        from db.migrate import upgrade

        upgrade(database)
    return database


def cli_actor():
    """Headless commands act as the administrator, named after the OS user, so the audit trail says who."""
    import getpass

    from db.enums import Role
    from desktop.auth import Actor

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor(None, f"命令行（{user}）", Role.ADMIN)


def open_services(db_arg: str | None):
    """The command's one set of services: the same objects, and checks, the window uses."""
    from desktop.paths import files_dir
    from desktop.services import Services

    database = open_database(db_arg)
    return Services(database, files_dir(database.url.render_as_string(hide_password=False)))
