"""Contexts of the case file's own papers: the application, the mediation notice,
the rights and duties notice and the record of each session.

Each ``build`` part gets the case context from ``case_context.build`` and adds its
kind's own part; ``choices`` lists what the officer picks when issuing (which
party a notice goes to, which session a record is of).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.enums import CaseSource, MediatorRole, SessionKind
from db.models import MediationCase, MediationSession
from desktop.errors import UserError
from desktop.issuing.people import lines, officer_names
from desktop.issuing.request import IssueOptions, Request

ORAL_SOURCES = (CaseSource.PHONE, CaseSource.HOTLINE_12351)  # applied by speaking: 口头申请笔录


def application(session: Session, case: MediationCase, request: Request) -> dict:
    if not case.claim_items:
        raise UserError("案件尚未录入申请调解事项（请求项目和金额），不能出具调解申请书。")
    if not (case.facts or "").strip():
        raise UserError("案件没有填写争议事实，不能出具调解申请书。")
    oral = case.source in ORAL_SOURCES
    return {"application": {"title": "口头申请笔录" if oral else "调解申请书", "oral": oral,
                            "facts": _texts(case.facts), "received_on": case.received_on}}


def application_title(context: dict) -> str:
    return context["application"]["title"]


def mediation_notice(session: Session, case: MediationCase, request: Request) -> dict:
    if not case.mediators:
        raise UserError("案件尚未指定调解员，不能出具调解通知书。")
    planned = _mediation_sessions(case)
    if not planned:
        raise UserError("案件尚未安排调解（调解笔录中没有调解的日期和地点），不能出具调解通知书。")
    latest = planned[-1]
    parties = party_names(case)
    recipient = request.options.recipient or parties[0]
    if recipient not in parties:
        raise UserError(f"「{recipient}」不是本案当事人，不能出具调解通知书。")
    return {"notice": {"recipient": recipient, "date": latest.held_on, "mode": latest.mode.label,
                       "place": (latest.place or "").strip() or "本中心",
                       "to_respondent": recipient == case.respondent.name}}


def notice_recipient(context: dict) -> str:
    return context["notice"]["recipient"]


def rights_notice(session: Session, case: MediationCase, request: Request) -> dict:
    if not case.mediators:
        raise UserError("案件尚未指定调解员，不能出具权利义务告知书。")
    return {}  # the case part names the parties and the mediator


def session_record(session: Session, case: MediationCase, request: Request) -> dict:
    record = chosen_session(case, request.options.session_id)
    content = (record.narrative, record.applicant_position, record.respondent_position, record.proposal)
    if not any((part or "").strip() for part in content):  # the window asks for a narrative or a proposal
        raise UserError(f"{record.held_on:%Y-%m-%d}的笔录没有记录内容（双方意见、调解方案或调解经过），不能出具调解笔录。")
    lead = [m.officer_id for m in case.mediators if m.role != MediatorRole.RECORDER]
    recorder = officer_names(session, [record.recorded_by]) if record.recorded_by else []
    return {"record": {
        "title": record.kind.label, "date": record.held_on, "place": (record.place or "").strip() or "本中心",
        "mode": record.mode.label, "attendees": "、".join(_parts(record.attendees)) or "、".join(party_names(case)),
        "applicant": _texts(record.applicant_position), "respondent": _texts(record.respondent_position),
        "proposal": _texts(record.proposal), "narrative": _texts(record.narrative),
        "mediator": "、".join(officer_names(session, lead)) or None, "recorder": "、".join(recorder) or None,
    }}


def follow_up_record(session: Session, case: MediationCase, request: Request) -> dict:
    """回访记录: every 回访 of the file (the latest issue supersedes as visits are added)."""
    if not case.follow_ups:
        raise UserError("案件还没有登记回访，不能出具回访记录。")
    ids = sorted({f.officer_id for f in case.follow_ups if f.officer_id is not None})
    names = dict(zip(ids, officer_names(session, ids), strict=True))  # officer_id is a foreign key: all found
    rows = [{"date": f.visited_on, "method": f.method or "—", "satisfaction": f.satisfaction.label if f.satisfaction
             else "—", "result": f.result or "", "officer": names.get(f.officer_id or 0) or "—"} for f in case.follow_ups]
    return {"visits": {"closed_on": case.closed_on or case.ended_on, "rows": rows}}


def record_title(context: dict) -> str:
    return context["record"]["title"]


def _texts(text: str | None) -> list[dict]:
    """A multi-line field as paragraphs the template repeats."""
    return [{"text": line} for line in lines(text)]


def _parts(text: str | None) -> list[str]:
    """Names in a 「；」- or line-separated list."""
    return [part.strip() for line in lines(text) for part in line.replace(";", "；").split("；") if part.strip()]


def chosen_session(case: MediationCase, session_id: int | None) -> MediationSession:
    """The session a 调解笔录 records: ``session_id``'s, else the latest held."""
    if not case.sessions:
        raise UserError("案件没有调解或调查笔录，不能出具调解笔录。")
    if session_id is None:
        return max(case.sessions, key=lambda s: (s.held_on, s.id))
    for record in case.sessions:
        if record.id == session_id:
            return record
    raise UserError("所选笔录不属于本案，不能出具调解笔录。")


def _mediation_sessions(case: MediationCase) -> list[MediationSession]:
    found = [s for s in case.sessions if s.kind == SessionKind.MEDIATION]
    return sorted(found, key=lambda s: (s.held_on, s.id))


def party_names(case: MediationCase) -> list[str]:
    """Each party by name: every applicant, then the respondent."""
    return [a.worker.name for a in case.applicants] + [case.respondent.name]


def notice_choices(case: MediationCase) -> list[tuple[str, IssueOptions]]:
    return [(name, IssueOptions(recipient=name)) for name in party_names(case)]


def session_choices(case: MediationCase) -> list[tuple[str, IssueOptions]]:
    ordered = sorted(case.sessions, key=lambda s: (s.held_on, s.id))
    return [(f"{s.held_on:%Y-%m-%d} {s.kind.label}（{(s.place or '本中心').strip()}）", IssueOptions(session_id=s.id))
            for s in ordered]
