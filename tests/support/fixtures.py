"""pytest fixtures for a real PostgreSQL server and a virtual X screen.

Enable with, in tests/conftest.py:

    pytest_plugins = ["tests.support.fixtures"]

Fixtures:
    pg_server       session: a running throwaway PostgreSQL server (PgServer);
                    .url is the SQLAlchemy URL of its "postgres" database,
                    .create_database(name) -> url makes another one.
    pg_database_url function: URL of a fresh, empty database, dropped afterwards.
    xvfb_display    session: ":N" of a running Xvfb (1366x768x24); use
                    tests.support.xvfb.display_env(display) for subprocesses.

When the PostgreSQL binaries (or Xvfb) are missing these fixtures SKIP with a
loud reason — unless UNIONDESK_REQUIRE_PG=1 (set by scripts/test.sh and
.ci/run), in which case they FAIL: in CI a missing server is an error.
"""

from __future__ import annotations

import itertools
import os
import uuid

import pytest

from tests.support.pgserver import PgNotFound, PgServer, find_pg_bin_dir, running_server
from tests.support.xvfb import running_xvfb, xvfb_available

_db_counter = itertools.count(1)


def pg_required() -> bool:
    """True when a missing PostgreSQL (or Xvfb) must fail the run (UNIONDESK_REQUIRE_PG=1)."""
    return os.environ.get("UNIONDESK_REQUIRE_PG", "").strip() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def pg_server():
    try:
        bin_dir = find_pg_bin_dir()
    except PgNotFound as exc:
        if pg_required():
            pytest.fail(f"UNIONDESK_REQUIRE_PG is set but PostgreSQL is missing: {exc}", pytrace=False)
        pytest.skip(f"!!! POSTGRESQL TESTS NOT RUN !!! {exc}")
    with running_server(bin_dir) as server:
        yield server


@pytest.fixture
def pg_database_url(pg_server: PgServer):
    name = f"t{next(_db_counter)}_{uuid.uuid4().hex[:8]}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def xvfb_display():
    if not xvfb_available():
        msg = "Xvfb is not installed (Debian package xvfb: bash scripts/setup.sh)"
        if pg_required():
            pytest.fail(f"UNIONDESK_REQUIRE_PG is set (full run) but {msg}", pytrace=False)
        pytest.skip(f"!!! REAL-WINDOW TESTS NOT RUN !!! {msg}")
    with running_xvfb() as display:
        yield display
