"""修改协议条款 in the case window: the recorded terms come back into the dialog, a correction is
saved, and once the 调解协议书 is issued the same correction is refused with the document named."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from db.enums import DocumentKind
from db.models import MediationCase
from desktop.bootstrap import bootstrap
from desktop.issuing.service import OwnerRef
from tests.cases.test_window import TODAY, click, errors, new_case, page, set_cells, step  # noqa: F401

__all__ = ["errors", "page"]


@pytest.fixture(autouse=True)
def capitals():
    bootstrap()  # the document engine's filters (人民币金额大写), as the program starts with


def _terms(database, case_id):
    with database.read() as session:
        case = session.get(MediationCase, case_id)
        return case.agreed_amount, [(t.description, t.amount, t.method) for t in case.terms]


def _agreed_case(qtbot, page, errors):
    case_id = new_case(qtbot, page, errors)
    window = page.windows[case_id]
    step(qtbot, window, "submit")
    step(qtbot, window, "accept", lambda d: None)
    step(qtbot, window, "assign", lambda d: d.combos[0].setCurrentIndex(1))
    step(qtbot, window, "start")
    step(qtbot, window, "agree", lambda d: set_cells(d.terms, [
        ("支付拖欠工资", "9000", "", f"{TODAY + timedelta(days=10):%Y-%m-%d}", "银行转账")]))
    return case_id, window


def test_terms_corrected_until_the_agreement_is_issued(qtbot, page, errors, gui_context):
    case_id, window = _agreed_case(qtbot, page, errors)
    assert window.tabs.buttons["amend_terms"].isEnabled()
    click(qtbot, window.tabs.buttons["amend_terms"])
    dialog = window.current_dialog
    assert dialog.terms.item(0, 0).text() == "支付拖欠工资" and dialog.terms.item(0, 1).text() == "9000.00"
    set_cells(dialog.terms, [("支付拖欠工资", "9500", "", f"{TODAY + timedelta(days=12):%Y-%m-%d}", "现金")])
    click(qtbot, dialog.ok_button)
    assert errors == [] and not dialog.isVisible()
    assert _terms(gui_context.database, case_id) == (Decimal("9500.00"), [("支付拖欠工资", Decimal("9500.00"), "现金")])

    gui_context.services.documents.issue(gui_context.actor, DocumentKind.AGREEMENT, OwnerRef("mediation_case", case_id))
    window.reload()
    click(qtbot, window.tabs.buttons["amend_terms"])
    dialog = window.current_dialog
    set_cells(dialog.terms, [("支付拖欠工资", "1", "", f"{TODAY + timedelta(days=12):%Y-%m-%d}", "现金")])
    click(qtbot, dialog.ok_button)
    assert errors and "调解协议书" in errors[-1] and "不能再修改" in errors[-1]
    assert _terms(gui_context.database, case_id)[0] == Decimal("9500.00")
