"""Schema upgrades with Alembic; the program upgrades an older database at start."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.engine import Database
from db.errors import UserError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class NewerSchemaError(UserError):
    """The database was written by a newer version of the program: refused, never downgraded."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"这个数据库由更新版本的工会调解工作台写入（数据库结构版本「{revision}」，"
            f"本程序只认识到「{head_revision()}」）。为免损坏数据，本程序不会打开它："
            "请安装最新版本的工会调解工作台后再打开。")


def alembic_config(database: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["database"] = database
    return config


def upgrade(database: Database, revision: str = "head") -> None:
    """Create the schema or bring an older one up to date, keeping its data.

    Raises ``NewerSchemaError`` (before touching anything) when the database's
    revision is unknown to this program, i.e. a newer version wrote it.
    """
    refuse_newer(database)
    with database.engine.begin() as connection:
        config = alembic_config(database)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    return _scripts().get_current_head()


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def refuse_newer(database: Database) -> None:
    revision = current_revision(database)
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(revision)


def _scripts() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def is_current(database: Database) -> bool:
    return current_revision(database) == head_revision()
