"""帮助 → 关于 in the window, and the scripted sign-in the bundle smoke test uses."""

from __future__ import annotations

import argparse
import io

import pytest

from db.enums import Role
from db.migrate import head_revision
from desktop.auth.officers import OfficerService
from desktop.errors import UserError
from desktop.version import __version__
from ui.about import AboutDialog
from ui.app import _sign_in, make_context, make_services
from ui.main_window import MainWindow
from ui.qt import QAction, QLabel


@pytest.fixture
def window(qtbot, sqlite_database, actors, tmp_path):
    from ui.qt import QSettings

    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    main = MainWindow(make_context(sqlite_database, actors[Role.ADMIN], prefs))
    qtbot.addWidget(main)
    return main


def test_about_shows_version_schema_database_and_fonts(qtbot, window):
    window.findChild(QAction, "about-action").trigger()
    dialog = window.findChild(AboutDialog)
    qtbot.waitExposed(dialog)
    text = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert text["version"] == f"工会调解工作台 UnionDesk {__version__}"
    assert text["数据库结构版本"] == f"{head_revision()}（最新）"
    assert text["数据库位置"].startswith("sqlite:///") and text["数据库位置"].endswith("test.db")
    assert "正文：" in text["文书字体"]


def _args(user, password_stdin=True):
    return argparse.Namespace(user=user, password_stdin=password_stdin)


def test_scripted_sign_in_checks_the_password(sqlite_database, monkeypatch):
    OfficerService(sqlite_database).create_first_admin("boss", "主任甲", "secret-pass-1")
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong-password\n"))
    with pytest.raises(UserError):
        _sign_in(sqlite_database, _args("boss"), make_services(sqlite_database))
    monkeypatch.setattr("sys.stdin", io.StringIO("secret-pass-1\n"))
    assert _sign_in(sqlite_database, _args("boss"), make_services(sqlite_database)).name == "主任甲"


def test_scripted_sign_in_needs_password_stdin(sqlite_database):
    with pytest.raises(UserError, match="--password-stdin"):
        _sign_in(sqlite_database, _args("boss", password_stdin=False), make_services(sqlite_database))
