"""Issuing, reprinting, correcting and serving documents."""

import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from db.enums import DeliveryMethod, Role
from db.models import Attachment, AuditEntry, IssuedDocument, MediationCase
from desktop.errors import PermissionDenied, UserError, ValidationError
from desktop.filestore import document_path, sha256_of
from desktop.issuing.owners import CASE, CLAIM, LETTER
from desktop.issuing.request import IssueOptions
from desktop.issuing.service import OwnerRef
from tests.documents.pdfread import all_text, draft_marks, line_texts
from tests.issuing import records

pytestmark = pytest.mark.db


@pytest.fixture
def case_ref(database, mediator):
    with database.write(None) as session:
        return OwnerRef(CASE, records.accepted_case(session, mediator.officer_id).id)


def test_issue_stores_pdf_by_hash_and_records_it(service, database, mediator, case_ref, files_dir):
    view = service.issue(mediator, "acceptance", case_ref)
    path = document_path(files_dir, view.sha256)
    assert path == files_dir / "documents" / view.sha256[:2] / f"{view.sha256}.pdf"
    assert sha256_of(path.read_bytes()) == view.sha256 and view.size == path.stat().st_size
    assert (view.number, view.template_version, view.issued_by) == ("密工调〔2024〕12号", "1", "王调解")
    assert view.recipient == "张建华" and view.title == "受理通知书"
    with database.read() as session:
        row = session.get(IssuedDocument, view.id)
        event = session.scalar(select(AuditEntry).where(AuditEntry.action == "issue_document"))
    assert row.owner_type == CASE and row.owner_id == case_ref.owner_id
    assert event.entity_id == view.id and view.sha256 in event.detail


def test_reprint_is_identical_and_frozen_against_later_changes(service, database, mediator, case_ref):
    view = service.issue(mediator, "acceptance", case_ref)
    first = service.reprint(view.id)
    with database.write(None) as session:
        case = session.get(MediationCase, case_ref.owner_id)
        case.claim_items[0].amount = Decimal("12000.00")
        case.applicants[0].worker.name = "张建国"
    assert service.reprint(view.id) == first
    assert "张建华" in all_text(first)
    draft = service.draft("acceptance", case_ref)
    assert draft.pdf != first and "张建国" in all_text(draft.pdf)
    assert service.issued_on(date.today())[0].id == view.id


def test_reissue_references_the_old_one(service, mediator, case_ref, database):
    old = service.issue(mediator, "acceptance", case_ref)
    with database.write(None) as session:
        session.get(MediationCase, case_ref.owner_id).applicants[0].worker.phone = "13800000000"
    with pytest.raises(UserError, match="更正原因"):
        service.reissue(mediator, old.id, "  ")
    new = service.reissue(mediator, old.id, "申请人姓名有误")
    assert new.supersedes_id == old.id and new.number == old.number
    assert service.get(old.id).superseded_by_id == new.id
    assert service.get(old.id).status_text == "已被更正"
    with pytest.raises(UserError, match="已被更正"):
        service.reissue(mediator, old.id, "再次更正")
    assert [d.id for d in service.unserved(CASE, case_ref.owner_id)] == [new.id]


def test_tampered_file_is_detected(service, mediator, case_ref, files_dir):
    view = service.issue(mediator, "acceptance", case_ref)
    path = document_path(files_dir, view.sha256)
    path.write_bytes(path.read_bytes().replace(b"%%EOF", b"%%EOF\n% changed"))
    with pytest.raises(UserError, match="校验值不符"):
        service.reprint(view.id)
    path.unlink()
    with pytest.raises(UserError, match="找不到"):
        service.reprint(view.id)


def test_auditor_may_not_issue(service, actors, case_ref, database):
    with pytest.raises(PermissionDenied, match="签发文书"):
        service.issue(actors[Role.AUDITOR], "acceptance", case_ref)
    with database.read() as session:
        assert session.scalar(select(func.count(IssuedDocument.id))) == 0


def test_kind_must_suit_the_owner(service, mediator, case_ref):
    with pytest.raises(UserError, match="提示函不能由调解案件出具"):
        service.issue(mediator, "prompt-letter", case_ref)
    with pytest.raises(UserError, match="尚未录入调解协议条款"):
        service.issue(mediator, "agreement", case_ref)


def test_rejected_case_takes_a_notice_number(service, database, mediator):
    with database.write(None) as session:
        case_id = records.rejected_case(session).id
    assert "（草稿，未出具）" in all_text(service.draft("rejection", OwnerRef(CASE, case_id)).pdf)
    view = service.issue(mediator, "rejection", OwnerRef(CASE, case_id))
    assert view.number in all_text(service.reprint(view.id))
    assert view.number == "密工调不〔2024〕1号".replace("2024", str(date.today().year))
    again = service.reissue(mediator, view.id, "理由表述调整")
    assert again.number == view.number
    assert service.latest("rejection", view.number).id == again.id


def test_a_draft_is_marked_and_only_the_issue_shows_its_number(service, mediator, case_ref):
    draft = service.draft("acceptance", case_ref).pdf
    assert draft_marks(draft) == ["草稿"] * len(PdfReader(io.BytesIO(draft)).pages)  # a mark on every page
    lines = line_texts(draft)
    assert "（草稿，未出具）" in lines and not any("密工调〔2024〕12号" == line for line in lines)
    issued = service.reprint(service.issue(mediator, "acceptance", case_ref).id)
    assert draft_marks(issued) == [] and "密工调〔2024〕12号" in line_texts(issued)
    assert "草稿" not in all_text(issued)
    assert "草稿" in draft_marks(service.draft("acceptance", case_ref).pdf)  # issued before: still a draft


def test_letters_and_claims_by_number(service, database, mediator):
    with database.write(None) as session:
        records.letter_chain(session)
        records.approved_claim(session)
    letter = service.issue(mediator, "opinion-letter", "密工法监意〔2024〕2号")
    claim = service.issue(mediator, "payout-notice", "HZ202400903")
    assert (letter.owner_type, letter.title) == (LETTER, "工会劳动法律监督意见书")
    assert (claim.owner_type, claim.recipient) == (CLAIM, "陈淑芬")
    with pytest.raises(UserError, match="是意见书，不能按提示函出具"):
        service.issue(mediator, "prompt-letter", "密工法监意〔2024〕2号")
    with pytest.raises(UserError, match="找不到编号"):
        service.issue(mediator, "payout-notice", "HZ000")


def test_service_loop(service, database, mediator, case_ref, tmp_path, files_dir):
    view = service.issue(mediator, "acceptance", case_ref)
    today = date.today()
    with pytest.raises(UserError, match="尚未打印"):
        service.mark_sealed(mediator, view.id)
    with pytest.raises(UserError, match="尚未盖章"):
        service.mark_served(mediator, view.id, today, DeliveryMethod.IN_PERSON, "张建华")
    service.mark_printed(mediator, [view.id])
    service.mark_sealed(mediator, view.id)
    assert service.get(view.id).status_text == "已盖章，待送达"
    with pytest.raises(ValidationError, match="不能晚于今天"):
        service.mark_served(mediator, view.id, today + timedelta(days=1), DeliveryMethod.POST, "张建华")
    scan = tmp_path / "回证.jpg"
    scan.write_bytes(b"\xff\xd8 signed receipt")
    with pytest.raises(UserError, match="尚未登记送达"):
        service.attach_receipt(mediator, view.id, scan)
    service.mark_served(mediator, view.id, today, DeliveryMethod.POST, "张建华")
    assert service.unserved(CASE, case_ref.owner_id) == []
    attachment_id = service.attach_receipt(mediator, view.id, scan)
    done = service.get(view.id)
    assert (done.served_on, done.service_method, done.served_to) == (today, DeliveryMethod.POST, "张建华")
    assert done.receipt_attachment_id == attachment_id and done.status_text == "已送达，回证已附"
    with database.read() as session:
        attachment = session.get(Attachment, attachment_id)
    assert (files_dir / "attachments" / attachment.sha256[:2] / f"{attachment.sha256}.jpg").read_bytes() == scan.read_bytes()


def test_service_receipt_for_the_latest_document(service, database, mediator, case_ref):
    served = service.issue(mediator, "acceptance", case_ref)
    receipt = service.issue(mediator, "service-receipt", case_ref)
    assert receipt.title == "送达回证（受理通知书）" and receipt.recipient == "张建华"
    assert "受理通知书" in all_text(service.reprint(receipt.id))
    assert [d.id for d in service.unserved()] == [served.id]
    assert [d.kind for d in service.documents_for(CASE, case_ref.owner_id)] == ["service-receipt", "acceptance"]


def test_agreement_receipts_one_per_party(service, database, mediator, case_ref):
    with database.write(None) as session:
        records.agree(session.get(MediationCase, case_ref.owner_id))
    agreement = service.issue(mediator, "agreement", case_ref)
    assert agreement.copies == 3 and agreement.recipient == "张建华、北京密云宏达建筑工程有限公司"
    company = service.issue(mediator, "service-receipt", case_ref, IssueOptions(
        served_document_id=agreement.id, recipient="北京密云宏达建筑工程有限公司", method=DeliveryMethod.POST))
    text = all_text(service.reprint(company.id))
    assert "北京市密云区经济开发区兴盛南路8号" in text and "邮寄送达" in text
    with pytest.raises(UserError, match="同一记录"):
        service.issue(mediator, "service-receipt", case_ref, IssueOptions(served_document_id=company.id))
