"""Starting the window: Qt in Chinese, the database upgraded, the officer signed in."""

from __future__ import annotations

import sys

from db.engine import Database
from db.migrate import upgrade
from desktop.auth import Actor
from desktop.errors import UserError
from desktop.paths import files_dir, resolve_database_url
from ui.context import AppContext
from ui.errors import install_excepthook
from ui.qt import QApplication, QFont, QLocale, QSettings
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


def make_context(database: Database, actor: Actor, preferences: QSettings | None = None) -> AppContext:
    prefs = preferences if preferences is not None else QSettings()
    return AppContext(database=database, actor=actor, preferences=prefs,
                      files_dir=files_dir(database.url.render_as_string(hide_password=False)))


def run_window(args) -> int:
    from desktop.bootstrap import bootstrap

    bootstrap()
    app = make_application()
    install_excepthook()
    try:
        database = open_database(resolve_database_url(args.db))
    except UserError as error:
        QtPrompt().error(None, "无法打开数据库", str(error))
        return 1
    from ui.signin import sign_in
    from ui.trust.startup import confirm_storage, install_trust

    if not confirm_storage(database):
        return 0
    actor = sign_in(database)
    if actor is None:
        return 0
    from ui.main_window import MainWindow

    context = make_context(database, actor)
    window = MainWindow(context)
    trust = install_trust(window, context)
    window.show()
    status = app.exec()
    trust.on_exit(window)
    return status
