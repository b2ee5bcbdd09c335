"""Starting the window: Qt in Chinese, the database upgraded, the officer signed in."""

from __future__ import annotations

import sys

from db.engine import Database
from db.migrate import upgrade
from desktop.auth import Actor
from desktop.errors import UserError
from desktop.paths import files_dir, resolve_database_url
from desktop.services import Services
from ui.context import AppContext
from ui.errors import install_excepthook
from ui.qt import QApplication, QFont, QLocale, QSettings, QTimer
from ui.translations import install_chinese
from ui.widgets.prompts import QtPrompt


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("UnionDesk")
    app.setOrganizationName("UnionDesk")
    app.setApplicationDisplayName("工会调解工作台")
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    if not getattr(app, "_chinese_translators", None):
        install_chinese(app)
    app.setFont(QFont(["Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "sans-serif"], 10))
    return app


def open_database(url: str) -> Database:
    database = Database(url)
    upgrade(database)
    return database


def make_services(database: Database) -> Services:
    """The program's one set of services for ``database`` (its files folder beside it)."""
    return Services(database, files_dir(database.url.render_as_string(hide_password=False)))


def make_context(database: Database, actor: Actor, preferences: QSettings | None = None,
                 services: Services | None = None) -> AppContext:
    prefs = preferences if preferences is not None else QSettings()
    services = services or make_services(database)
    return AppContext(database=database, actor=actor, preferences=prefs, files_dir=services.files_dir,
                      services=services)


def _sign_in(database: Database, args, services: Services) -> Actor | None:
    """The sign-in dialog, or ``--user NAME --password-stdin`` checked like the dialog checks it."""
    if not getattr(args, "user", None):
        from ui.signin import sign_in

        return sign_in(database, officers=services.officers)
    if not args.password_stdin:
        raise UserError("给出 --user 时须同时给出 --password-stdin，并从标准输入提供密码。")
    from desktop.auth.signin import authenticate

    actor = authenticate(database, args.user, sys.stdin.readline().rstrip("\r\n"))
    if services.officers.must_change_password(actor):
        raise UserError(f"用户「{args.user}」须先在登录窗口修改初始密码。")
    return actor


def _announce_window(args) -> None:
    """With ``--quit-after S``: say on stderr when the window is up, and close it S seconds later."""
    seconds = getattr(args, "quit_after", None)
    if seconds is None:
        return
    print("[UnionDesk] main window shown", file=sys.stderr, flush=True)
    QTimer.singleShot(int(seconds * 1000), QApplication.quit)


def run_window(args) -> int:
    from desktop.bootstrap import bootstrap

    bootstrap()
    app = make_application()
    install_excepthook()
    try:
        database = open_database(resolve_database_url(args.db))
    except UserError as error:  # NewerSchemaError included
        QtPrompt().error(None, "无法打开数据库", str(error))
        return 1
    from ui.trust.startup import confirm_storage

    if not confirm_storage(database):
        return 0
    services = make_services(database)
    try:
        actor = _sign_in(database, args, services)
    except UserError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    if actor is None:
        return 0
    from ui.session import WindowSession

    session = WindowSession(database, services=services)
    session.open(actor)
    _announce_window(args)
    status = app.exec()
    session.finish()
    return status
