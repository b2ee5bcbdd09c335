"""A throwaway PostgreSQL server for tests — a real server, no mock.

    with running_server() as pg:
        engine = sqlalchemy.create_engine(pg.url)
        other_url = pg.create_database("cases_test")

The server binaries (initdb, pg_ctl, postgres) are looked up in
$UNIONDESK_PG_BIN (if set, only there), then on PATH, then in /usr/lib/postgresql/*/bin (newest
version first).  The cluster lives in a fresh directory under /tmp, listens on
127.0.0.1 on a free port (and on a Unix socket inside that directory), trusts
every local connection and runs with fsync off, so it starts in about a second.
When the tests run as root, initdb and the server run as the ``postgres``
system user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterator

__all__ = [
    "PgNotFound",
    "PgServer",
    "PgStartError",
    "find_pg_bin_dir",
    "running_server",
]

_EXE = ".exe" if os.name == "nt" else ""
_TOOLS = tuple(t + _EXE for t in ("initdb", "pg_ctl", "postgres"))
_SAFE_DB_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


class PgNotFound(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


class PgStartError(RuntimeError):
    """initdb or the server failed; the message carries the server log."""


def _has_tools(d: str | os.PathLike[str]) -> bool:
    return all(os.access(os.path.join(d, t), os.X_OK) for t in _TOOLS)


def _version_key(path: str) -> tuple[int, ...]:
    # /usr/lib/postgresql/15/bin -> (15,)
    ver = Path(path).parent.name
    return tuple(int(x) for x in re.findall(r"\d+", ver)) or (0,)


def find_pg_bin_dir() -> Path:
    """The directory holding initdb, pg_ctl and postgres; raises PgNotFound."""
    tried: list[str] = []
    env_dir = os.environ.get("UNIONDESK_PG_BIN")
    if env_dir:
        if _has_tools(env_dir):
            return Path(env_dir)
        # An explicit choice that is wrong is not silently replaced by another one.
        raise PgNotFound(f"$UNIONDESK_PG_BIN={env_dir} does not hold initdb, pg_ctl and postgres")
    on_path = shutil.which("pg_ctl" + _EXE)
    if on_path:
        # Follow symlinks (e.g. /usr/local/bin/pg_ctl -> /usr/lib/postgresql/15/bin/pg_ctl)
        for cand in (os.path.dirname(os.path.realpath(on_path)), os.path.dirname(on_path)):
            if _has_tools(cand):
                return Path(cand)
            tried.append(cand)
    versioned = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    for cand in versioned + ["/usr/local/pgsql/bin"]:
        if _has_tools(cand):
            return Path(cand)
        tried.append(cand)
    raise PgNotFound(
        "no PostgreSQL server binaries (initdb, pg_ctl, postgres) found; looked in: "
        + ", ".join(tried or ["PATH", "/usr/lib/postgresql/*/bin"])
        + ". Install them with `bash scripts/setup.sh` (Debian package postgresql)."
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    """A running throwaway cluster.  Use running_server() or start()/stop()."""

    bin_dir: Path
    base_dir: Path
    port: int
    user: str = "postgres"
    _run_as: str | None = None
    _stopped: bool = False

    # --- addresses -------------------------------------------------------
    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def data_dir(self) -> Path:
        return self.base_dir / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base_dir

    @property
    def log_file(self) -> Path:
        return self.base_dir / "server.log"

    def url_for(self, dbname: str) -> str:
        """SQLAlchemy URL (psycopg 3 driver) for a database on this server."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    @property
    def url(self) -> str:
        return self.url_for("postgres")

    def dsn(self, dbname: str = "postgres") -> str:
        """libpq connection string, for psycopg.connect()."""
        return f"host={self.host} port={self.port} user={self.user} dbname={dbname}"

    # --- databases -------------------------------------------------------
    def create_database(self, name: str) -> str:
        """Creates an empty database and returns its SQLAlchemy URL."""
        if not _SAFE_DB_NAME.match(name):
            raise ValueError(f"unsafe database name: {name!r}")
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drops a database, closing whatever connections still use it."""
        if not _SAFE_DB_NAME.match(name):
            raise ValueError(f"unsafe database name: {name!r}")
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    # --- life cycle ------------------------------------------------------
    def _run(self, args: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C", LANG="C")
        kwargs: dict = {}
        if self._run_as:
            # Same effect as `runuser -u postgres -- ...`, without needing runuser.
            import pwd

            kwargs.update(user=self._run_as, group=pwd.getpwnam(self._run_as).pw_gid, extra_groups=[])
            env["HOME"] = str(self.base_dir)
        return subprocess.run(
            args,
            cwd=self.base_dir,  # the caller's cwd (e.g. /root) may be closed to postgres
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            **kwargs,
        )

    def _log_tail(self, n: int = 40) -> str:
        try:
            lines = self.log_file.read_text(errors="replace").splitlines()
        except OSError:
            return "(no server log)"
        return "\n".join(lines[-n:])

    def _initdb(self) -> None:
        r = self._run(
            [
                str(self.bin_dir / ("initdb" + _EXE)),
                "-D", str(self.data_dir),
                "-A", "trust",
                "-U", self.user,
                "--no-sync",
                "-E", "UTF8",
                "--locale=C",
            ]
        )
        if r.returncode != 0:
            raise PgStartError(f"initdb failed (exit {r.returncode}):\n{r.stdout}\n{r.stderr}")

    def _pg_ctl_start(self) -> subprocess.CompletedProcess[str]:
        opts = " ".join(
            [
                "-F",
                "-k", shlex.quote(str(self.socket_dir)),
                "-p", str(self.port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "fsync=off",
                "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off",
                "-c", "max_connections=100",
            ]
        )
        return self._run(
            [
                str(self.bin_dir / ("pg_ctl" + _EXE)),
                "-D", str(self.data_dir),
                "-l", str(self.log_file),
                "-w", "-t", "60",
                "-o", opts,
                "start",
            ],
            timeout=90,
        )

    def start(self) -> PgServer:
        self._initdb()
        for _attempt in range(3):
            r = self._pg_ctl_start()
            if r.returncode == 0:
                atexit.register(self.stop)
                return self
            # Most likely another process took the port in between: try another.
            log = self._log_tail()
            if "could not bind" in log or "in use" in log:
                self.port = _free_port()
                continue
            break
        self._remove_dir()
        raise PgStartError(
            f"pg_ctl start failed (exit {r.returncode}):\n{r.stdout}\n{r.stderr}\n--- server log ---\n{log}"
        )

    def stop(self) -> None:
        """Stops the server at once (-m immediate) and removes its directory."""
        if self._stopped:
            return
        self._stopped = True
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)
        if (self.data_dir / "postmaster.pid").exists():
            with contextlib.suppress(Exception):
                self._run([str(self.bin_dir / ("pg_ctl" + _EXE)), "-D", str(self.data_dir), "stop", "-m", "immediate", "-w"], timeout=30)
        self._remove_dir()

    def _remove_dir(self) -> None:
        shutil.rmtree(self.base_dir, ignore_errors=True)

    def __enter__(self) -> PgServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(bin_dir: Path | None = None) -> PgServer:
    """Creates, starts and returns a server; call .stop() when done."""
    bin_dir = bin_dir or find_pg_bin_dir()
    # Under /tmp (mode 1777, traversable by everyone) and not $TMPDIR, which may
    # sit below a directory the postgres user cannot enter.
    base = Path(tempfile.mkdtemp(prefix="uniondesk-pg-", dir="/tmp" if os.name == "posix" else None))
    os.chmod(base, 0o755)
    run_as = None
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base, ignore_errors=True)
            raise PgStartError(
                "running as root but there is no 'postgres' system user to run the server as "
                "(the Debian package postgresql creates it: bash scripts/setup.sh)"
            ) from None
        os.chown(base, pw.pw_uid, pw.pw_gid)
        run_as = "postgres"
    server = PgServer(bin_dir=bin_dir, base_dir=base, port=_free_port(), _run_as=run_as)
    try:
        return server.start()
    except BaseException:
        server._remove_dir()
        raise


@contextlib.contextmanager
def running_server(bin_dir: Path | None = None) -> Iterator[PgServer]:
    """Context manager: a running server, stopped and removed on exit."""
    server = start_server(bin_dir)
    try:
        yield server
    finally:
        server.stop()


if __name__ == "__main__":  # manual check: python -m tests.support.pgserver
    t0 = time.monotonic()
    with running_server() as pg:
        print(f"started in {time.monotonic() - t0:.2f}s: {pg.url} (dir {pg.base_dir})")
