"""Shared pytest set-up.

- Qt runs offscreen.
- ``database``: a freshly migrated database, once on SQLite and once on a real,
  throwaway PostgreSQL server (tests marked ``db``). Use it for everything below
  the window: models, queries, services.
- ``sqlite_database``: SQLite only, for window tests.
- ``actors``: one signed-in officer per role, keyed by ``Role``.
- ``template_database(request, tmp_path, key, build)``: a private copy of a database
  built once per test session (per xdist worker) by ``build(database)`` on top of the
  migrated template, e.g. the shared demo data set (tests/demo/conftest.py). Each test
  gets its own copy, so a test that writes cannot disturb another.

Speed: each test gets a *copy* of a database migrated once per session (a file copy on
SQLite, ``CREATE DATABASE ... TEMPLATE`` on PostgreSQL, dropped after the test). Under
pytest-xdist (``-n 2`` in scripts/test.sh) every worker has its own session: its own
PostgreSQL server (free port, own data directory), its own templates and Xvfb display.
"""

from __future__ import annotations

import os
import shutil
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.engine import Database  # noqa: E402
from db.enums import Role  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.models import Officer  # noqa: E402
from desktop.auth import Actor  # noqa: E402

pytest_plugins = ["tests.support.fixtures"]

OFFICER_NAMES = {Role.ADMIN: "管理员甲", Role.DIRECTOR: "李主任", Role.MEDIATOR: "王调解",
                 Role.CLERK: "赵登记", Role.AUDITOR: "钱审计"}


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    database.dispose()
    return path


@pytest.fixture(scope="session")
def shipped_calendar(sqlite_template):
    """The holiday calendar migration 0003 ships (2023-2026), read from a migrated database."""
    from desktop.calendar import calendar_of

    database = Database(f"sqlite:///{sqlite_template}")
    try:
        with database.read() as session:
            return calendar_of(session)
    finally:
        database.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_server):
    url = pg_server.create_database("uniondesk_template")
    database = Database(url)
    upgrade(database)
    database.dispose()
    return "uniondesk_template"


def _sqlite_copy(template, tmp_path) -> Database:
    path = tmp_path / "test.db"
    shutil.copy(template, path)
    return Database(f"sqlite:///{path}")


def _pg_copy(pg_server, template_name) -> Database:
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    # FILE_COPY copies the template's files instead of writing them all to the WAL
    # (PostgreSQL 15's default), several times quicker for these small databases.
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}" STRATEGY FILE_COPY')
    return Database(pg_server.url_for(name))


def _copy(request, backend: str, sqlite_path, pg_name, tmp_path) -> Database:
    if backend == "sqlite":
        return _sqlite_copy(sqlite_path, tmp_path)
    return _pg_copy(request.getfixturevalue("pg_server"), pg_name)


def _discard(request, database: Database) -> None:
    database.dispose()
    if not database.is_sqlite:  # a session's hundreds of copies would otherwise fill /tmp
        request.getfixturevalue("pg_server").drop_database(database.url.database)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.db)])
def database(request, sqlite_template, tmp_path):
    if request.param == "sqlite":
        db = _sqlite_copy(sqlite_template, tmp_path)
    else:
        db = _pg_copy(request.getfixturevalue("pg_server"), request.getfixturevalue("pg_template"))
    yield db
    _discard(request, db)


@pytest.fixture(scope="session")
def _built_templates(tmp_path_factory):
    return {}


@pytest.fixture
def template_database(request, _built_templates, tmp_path):
    """``template_database(key, build)``: a copy of the test's backend (the ``database``
    parameter, SQLite otherwise) after ``build(database)``, which runs once per session."""
    made: list[Database] = []

    def copy(key: str, build) -> Database:
        backend = getattr(getattr(request, "node", None), "callspec", None)
        backend = backend.params.get("database", "sqlite") if backend else "sqlite"
        if (key, backend) not in _built_templates:
            _built_templates[(key, backend)] = _build_template(request, backend, key, build)
        sqlite_path, pg_name = _built_templates[(key, backend)]
        database = _copy(request, backend, sqlite_path, pg_name, tmp_path)
        made.append(database)
        return database

    yield copy
    for database in made:
        _discard(request, database)


def _build_template(request, backend: str, key: str, build):
    if backend == "sqlite":
        base = request.getfixturevalue("sqlite_template")
        path = request.getfixturevalue("tmp_path_factory").mktemp(f"template-{key}") / "template.db"
        shutil.copy(base, path)
        database = Database(f"sqlite:///{path}")
        build(database)
        database.dispose()
        return path, None
    database = _pg_copy(request.getfixturevalue("pg_server"), request.getfixturevalue("pg_template"))
    build(database)
    database.dispose()
    return None, database.url.database


@pytest.fixture
def sqlite_database(sqlite_template, tmp_path):
    db = _sqlite_copy(sqlite_template, tmp_path)
    yield db
    db.dispose()


def make_officers(database: Database) -> dict[Role, Actor]:
    actors = {}
    with database.write(None) as session:
        for role, name in OFFICER_NAMES.items():
            officer = Officer(username=role.value.lower(), display_name=name, role=role)
            session.add(officer)
            session.flush()
            actors[role] = Actor(officer.id, name, role)
    return actors


@pytest.fixture
def actors(database):
    return make_officers(database)


@pytest.fixture
def sqlite_actors(sqlite_database):
    return make_officers(sqlite_database)


@pytest.fixture
def preferences(tmp_path):
    from ui.qt import QSettings

    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


def gui_context_for(database, actor, preferences, qapp):
    """A window context whose background tasks run inline (a test of the real worker
    thread sets ``context.runner = TaskRunner()`` itself) and whose messages and questions
    go to a ``ScriptedPrompt`` (``context.prompt.script(...)`` answers; ``.shown`` records)."""
    from tests.support.prompts import ScriptedPrompt
    from ui.app import make_context
    from ui.tasks import TaskRunner

    context = make_context(database, actor, preferences)
    context.runner = TaskRunner(synchronous=True)
    context.prompt = ScriptedPrompt()
    return context


@pytest.fixture
def gui_context(sqlite_database, sqlite_actors, preferences, qapp):
    """A window context on SQLite, signed in as the administrator."""
    return gui_context_for(sqlite_database, sqlite_actors[Role.ADMIN], preferences, qapp)
