"""The case file's own papers: application, 调解通知书 to each party, 权利义务告知书, 调解笔录 per session."""

from datetime import date

import pytest

from db.enums import CaseSource, SessionKind
from db.models import IssuedDocument, MediationCase, MediationSession
from desktop.errors import UserError
from desktop.issuing.owners import CASE
from desktop.issuing.request import IssueOptions
from desktop.issuing.service import OwnerRef
from tests.documents.pdfread import all_text
from tests.issuing import records

pytestmark = pytest.mark.db


@pytest.fixture
def case_ref(database, mediator):
    with database.write(None) as session:
        case = records.accepted_case(session, mediator.officer_id)
        first = case.sessions[0]
        first.attendees = "申请人张建华；被申请人委托代理人孙丽"
        first.applicant_position = "要求支付拖欠工资10409.02元及经济补偿金6000元。"
        first.respondent_position = "同意支付工资，经济补偿金要求分期。"
        first.proposal = "工资于11月30日前付清，补偿金于12月15日前付清。"
        case.sessions.append(MediationSession(kind=SessionKind.INVESTIGATION, held_on=date(2024, 11, 8),
                                              place="北京密云宏达建筑工程有限公司", narrative="调取考勤记录三页。"))
        return OwnerRef(CASE, case.id)


def test_application_written_or_oral(service, database, mediator, case_ref):
    view = service.issue(mediator, "application", case_ref)
    text = all_text(service.reprint(view.id))
    assert view.title == "调解申请书" and "支付解除劳动合同经济补偿金" in text and "北京密云宏达建筑工程有限公司" in text
    assert "2021年3月入职" in text
    with database.write(None) as session:
        session.get(MediationCase, case_ref.owner_id).source = CaseSource.PHONE
    oral = service.draft("application", case_ref)
    assert "口头申请笔录" in all_text(oral.pdf) and "口头方式提出" in all_text(oral.pdf)


def test_mediation_notice_one_per_party(service, database, mediator, case_ref):
    labels = [label for label, _ in service.choices("mediation-notice", case_ref)]
    assert labels == ["张建华", "北京密云宏达建筑工程有限公司"]
    to_worker = service.issue(mediator, "mediation-notice", case_ref, IssueOptions(recipient="张建华"))
    to_firm = service.issue(mediator, "mediation-notice", case_ref,
                            IssueOptions(recipient="北京密云宏达建筑工程有限公司"))
    worker_text, firm_text = all_text(service.reprint(to_worker.id)), all_text(service.reprint(to_firm.id))
    assert (to_worker.recipient, to_firm.recipient) == ("张建华", "北京密云宏达建筑工程有限公司")
    assert "2024年11月12日" in worker_text and "本中心第一调解室" in worker_text and "王调解" in worker_text
    assert "本人身份证件" in worker_text and "营业执照副本" in firm_text
    with pytest.raises(UserError, match="「李四」不是本案当事人，不能出具调解通知书"):
        service.issue(mediator, "mediation-notice", case_ref, IssueOptions(recipient="李四"))


def test_mediation_notice_needs_a_planned_session(service, database, mediator, case_ref):
    with database.write(None) as session:
        case = session.get(MediationCase, case_ref.owner_id)
        for record in list(case.sessions):
            if record.kind == SessionKind.MEDIATION:
                case.sessions.remove(record)
    with pytest.raises(UserError, match="尚未安排调解.*不能出具调解通知书"):
        service.draft("mediation-notice", case_ref)


def test_rights_notice_names_both_parties(service, mediator, case_ref):
    view = service.issue(mediator, "rights-notice", case_ref)
    text = all_text(service.reprint(view.id))
    assert view.recipient == "张建华、北京密云宏达建筑工程有限公司" and view.copies == 2
    assert "申请调解员回避" in text and "司法确认" in text and "王调解" in text


def test_session_record_of_the_chosen_session(service, database, mediator, case_ref):
    choices = service.choices("session-record", case_ref)
    assert [label[:10] for label, _ in choices] == ["2024-11-08", "2024-11-12"]
    mediation = service.issue(mediator, "session-record", case_ref, choices[1][1])
    text = all_text(service.reprint(mediation.id))
    assert mediation.title == "调解笔录" and "经济补偿金要求分期" in text and "被申请人委托代理人孙丽" in text
    assert "12月15日前付清" in text and "记录人" in text
    investigation = service.issue(mediator, "session-record", case_ref, choices[0][1])
    assert investigation.title == "调查笔录" and "调取考勤记录三页" in all_text(service.reprint(investigation.id))
    with database.read() as session:
        rows = session.query(IssuedDocument).filter_by(kind="session-record").count()
    assert rows == 2
    assert all(view.kind != "session-record" for view in service.unserved(CASE, case_ref.owner_id))


def test_session_record_without_content_refused(service, database, mediator, case_ref):
    with database.write(None) as session:
        record = session.query(MediationSession).filter_by(kind=SessionKind.INVESTIGATION).one()
        record.narrative = None
        record_id = record.id
    with pytest.raises(UserError, match="没有记录内容.*不能出具调解笔录"):
        service.issue(mediator, "session-record", case_ref, IssueOptions(session_id=record_id))


def _case_version(database, case_id: int) -> int:
    with database.read() as session:
        return session.get(MediationCase, case_id).version


def test_each_session_record_remembers_its_session_and_is_corrected_as_itself(service, database, mediator, case_ref):
    investigation_choice, mediation_choice = (options for _, options in service.choices("session-record", case_ref))
    first = service.issue(mediator, "session-record", case_ref, investigation_choice)
    service.issue(mediator, "session-record", case_ref, mediation_choice)  # a later session's record
    corrected = service.reissue(mediator, first.id, "记录人签名页漏印")  # still the investigation's record
    assert corrected.title == "调查笔录" and "调取考勤记录三页" in all_text(service.reprint(corrected.id))
    with database.read() as session:
        by_id = {row.id: row.session_id for row in session.query(IssuedDocument).filter_by(kind="session-record")}
    assert by_id[corrected.id] == by_id[first.id] == investigation_choice.session_id
    assert sorted(set(by_id.values())) == sorted({investigation_choice.session_id, mediation_choice.session_id})


def test_a_session_is_editable_until_its_own_record_is_issued(service, database, mediator, case_ref):
    from desktop.cases.forms import SessionInput
    from desktop.cases.services import CaseServices
    from desktop.errors import TransitionError

    cases = CaseServices(database)
    investigation, mediation = (options.session_id for _, options in service.choices("session-record", case_ref))
    corrected = SessionInput(date(2024, 11, 8), SessionKind.INVESTIGATION, "宏达公司财务室",
                             narrative="调取考勤记录三页、工资表两页。")
    cases.mediation.edit_session(mediator, case_ref.owner_id, investigation, corrected,
                                 version=_case_version(database, case_ref.owner_id))
    issued = service.issue(mediator, "session-record", case_ref, IssueOptions(session_id=investigation))
    assert "工资表两页" in all_text(service.reprint(issued.id)) and "宏达公司财务室" in all_text(service.reprint(issued.id))
    with pytest.raises(TransitionError, match="2024-11-08的笔录已于 .* 出具调解笔录.*不能再修改"):
        cases.mediation.edit_session(mediator, case_ref.owner_id, investigation, corrected,
                                     version=_case_version(database, case_ref.owner_id))
    with database.read() as session:
        row = session.get(MediationSession, mediation)
        entry = SessionInput(row.held_on, row.kind, row.place or "", row.mode, proposal="工资于11月30日前付清。")
    cases.mediation.edit_session(mediator, case_ref.owner_id, mediation, entry,  # its record not issued yet
                                 version=_case_version(database, case_ref.owner_id))
    with database.read() as session:
        assert session.get(MediationSession, mediation).proposal == "工资于11月30日前付清。"
        assert session.get(MediationSession, investigation).place == "宏达公司财务室"
