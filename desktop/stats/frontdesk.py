"""Front-desk figures: legal consultations (法律咨询) and hotline tickets (12351 / 12345 工单).

Consultations count by 咨询日期 (``consulted_on``) in the year: total, by month, by
channel (咨询方式), by category (咨询类别) and by 处理结果.

Tickets count the tickets **received** in the year (``received_at``), and every other
figure is taken over those same tickets, so each rate is a share of the year's intake:

- responded_on_time: received in the year and first contacted (``responded_at``, the first
  联系记录) no later than the reply-by limit; on_time_response_rate = responded_on_time ÷ received;
- closed: received in the year and 已办结 (回访 done); closed_rate = closed ÷ received;
- visited: received in the year with a 回访 result; satisfaction_rate = (满意 + 基本满意) ÷ visited.

Rates are 0.0 when the divisor is 0, rounded to 4 places. The year's rows are few (hundreds),
so they are read once and counted here, identically on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome, Satisfaction, TicketChannel, TicketStatus
from db.models import Consultation, HotlineTicket
from desktop.stats.values import TOTAL_LABEL, Breakdown, Rate, rate

MONTHS = tuple(range(1, 13))
SATISFIED = (Satisfaction.SATISFIED, Satisfaction.BASIC)
ON_TIME_RESPONSE_RULE = "当年受理的工单中，首次联系（第一条联系记录）不晚于响应期限的件数 ÷ 当年受理量"
CLOSED_RULE = "当年受理的工单中已办结（已回访）的件数 ÷ 当年受理量"
SATISFACTION_RULE = "（满意 + 基本满意）÷ 当年受理并已回访的工单件数"


def _month_key(month: int) -> str:
    return f"{month:02d}"


@dataclass(frozen=True)
class ConsultationFigures:
    """``by_*`` map a label (月份 ``"01"``…``"12"``, or the enum's Chinese label) to a count, every key present."""

    total: int = 0
    by_month: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_outcome: dict[str, int] = field(default_factory=dict)

    def count(self, outcome: ConsultOutcome) -> int:
        return self.by_outcome.get(outcome.label, 0)

    @property
    def answered(self) -> int:
        return self.count(ConsultOutcome.ANSWERED)

    @property
    def to_mediation(self) -> int:
        return self.count(ConsultOutcome.TO_MEDIATION)

    @property
    def to_legal_aid(self) -> int:
        return self.count(ConsultOutcome.TO_LEGAL_AID)

    @property
    def to_litigation(self) -> int:
        return self.count(ConsultOutcome.TO_LITIGATION)


@dataclass(frozen=True)
class TicketCounts:
    """The figures of one group of tickets (the year, a month, a category or a platform)."""

    received: int = 0
    responded_on_time: int = 0
    closed: int = 0
    visited: int = 0
    satisfied: int = 0  # 满意 + 基本满意

    @property
    def on_time_response_rate(self) -> Rate:
        return rate(self.responded_on_time, self.received)

    @property
    def closed_rate(self) -> Rate:
        return rate(self.closed, self.received)

    @property
    def satisfaction_rate(self) -> Rate:
        return rate(self.satisfied, self.visited)

    def json(self) -> dict:
        return {"received": self.received, "responded_on_time": self.responded_on_time,
                "on_time_response_rate": float(self.on_time_response_rate), "closed": self.closed,
                "closed_rate": float(self.closed_rate), "visited": self.visited, "satisfied": self.satisfied,
                "satisfaction_rate": float(self.satisfaction_rate)}


@dataclass(frozen=True)
class TicketFigures:
    whole: TicketCounts = TicketCounts()
    by_month: dict[str, TicketCounts] = field(default_factory=dict)
    by_category: dict[str, TicketCounts] = field(default_factory=dict)
    by_platform: dict[str, TicketCounts] = field(default_factory=dict)

    @property
    def received(self) -> int:
        return self.whole.received

    @property
    def responded_on_time(self) -> int:
        return self.whole.responded_on_time

    @property
    def on_time_response_rate(self) -> Rate:
        return self.whole.on_time_response_rate

    @property
    def closed(self) -> int:
        return self.whole.closed

    @property
    def closed_rate(self) -> Rate:
        return self.whole.closed_rate

    @property
    def visited(self) -> int:
        return self.whole.visited

    @property
    def satisfaction_rate(self) -> Rate:
        return self.whole.satisfaction_rate


# ------------------------------------------------------------------ consultations
def consultation_figures(session: Session, year: int) -> ConsultationFigures:
    rows = session.execute(select(Consultation.consulted_on, Consultation.channel, Consultation.category,
                                  Consultation.outcome)
                           .where(Consultation.consulted_on >= date(year, 1, 1),
                                  Consultation.consulted_on <= date(year, 12, 31))).all()
    months = Counter(r.consulted_on.month for r in rows)
    return ConsultationFigures(
        len(rows), {_month_key(m): months[m] for m in MONTHS},
        _labelled(ConsultChannel, (r.channel for r in rows)),
        _labelled(ConsultCategory, (r.category for r in rows)),
        _labelled(ConsultOutcome, (r.outcome for r in rows)),
    )


def _labelled(enum, values: Iterable) -> dict[str, int]:
    counts = Counter(values)
    return {member.label: counts[member] for member in enum}


# ------------------------------------------------------------------ tickets
@dataclass
class _Tally:
    received: int = 0
    responded_on_time: int = 0
    closed: int = 0
    visited: int = 0
    satisfied: int = 0

    def add(self, row) -> None:
        self.received += 1
        self.responded_on_time += row.responded_at is not None and row.responded_at <= row.reply_by
        self.closed += row.status is TicketStatus.CLOSED
        self.visited += row.satisfaction is not None
        self.satisfied += row.satisfaction in SATISFIED

    def frozen(self) -> TicketCounts:
        return TicketCounts(self.received, self.responded_on_time, self.closed, self.visited, self.satisfied)


def ticket_figures(session: Session, year: int) -> TicketFigures:
    T = HotlineTicket
    rows = session.execute(select(T.received_at, T.reply_by, T.responded_at, T.status, T.satisfaction,
                                  T.category, T.channel)
                           .where(T.received_at >= datetime(year, 1, 1), T.received_at < datetime(year + 1, 1, 1))
                           ).all()
    whole = _Tally()
    months = {_month_key(m): _Tally() for m in MONTHS}
    categories = {c.label: _Tally() for c in ConsultCategory}
    platforms = {c.label: _Tally() for c in TicketChannel}
    for row in rows:
        for tally in (whole, months[_month_key(row.received_at.month)], categories[row.category.label],
                      platforms[row.channel.label]):
            tally.add(row)
    return TicketFigures(whole.frozen(), _frozen(months), _frozen(categories), _frozen(platforms))


def _frozen(tallies: dict[str, _Tally]) -> dict[str, TicketCounts]:
    return {key: tally.frozen() for key, tally in tallies.items()}


# ------------------------------------------------------------------ JSON
def consultations_json(figures: ConsultationFigures) -> dict:
    return {"total": figures.total, "by_month": dict(figures.by_month), "by_channel": dict(figures.by_channel),
            "by_category": dict(figures.by_category), "by_outcome": dict(figures.by_outcome)}


def tickets_json(figures: TicketFigures) -> dict:
    return {**figures.whole.json(),
            "by_month": {k: v.json() for k, v in figures.by_month.items()},
            "by_category": {k: v.json() for k, v in figures.by_category.items()},
            "by_platform": {k: v.json() for k, v in figures.by_platform.items()}}


# ------------------------------------------------------------------ breakdown tables
CONSULTATION_NOTE = "按咨询日期在当年统计。处理结果“转调解”“转法律援助”含尚未转出（待转）的咨询。"
TICKET_HEADERS = ("受理量", "按时响应", "按时响应率", "已办结", "办结率", "已回访", "满意（含基本满意）", "满意率")
TICKET_NOTE = (f"按接收时间在当年统计，其余各项均就当年受理的工单计算。按时响应率 = {ON_TIME_RESPONSE_RULE}；"
               f"办结率 = {CLOSED_RULE}；满意率 = {SATISFACTION_RULE}。")


def frontdesk_breakdowns(session: Session, year: int) -> tuple[Breakdown, ...]:
    consultations = consultation_breakdowns(session, year)
    tickets = ticket_breakdowns(ticket_figures(session, year))
    return (*consultations, *tickets)


def consultation_breakdowns(session: Session, year: int) -> tuple[Breakdown, ...]:
    rows = session.execute(select(Consultation.consulted_on, Consultation.channel, Consultation.category,
                                  Consultation.outcome)
                           .where(Consultation.consulted_on >= date(year, 1, 1),
                                  Consultation.consulted_on <= date(year, 12, 31))).all()
    channels, outcomes = list(ConsultChannel), list(ConsultOutcome)

    def month_cells(selected) -> tuple:
        chosen = list(selected)
        return (len(chosen), *(sum(r.channel is c for r in chosen) for c in channels),
                *(sum(r.outcome is o for r in chosen) for o in outcomes))

    by_month = [(f"{m}月", *month_cells(r for r in rows if r.consulted_on.month == m)) for m in MONTHS]
    by_month.append((TOTAL_LABEL, *month_cells(rows)))
    headers = ("月份", "咨询量", *(c.label for c in channels), *(o.label for o in outcomes))
    months = Breakdown("法律咨询（按月份）", headers, tuple(by_month),
                       CONSULTATION_NOTE + "“来访”至“驿站”为咨询方式，其后为处理结果。")

    def category_cells(selected) -> tuple:
        chosen = list(selected)
        return (len(chosen), rate(len(chosen), len(rows)), *(sum(r.outcome is o for r in chosen) for o in outcomes))

    by_category = [(c.label, *category_cells(r for r in rows if r.category is c)) for c in ConsultCategory]
    by_category.append((TOTAL_LABEL, *category_cells(rows)))
    categories = Breakdown("法律咨询（按类别）", ("咨询类别", "咨询量", "占比", *(o.label for o in outcomes)),
                           tuple(by_category), CONSULTATION_NOTE + "占比 = 该类别咨询量 ÷ 当年咨询量。")
    return months, categories


def ticket_breakdowns(figures: TicketFigures) -> tuple[Breakdown, ...]:
    def table(title: str, first: str, groups: dict[str, TicketCounts], label=lambda key: key) -> Breakdown:
        rows = [(label(key), *_ticket_cells(counts)) for key, counts in groups.items()]
        rows.append((TOTAL_LABEL, *_ticket_cells(figures.whole)))
        return Breakdown(title, (first, *TICKET_HEADERS), tuple(rows), TICKET_NOTE)

    return (table("热线工单（按月份）", "月份", figures.by_month, lambda key: f"{int(key)}月"),
            table("热线工单（按类别）", "诉求类别", figures.by_category),
            table("热线工单（按平台）", "平台", figures.by_platform))


def _ticket_cells(c: TicketCounts) -> tuple:
    return (c.received, c.responded_on_time, c.on_time_response_rate, c.closed, c.closed_rate, c.visited,
            c.satisfied, c.satisfaction_rate)
