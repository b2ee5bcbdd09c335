"""The consultation list (paged, sortable), with search and 待办 (tickets: ``ticket_listing``).

待办 for a consultation: referred on (转调解 / 转法律援助) but not linked to the case or the
legal-aid application yet.
"""

from __future__ import annotations


from sqlalchemy import and_, or_, select

from db.engine import Database
from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome
from db.models import Consultation, Employer, Officer, Worker
from desktop import search
from desktop.paging import ListColumn, SelectSource, TableRow, label_order

C = Consultation
CONSULTATION_COLUMNS = (
    ListColumn("number", "编号"), ListColumn("date", "咨询日期"), ListColumn("channel", "方式"),
    ListColumn("worker", "咨询人"), ListColumn("employer", "单位"), ListColumn("category", "类别"),
    ListColumn("question", "咨询问题", sortable=False), ListColumn("outcome", "处理结果"),
    ListColumn("handler", "接待/解答", sortable=False),
)
PENDING_CONSULTATION = or_(and_(C.outcome == ConsultOutcome.TO_MEDIATION, C.case_id.is_(None)),
                           and_(C.outcome == ConsultOutcome.TO_LEGAL_AID, C.legal_aid_id.is_(None)))


def consultation_source(database: Database, text: str = "", pending_only: bool = False) -> SelectSource:
    statement = (select(C.id, C.number, C.consulted_on, C.channel, Worker.name.label("worker"),
                        Employer.name.label("employer"), C.category, C.question, C.outcome,
                        Officer.display_name.label("officer"), C.lawyer_name, C.case_id, C.legal_aid_id)
                 .join(Worker, Worker.id == C.worker_id).outerjoin(Employer, Employer.id == C.employer_id)
                 .outerjoin(Officer, Officer.id == C.officer_id)
                 .order_by(C.consulted_on.desc(), C.id.desc()))
    if text.strip():
        statement = statement.where(or_(C.id.in_(search.matching("consultation", text)),
                                        C.worker_id.in_(search.matching("worker", text)),
                                        C.employer_id.in_(search.matching("unit", text))))
    if pending_only:
        statement = statement.where(PENDING_CONSULTATION)
    sorts = {"number": C.id, "date": C.consulted_on, "channel": label_order(C.channel, ConsultChannel),
             "worker": Worker.name, "employer": Employer.name_sort, "category": label_order(C.category, ConsultCategory),
             "outcome": label_order(C.outcome, ConsultOutcome)}
    return SelectSource(database, CONSULTATION_COLUMNS, statement, sorts, _consultation_row, id_column=C.id)


def _consultation_row(r) -> TableRow:
    handler = "、".join(p for p in (r.officer, r.lawyer_name) if p)
    pending = ((r.outcome is ConsultOutcome.TO_MEDIATION and r.case_id is None)
               or (r.outcome is ConsultOutcome.TO_LEGAL_AID and r.legal_aid_id is None))
    outcome = r.outcome.label + ("（待转）" if pending else "")
    return TableRow(r.id, (r.number, r.consulted_on, r.channel.label, r.worker, r.employer or "", r.category.label,
                           _short(r.question), outcome, handler), "warning" if pending else None)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
