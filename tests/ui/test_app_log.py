"""The application log: one rotating file beside the database, no personal data, shown under 帮助."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from desktop import applog
from desktop.validation import make_credit_code, make_id_number
from ui.qt import QLabel, QMenu


@pytest.fixture
def app_log(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    for handler in before:
        if getattr(handler, "uniondesk_log", None) is not None:
            root.removeHandler(handler)
    path = applog.configure(f"sqlite:///{tmp_path / 'centre.db'}")
    yield path
    for handler in list(root.handlers):
        if getattr(handler, "uniondesk_log", None) is not None:
            root.removeHandler(handler)
            handler.close()
    for handler in before:
        if handler not in root.handlers:
            root.addHandler(handler)


def _text(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_lies_beside_the_database_and_is_configured_once(app_log, tmp_path):
    assert app_log == tmp_path / "centre.log"
    assert applog.configure(f"sqlite:///{tmp_path / 'other.db'}") == app_log
    assert sum(getattr(h, "uniondesk_log", None) is not None for h in logging.getLogger().handlers) == 1
    assert "UnionDesk started" in _text(app_log)


def test_no_personal_data_reaches_the_file_even_in_a_traceback(app_log):
    id_number = make_id_number("110228", date(1990, 5, 17), 7)
    code = make_credit_code("91110228MA0000001")
    log = logging.getLogger("tests.applog")
    log.warning("worker %s phone %s unit %s card %s", id_number, "13800138000", code, "6222021234567890123")
    try:
        raise ValueError(f"bad worker {id_number} tel 010-87654321")
    except ValueError:
        log.exception("saving failed")
    text = _text(app_log)
    for secret in (id_number, "13800138000", code, "6222021234567890123", "87654321"):
        assert secret not in text
    assert "[身份证号]" in text and "[电话]" in text and "[信用代码]" in text and "[卡号]" in text
    assert "Traceback (most recent call last)" in text and "ValueError: bad worker [身份证号]" in text


def test_a_refusal_is_logged_by_kind_only(app_log):
    from desktop.errors import ValidationError

    applog.refused(logging.getLogger("tests.applog"), ValidationError("王芳的号码 13800138000 不对", field="电话"), "save")
    text = _text(app_log)
    assert "save refused: ValidationError (field 电话)" in text and "王芳" not in text


def test_help_menu_opens_the_log_read_only(qtbot, gui_context, app_log):
    from ui.main_window import MainWindow

    logging.getLogger("tests.applog").error("打印失败：示例错误")
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("帮助"))
    assert isinstance(help_menu, QMenu)
    action = next(a for a in help_menu.actions() if a.text().startswith("查看日志"))
    action.trigger()
    viewer = window.log_viewer
    qtbot.addWidget(viewer)
    assert viewer.text.isReadOnly()
    assert "打印失败：示例错误" in viewer.text.toPlainText()
    assert str(app_log) in viewer.findChild(QLabel, "log_path").text()
