"""Starting the window: Qt in Chinese, the database upgraded, the officer signed in."""

from __future__ import annotations

import sys

from db.engine import Database
from db.migrate import NewerSchemaError, upgrade
from desktop.auth import Actor
from desktop.errors import UserError
from desktop.paths import files_dir, resolve_database_url
from ui.context import AppContext
from ui.errors import install_excepthook
from ui.qt import QApplication, QFont, QLibraryInfo, QLocale, QMessageBox, QSettings, QTimer, QTranslator


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("UnionDesk")
    app.setOrganizationName("UnionDesk")
    app.setApplicationDisplayName("工会调解工作台")
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    _install_translators(app)
    app.setFont(QFont(["Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "sans-serif"], 10))
    return app


def _install_translators(app: QApplication) -> None:
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN", "qt_zh_CN"):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)


def open_database(url: str) -> Database:
    database = Database(url)
    upgrade(database)
    return database


def make_context(database: Database, actor: Actor, preferences: QSettings | None = None) -> AppContext:
    prefs = preferences if preferences is not None else QSettings()
    return AppContext(database=database, actor=actor, preferences=prefs,
                      files_dir=files_dir(database.url.render_as_string(hide_password=False)))


def _sign_in(database: Database, args) -> Actor | None:
    """The sign-in dialog, or ``--user NAME --password-stdin`` checked like the dialog checks it."""
    if not getattr(args, "user", None):
        from ui.signin import sign_in

        return sign_in(database)
    if not args.password_stdin:
        raise UserError("给出 --user 时须同时给出 --password-stdin，并从标准输入提供密码。")
    from desktop.auth.officers import OfficerService
    from desktop.auth.signin import authenticate

    actor = authenticate(database, args.user, sys.stdin.readline().rstrip("\r\n"))
    if OfficerService(database).must_change_password(actor):
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
    except (UserError, NewerSchemaError) as error:
        QMessageBox.critical(None, "无法打开数据库", str(error))
        return 1
    from ui.trust.startup import confirm_storage, install_trust

    if not confirm_storage(database):
        return 0
    try:
        actor = _sign_in(database, args)
    except UserError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    if actor is None:
        return 0
    from ui.main_window import MainWindow

    context = make_context(database, actor)
    window = MainWindow(context)
    trust = install_trust(window, context)
    window.show()
    _announce_window(args)
    status = app.exec()
    trust.on_exit(window)
    return status
