"""The legal-aid list (paged, sortable), with search and 待办.

待办: every case not finished (not 不予援助, not 已结案). The 审查期限 (``REVIEW_DAYS`` working
days from the application, on the calendar) and the hearings are on the 工作台 (``legal_aid_due``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select

from db.engine import Database
from db.enums import ConsultCategory, LegalAidStatus
from db.models import Employer, LegalAidCase, LegalAidLawyer, LegalAidProgress, Worker
from desktop import search
from desktop.paging import ListColumn, SelectSource, TableRow, label_order

REVIEW_DAYS = 5
L = LegalAidCase
OPEN_STATES = (LegalAidStatus.PENDING, LegalAidStatus.ACCEPTED, LegalAidStatus.ASSIGNED,
               LegalAidStatus.IN_PROGRESS)
COLUMNS = (
    ListColumn("number", "援助编号"), ListColumn("date", "申请日期"), ListColumn("worker", "申请人"),
    ListColumn("employer", "单位"), ListColumn("category", "类别"), ListColumn("claimed", "请求金额", numeric=True),
    ListColumn("status", "状态"), ListColumn("lawyer", "承办律师"), ListColumn("hearing", "下次开庭"),
    ListColumn("recovered", "挽回金额", numeric=True), ListColumn("matter", "援助事项", sortable=False),
)


def legal_aid_source(database: Database, text: str = "", pending_only: bool = False,
                     today: date | None = None) -> SelectSource:
    day = today or date.today()
    hearing = (select(func.min(LegalAidProgress.happened_on))
               .where(LegalAidProgress.case_id == L.id, LegalAidProgress.is_hearing.is_(True),
                      LegalAidProgress.happened_on >= day)
               .correlate(L).scalar_subquery().label("hearing"))
    statement = (select(L.id, L.number, L.applied_on, Worker.name.label("worker"), Employer.name.label("employer"),
                        L.category, L.amount_claimed, L.status, LegalAidLawyer.name.label("lawyer"), hearing,
                        L.amount_recovered, L.matter)
                 .join(Worker, Worker.id == L.worker_id).outerjoin(Employer, Employer.id == L.employer_id)
                 .outerjoin(LegalAidLawyer, LegalAidLawyer.id == L.lawyer_id)
                 .order_by(L.applied_on.desc(), L.id.desc()))
    if text.strip():
        statement = statement.where(or_(L.id.in_(search.matching("legal_aid", text)),
                                        L.worker_id.in_(search.matching("worker", text)),
                                        L.employer_id.in_(search.matching("unit", text))))
    if pending_only:
        statement = statement.where(L.status.in_(OPEN_STATES))
    sorts = {"number": L.id, "date": L.applied_on, "worker": Worker.name, "employer": Employer.name_sort,
             "category": label_order(L.category, ConsultCategory), "claimed": L.amount_claimed,
             "status": label_order(L.status, LegalAidStatus), "lawyer": LegalAidLawyer.name, "hearing": hearing,
             "recovered": L.amount_recovered}
    return SelectSource(database, COLUMNS, statement, sorts, _row, id_column=L.id)


def _row(r) -> TableRow:
    tone = "muted" if r.status in (LegalAidStatus.CLOSED, LegalAidStatus.REFUSED) else None
    return TableRow(r.id, (r.number, r.applied_on, r.worker, r.employer or "", r.category.label, r.amount_claimed,
                           r.status.label, r.lawyer or "", r.hearing or "", r.amount_recovered if
                           r.amount_recovered is not None else "", _short(r.matter)), tone)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
