"""Typed changes, ``watch()`` and window lifetime: closed windows let go of everything."""

from __future__ import annotations

import gc

import pytest

from db.changes import Changes, check_kinds
from db.enums import Role
from db.models import Employer
from tests.cases.helpers import drive
from ui.changes import Watcher, watch
from ui.qt import QApplication, QEvent, QWidget


def _settle() -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


def _employer(database, actor, name="北京燕山物流有限公司") -> int:
    with database.write(actor) as session:
        employer = Employer(name=name, credit_code=None)
        session.add(employer)
        session.flush()
        return employer.id


def test_a_write_announces_kinds_with_ids(gui_context, sqlite_actors):
    seen: list[Changes] = []
    gui_context.database.subscribe(seen.append)
    employer_id = _employer(gui_context.database, sqlite_actors[Role.ADMIN])
    assert seen[-1].ids_of("employer") == {employer_id}
    assert seen[-1].touches(["employer"]) and not seen[-1].touches(["worker"])
    assert Changes.everything().touches(["worker"])
    with pytest.raises(ValueError, match="employr"):
        check_kinds(["employr"])


def test_bridge_merges_what_came_before_the_next_loop_turn(qtbot, gui_context, sqlite_actors):
    got: list[Changes] = []
    gui_context.changes.changed.connect(got.append)
    first = _employer(gui_context.database, sqlite_actors[Role.ADMIN])
    second = _employer(gui_context.database, sqlite_actors[Role.ADMIN], "北京云岭建筑工程有限公司")
    assert got == []  # delivered on the GUI thread's next turn, not inside the write
    qtbot.waitUntil(lambda: len(got) == 1)
    assert got[0].ids_of("employer") == {first, second}


def test_watch_skips_hidden_widgets_and_catches_up_when_shown(qtbot, gui_context):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[str] = []
    watch(widget, gui_context.changes, lambda: calls.append("refresh"), ("employer",))
    bridge = gui_context.changes
    bridge.changed.emit(Changes.of(["worker"]))
    widget.show()
    bridge.changed.emit(Changes.of(["worker"]))
    assert calls == []  # not a kind it watches
    bridge.changed.emit(Changes.of({"employer": [3]}))
    assert calls == ["refresh"]
    widget.hide()
    bridge.changed.emit(Changes.everything())
    bridge.changed.emit(Changes.everything())
    assert calls == ["refresh"]
    widget.show()
    assert calls == ["refresh", "refresh"]  # once, for both changes missed while hidden
    widget.hide()
    widget.show()
    assert calls == ["refresh", "refresh"]  # nothing changed meanwhile


def test_load_on_show_reads_first_when_first_shown(qtbot, gui_context):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    watch(widget, gui_context.changes, lambda: calls.append(1), ignore=("audit_entry",), load_on_show=True)
    gui_context.changes.changed.emit(Changes.of(["audit_entry"]))
    assert calls == []
    widget.show()
    assert calls == [1]


def test_watcher_disconnects_when_its_widget_is_destroyed(qtbot, gui_context):
    _settle()
    before = Watcher.live
    widget = QWidget()
    calls: list[int] = []
    watch(widget, gui_context.changes, lambda: calls.append(1))
    widget.show()
    assert Watcher.live == before + 1
    widget.deleteLater()
    _settle()
    assert Watcher.live == before
    gui_context.changes.changed.emit(Changes.everything())
    assert calls == []


def _live(cls) -> int:
    return sum(1 for obj in gc.get_objects() if isinstance(obj, cls))


def test_opening_and_closing_a_case_five_times_leaves_nothing_behind(qtbot, gui_context, sqlite_actors):
    from desktop.cases.services import CaseServices
    from ui.cases.case_window import CaseWindow
    from ui.documents.panel import DocumentsPanel
    from ui.main_window import MainWindow

    case_id = drive(CaseServices(gui_context.database), sqlite_actors[Role.ADMIN], "ACCEPTED")
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("调解案件")
    _settle()
    counts = []
    for _ in range(5):
        case_window = page.open_case(case_id)
        assert page.open_case(case_id) is case_window  # already open: the same window comes forward
        assert _live(CaseWindow) == 1
        case_window.close()
        del case_window
        _settle()
        counts.append((Watcher.live, _live(DocumentsPanel), _live(CaseWindow), len(page.windows)))
    assert len(set(counts)) == 1, counts
    assert counts[0][2:] == (0, 0)
