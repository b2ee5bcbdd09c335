"""The throwaway PostgreSQL server is real: start it, use it, stop it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from tests.support.fixtures import pg_required
from tests.support.pgserver import PgNotFound, PgServer, find_pg_bin_dir, running_server

ROOT = Path(__file__).resolve().parents[2]


def _pg_or_skip() -> None:
    """Same rule as the pg_server fixture: skip only when not required."""
    try:
        find_pg_bin_dir()
    except PgNotFound as exc:
        if pg_required():
            pytest.fail(f"UNIONDESK_REQUIRE_PG is set but PostgreSQL is missing: {exc}", pytrace=False)
        pytest.skip(f"!!! POSTGRESQL TESTS NOT RUN !!! {exc}")


@pytest.fixture(scope="module")
def server():
    _pg_or_skip()
    t0 = time.monotonic()
    with running_server() as pg:
        pg.started_in = time.monotonic() - t0  # type: ignore[attr-defined]
        yield pg


def test_server_starts_fast_and_answers(server: PgServer) -> None:
    assert server.started_in < 15, f"server took {server.started_in:.1f}s to start"
    assert server.url == f"postgresql+psycopg://postgres@127.0.0.1:{server.port}/postgres"
    with psycopg.connect(server.dsn()) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
        encoding = conn.execute("SHOW server_encoding").fetchone()[0]
        fsync = conn.execute("SHOW fsync").fetchone()[0]
    assert version
    assert encoding == "UTF8"
    assert fsync == "off"


def test_table_round_trip_with_psycopg(server: PgServer) -> None:
    with psycopg.connect(server.dsn()) as conn:
        conn.execute("CREATE TABLE cases (id serial PRIMARY KEY, title text NOT NULL)")
        conn.execute("INSERT INTO cases (title) VALUES (%s), (%s)", ("调解案件", "理赔支付"))
        conn.commit()
        rows = conn.execute("SELECT id, title FROM cases ORDER BY id").fetchall()
    assert rows == [(1, "调解案件"), (2, "理赔支付")]


def test_second_database_via_create_database(server: PgServer) -> None:
    url = server.create_database("second_db")
    assert url.endswith(f":{server.port}/second_db")
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE letters (id int PRIMARY KEY, kind text)"))
            conn.execute(sa.text("INSERT INTO letters VALUES (1, '一函两书')"))
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT kind FROM letters")).scalar_one() == "一函两书"
            assert conn.execute(sa.text("SELECT current_database()")).scalar_one() == "second_db"
    finally:
        engine.dispose()
    # The table lives only in the new database.
    with psycopg.connect(server.dsn()) as conn:
        assert conn.execute("SELECT to_regclass('letters')").fetchone()[0] is None
    server.drop_database("second_db")
    with psycopg.connect(server.dsn()) as conn:
        names = {r[0] for r in conn.execute("SELECT datname FROM pg_database")}
    assert "second_db" not in names


def test_create_database_rejects_unsafe_names(server: PgServer) -> None:
    with pytest.raises(ValueError):
        server.create_database('x"; DROP DATABASE postgres; --')


def test_stop_removes_everything() -> None:
    _pg_or_skip()
    with running_server() as pg:
        base = pg.base_dir
        assert (base / "data" / "postmaster.pid").exists()
    assert not base.exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(pg.dsn(), connect_timeout=2)


def test_explicit_bin_dir_that_is_wrong_is_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNIONDESK_PG_BIN", "/nonexistent/pg/bin")
    with pytest.raises(PgNotFound):
        find_pg_bin_dir()


# --- the pytest fixtures in tests/support/fixtures.py, run in a child pytest ---

_CHILD_TEST = textwrap.dedent(
    """
    import psycopg

    def test_uses_pg(pg_server, pg_database_url):
        assert pg_database_url.startswith("postgresql+psycopg://postgres@127.0.0.1:")
        with psycopg.connect(pg_server.dsn()) as conn:
            assert conn.execute("select 1").fetchone() == (1,)
    """
)


def _run_child_pytest(tmp_path: Path, **env_overrides: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["tests.support.fixtures"]\n')
    (tmp_path / "test_child.py").write_text(_CHILD_TEST)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    for key, value in env_overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:pytestqt", "-p", "no:hypothesispytest", "-rs", "-q", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_fixture_gives_a_working_server(tmp_path: Path) -> None:
    _pg_or_skip()
    r = _run_child_pytest(tmp_path, UNIONDESK_REQUIRE_PG="1", UNIONDESK_PG_BIN=None)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 passed" in r.stdout


def test_fixture_skips_loudly_without_postgres_when_not_required(tmp_path: Path) -> None:
    r = _run_child_pytest(tmp_path, UNIONDESK_REQUIRE_PG=None, UNIONDESK_PG_BIN="/nonexistent/pg/bin")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 skipped" in r.stdout
    assert "POSTGRESQL TESTS NOT RUN" in r.stdout


def test_fixture_fails_without_postgres_when_required(tmp_path: Path) -> None:
    r = _run_child_pytest(tmp_path, UNIONDESK_REQUIRE_PG="1", UNIONDESK_PG_BIN="/nonexistent/pg/bin")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "1 error" in r.stdout
    assert "UNIONDESK_REQUIRE_PG is set" in r.stdout
