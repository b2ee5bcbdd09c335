"""Engine and units of work: SQLite (WAL, foreign keys) or PostgreSQL behind one URL.

Services open a ``db.write(actor)`` per user action: everything in it commits or
nothing does. Reads use ``db.read()``. The engine is made when the program starts,
never at import time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db import audit, search_index, search_kinds  # noqa: F401 - search_kinds registers the kinds
from db.errors import ConflictError, UserError, duplicate_from
from db.changes import Changes, collected

ChangeListener = Callable[[Changes], None]


class Database:
    """One database: its engine, session factory and change listeners."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = make_url(url)
        self.engine = _make_engine(url, echo)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(self._sessions)
        search_index.install(self._sessions)
        self._listeners: list[ChangeListener] = []

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def subscribe(self, listener: ChangeListener) -> None:
        """Call ``listener(changes)`` after every committed write that changed something."""
        self._listeners.append(listener)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session, _translated_errors():
            yield session

    @contextmanager
    def write(self, actor=None, *, audited: bool = True) -> Iterator[Session]:
        """A unit of work: commit on success, roll back on any error."""
        session = self._sessions(info={"actor": actor, "audited": audited})
        try:
            with _translated_errors():
                session.connection(execution_options={"sqlite_immediate": True})
                yield session
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            changed = collected(session)
            session.close()
        self._publish(changed)

    def _publish(self, changed: Changes) -> None:
        if changed:
            for listener in list(self._listeners):
                listener(changed)

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except StaleDataError as exc:
        raise ConflictError("该记录已被其他人修改，请重新打开后再保存。") from exc
    except OperationalError as exc:
        raise _operational_message(exc) from exc
    except IntegrityError as exc:
        duplicate = duplicate_from(exc.orig)
        if duplicate is None:
            raise  # a foreign key or NOT NULL broken: a bug, for the crash handler
        raise duplicate from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise UserError("与数据库的连接已断开，请检查网络或数据库服务器后重试。") from exc
        raise


def _operational_message(exc: OperationalError) -> Exception:
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return UserError("数据库正被其他操作占用，请稍候几秒再试。")
    if "disk" in text and ("full" in text or "i/o" in text):
        return UserError("磁盘已满或无法写入，数据未保存。请清理磁盘空间后重试。")
    if "connection" in text or "could not connect" in text or "unable to open" in text:
        return UserError(f"无法连接数据库：{exc.orig}。请检查数据库地址、网络或文件权限。")
    return exc


def _make_engine(url: str, echo: bool) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False, "timeout": 15})
        _configure_sqlite(engine)
    else:
        engine = create_engine(url, echo=echo, pool_pre_ping=True)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        immediate = conn.get_execution_options().get("sqlite_immediate")
        # straight to the driver: every read opens a transaction, and the statement path
        # of the engine would cost more than the BEGIN itself
        conn.connection.driver_connection.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
