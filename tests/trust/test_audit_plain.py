"""The audit view in plain Chinese: records named by number or name, values as an officer
reads them, and its count following its rows after every reload."""

from __future__ import annotations

from db.changes import Changes
from db.enums import Role
from desktop.cases.services import CaseServices
from tests.cases.helpers import drive
from tests.conftest import gui_context_for
from ui.trust.audit_view import AuditView


def _texts(view, column: int) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) or "" for row in range(model.rowCount())]


def test_audit_view_names_records_and_its_count_follows_the_rows(qtbot, sqlite_database, sqlite_actors, preferences,
                                                                   qapp):
    admin = sqlite_actors[Role.ADMIN]
    services = CaseServices(sqlite_database)
    case_id = drive(services, admin, "ACCEPTED")
    number = services.queries.detail(case_id).number
    view = AuditView(gui_context_for(sqlite_database, admin, preferences, qapp))
    qtbot.addWidget(view)
    from ui.qt import Qt
    assert view.model.headerData(5, Qt.Orientation.Horizontal) == "对象"
    named = _texts(view, 5)
    assert number in named and str(case_id) not in named
    what = " ".join(_texts(view, 6))
    assert "{" not in what and "案件来源" not in what or "来访" in what
    assert "受理" in what and "ACCEPTED" not in what
    assert view.count_label.text().startswith(f"共 {view.model.rowCount()} 条")
    drive(services, admin, "DRAFT")
    view.context.changes.changed.emit(Changes.everything())
    assert view.count_label.text().startswith(f"共 {view.model.rowCount()} 条")
