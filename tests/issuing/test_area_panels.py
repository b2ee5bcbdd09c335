"""The letters and claims areas carry the documents panel of the selected record."""

import pytest
from sqlalchemy import select

from db.enums import ClaimStatus, LetterKind, LetterStatus
from db.models import AidClaim, IssuedDocument, SupervisionLetter
from desktop.demo import generate
from ui.claims.page import create as create_claims
from ui.letters.page import create as create_letters
from ui.qt import Qt


@pytest.fixture
def demo_context(gui_context):
    generate(gui_context.database, cases=20, letters=12, claims=40, seed=3)
    return gui_context


def _select(qtbot, table, model, record_id):
    for row in range(model.rowCount()):
        if model.id_at(row) == record_id:
            table.selectRow(row)
            return
    raise AssertionError(f"record {record_id} not listed")


def _issued(context, owner_type, owner_id):
    with context.database.read() as session:
        return session.scalars(select(IssuedDocument).where(IssuedDocument.owner_type == owner_type,
                                                            IssuedDocument.owner_id == owner_id)).all()


def test_letter_selected_in_the_list_is_printed_from_its_panel(qtbot, demo_context, monkeypatch):
    with demo_context.database.read() as session:
        letter = session.scalar(select(SupervisionLetter).where(SupervisionLetter.kind == LetterKind.PROMPT,
                                                                SupervisionLetter.status != LetterStatus.DRAFT))
    page = create_letters(demo_context)
    qtbot.addWidget(page)
    page.show()  # lists are read when first shown
    page.tabs.setCurrentIndex(1)
    _select(qtbot, page.all_table, page.all_model, letter.id)
    assert page.documents.owner_id == letter.id
    demo_context.prompt.script("提示函")
    qtbot.mouseClick(page.documents.buttons["issue"], Qt.MouseButton.LeftButton)
    qtbot.addWidget(page.documents.preview)
    issued = _issued(demo_context, "supervision_letter", letter.id)
    assert [(d.kind, d.number) for d in issued] == [("prompt-letter", letter.number)]
    assert "未送达文书 1 份" in page.documents.summary.text()


def test_claim_selected_in_the_list_gets_its_payout_notice(qtbot, demo_context, monkeypatch):
    with demo_context.database.read() as session:
        claim = session.scalar(select(AidClaim).where(AidClaim.status == ClaimStatus.PAID))
    page = create_claims(demo_context)
    qtbot.addWidget(page)
    page.show()  # lists are read when first shown
    tab = page.claims
    _select(qtbot, tab.table, tab.model, claim.id)
    assert tab.detail.notices.owner_id == claim.id
    demo_context.prompt.script("理赔/支付通知")
    qtbot.mouseClick(tab.detail.notices.buttons["issue"], Qt.MouseButton.LeftButton)
    assert [d.kind for d in _issued(demo_context, "aid_claim", claim.id)] == ["payout-notice"]
    tab.detail.notices.preview.close()  # a child of the page: closed while the page still lives


def test_case_window_shows_its_documents_and_linked_letters(qtbot, demo_context, monkeypatch):
    from db.models import MediationCase, SupervisionMatter
    from desktop.cases.services import CaseServices
    from ui.cases.case_window import CaseWindow

    shown = demo_context.prompt.recorded("warn", "error")
    with demo_context.database.read() as session:
        linked = select(SupervisionMatter.case_id).where(SupervisionMatter.case_id.is_not(None))
        case = session.scalar(select(MediationCase).where(MediationCase.number.is_not(None),
                                                           MediationCase.id.in_(linked)))
        case = case or session.scalar(select(MediationCase).where(MediationCase.number.is_not(None)))
        case_id, number = case.id, case.number
    window = CaseWindow(demo_context, CaseServices(demo_context.database), case_id)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-2:] == ["文书", "一函两书"]
    demo_context.prompt.script("受理通知书")
    qtbot.mouseClick(window.documents.buttons["issue"], Qt.MouseButton.LeftButton)
    assert shown == []
    qtbot.addWidget(window.documents.preview)
    assert [(d.kind, d.number) for d in _issued(demo_context, "mediation_case", case_id)] == [("acceptance", number)]


def _open_history(qtbot, parent):
    from ui.qt import QPushButton

    button = parent.findChild(QPushButton, "history")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    qtbot.addWidget(dialog)
    return dialog


def test_history_opens_from_case_letter_and_claim_views(qtbot, demo_context):
    from db.models import MediationCase
    from desktop.cases.services import CaseServices
    from ui.cases.case_window import CaseWindow

    with demo_context.database.read() as session:
        case = session.scalar(select(MediationCase).where(MediationCase.number.is_not(None)))
        letter = session.scalar(select(SupervisionLetter).where(SupervisionLetter.number.is_not(None)))
        claim = session.scalar(select(AidClaim))
    with demo_context.database.write(demo_context.actor) as session:
        session.get(MediationCase, case.id).remarks = "当事人要求电话联系"
    window = CaseWindow(demo_context, CaseServices(demo_context.database), case.id)
    qtbot.addWidget(window)
    dialog = _open_history(qtbot, window)
    assert case.number in dialog.windowTitle()
    assert any("当事人要求电话联系" in (e.new_value or "") for e in dialog.entries)

    letters = create_letters(demo_context)
    qtbot.addWidget(letters)
    letters.show()  # lists are read when first shown
    letters.tabs.setCurrentIndex(1)
    _select(qtbot, letters.all_table, letters.all_model, letter.id)
    assert letter.number in _open_history(qtbot, letters).windowTitle()

    claims = create_claims(demo_context)
    qtbot.addWidget(claims)
    claims.show()  # lists are read when first shown
    _select(qtbot, claims.claims.table, claims.claims.model, claim.id)
    assert claim.number in _open_history(qtbot, claims.claims.detail).windowTitle()
