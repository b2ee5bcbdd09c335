"""A year of front-desk work for the demo: ~450 legal consultations and ~200 hotline tickets.

The year is the 365 days before the reference day. Consultations spread over every channel,
category and 处理结果: some 转调解 are the consultation a demo case was registered from (the
case's first applicant, a day or two before the case was received), a few are still 待转;
转法律援助 are left 待转 for the legal-aid area. Tickets (12351 and 12345) get their limits from
设置 on the working-day calendar, contact records, results and 回访; what happened after the
reference day is cut off, so recent tickets are 待响应 / 办理中 / 待回访 and a few old ones are
overdue. Some 12351 calls became a consultation (linked both ways). Deterministic by the seed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from random import Random

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome, Satisfaction, TicketChannel, TicketStatus
from db.models import CaseApplicant
from desktop import settings as org_settings
from desktop.calendar.store import read_calendar
from desktop.demo import identity, vocab
from desktop.demo.bulk import moment
from desktop.demo.context import Ctx
from desktop.demo.weighted import Weighted, between, pick
from desktop.frontdesk.deadlines import ticket_deadlines

CONSULTATIONS, TICKETS = 450, 200
DAYS = 365
CHANNELS = Weighted({ConsultChannel.VISIT: 40, ConsultChannel.PHONE: 33, ConsultChannel.ONLINE: 16,
                     ConsultChannel.STATION: 11})
CATEGORIES = Weighted({ConsultCategory.WAGES: 34, ConsultCategory.SOCIAL_INSURANCE: 15,
                       ConsultCategory.CONTRACT: 15, ConsultCategory.INJURY: 12, ConsultCategory.DISMISSAL: 16,
                       ConsultCategory.OTHER: 8})
OUTCOMES = Weighted({ConsultOutcome.ANSWERED: 74, ConsultOutcome.TO_MEDIATION: 11, ConsultOutcome.TO_LEGAL_AID: 5,
                     ConsultOutcome.TO_LITIGATION: 7, ConsultOutcome.OTHER: 3})
SATISFACTION = Weighted({Satisfaction.SATISFIED: 82, Satisfaction.BASIC: 14, Satisfaction.UNSATISFIED: 4})
LAWYERS = ("刘志远律师", "张慧律师", "陈明律师", "王海燕律师", "赵立新律师")
PENDING_MEDIATION = 3  # 转调解 consultations whose case is not registered yet
QUESTIONS = {
    ConsultCategory.WAGES: ("公司拖欠{n}个月工资不发怎么办", "加班费应该怎么计算，单位只发基本工资",
                            "离职后单位扣着最后一个月工资不给", "包工头跑了，工地欠的工资找谁要"),
    ConsultCategory.SOCIAL_INSURANCE: ("单位一直没给缴社保，能要求补缴吗", "单位按最低基数缴社保是否合法",
                                       "试用期单位不缴社保怎么办"),
    ConsultCategory.CONTRACT: ("入职{n}个月了单位还不签劳动合同", "合同到期单位不续签有没有补偿",
                               "单位要求签空白合同能签吗"),
    ConsultCategory.INJURY: ("上班路上被车撞了算不算工伤", "工伤认定单位不配合申请怎么办",
                             "工伤停工留薪期单位只发一半工资"),
    ConsultCategory.DISMISSAL: ("单位口头通知辞退，没有任何补偿", "怀孕期间被单位以调岗为由逼迫离职",
                                "单位以末位淘汰为由解除合同是否合法"),
    ConsultCategory.OTHER: ("年休假没休完单位不给折算工资", "单位强制员工周末加班不给调休", "竞业限制期间没给补偿金"),
}
ANSWERS = {
    ConsultOutcome.ANSWERED: ("告知相关法律规定及维权途径，建议先与单位协商，保留考勤、工资条等证据。",
                              "解释了《劳动合同法》相关条款，告知可向劳动监察投诉或申请调解、仲裁。",
                              "告知计算方法和时效（一年），指导其整理证据材料。"),
    ConsultOutcome.TO_MEDIATION: ("当事人同意调解，转调解中心登记受理。",),
    ConsultOutcome.TO_LEGAL_AID: ("当事人经济困难且为工会会员，告知申请工会法律援助所需材料。",),
    ConsultOutcome.TO_LITIGATION: ("单位拒绝调解，告知向劳动人事争议仲裁委员会申请仲裁的程序和材料。",),
    ConsultOutcome.OTHER: ("告知向相关部门反映。",),
}
OTHER_NOTES = ("转区人力社保局劳动保障监察大队", "告知向区医保局咨询", "当事人表示回去再考虑")
TICKET_CONTENTS = {
    ConsultCategory.WAGES: "来电人反映{firm}拖欠其{n}个月工资，要求协调支付。",
    ConsultCategory.SOCIAL_INSURANCE: "来电人反映{firm}未为其缴纳社会保险，要求补缴。",
    ConsultCategory.CONTRACT: "来电人反映{firm}入职至今未签订书面劳动合同。",
    ConsultCategory.INJURY: "来电人反映在{firm}工作期间受伤，单位不配合申报工伤。",
    ConsultCategory.DISMISSAL: "来电人反映被{firm}违法解除劳动合同，未支付经济补偿。",
    ConsultCategory.OTHER: "来电人咨询{firm}年休假、加班调休等问题。",
}
METHODS = ("电话", "电话", "电话", "现场走访", "微信", "短信")
RESULTS = ("经联系单位，已补发拖欠款项，来电人认可。", "已向来电人解释相关政策，并指导其申请劳动争议调解。",
           "协调单位与职工达成一致，问题已解决。", "经核实，单位已为来电人补缴社会保险。",
           "已告知来电人通过仲裁途径解决，并提供法律援助咨询。")


@dataclass
class _Consultation:
    day: date
    channel: ConsultChannel
    category: ConsultCategory
    outcome: ConsultOutcome
    worker_id: int | None = None
    employer_id: int | None = None
    case_id: int | None = None
    caller: tuple[str, str] | None = None
    id: int = 0
    extra: dict = field(default_factory=dict)


def write_frontdesk(ctx: Ctx, rng: Random, cases) -> None:
    """Queue the year's consultations and tickets (``cases``: the demo's ``CaseRef`` list)."""
    ctx.writer.flush()  # the cases' applicants are read back for the consultations they came from
    start = ctx.today - timedelta(days=DAYS)
    plans = [_plan(rng, start) for _ in range(CONSULTATIONS)]
    _link_cases(ctx, rng, plans, [c for c in cases if start < c.received <= ctx.today], start)
    tickets = _tickets(ctx, rng, start, plans)
    plans.sort(key=lambda p: p.day)
    for plan in plans:
        plan.id = ctx.new_id("consultation")
    for plan in plans:
        _write_consultation(ctx, rng, plan)
    for row, contacts in tickets:
        ctx.add("hotline_ticket", row)
        for contact in contacts:
            ctx.add("ticket_contact", contact)
    ctx.writer.maybe_flush()


def _plan(rng: Random, start: date) -> _Consultation:
    day = start + timedelta(days=between(rng, 1, DAYS))
    if day.weekday() == 6 and rng.random() < 0.7:  # few on Sundays
        day -= timedelta(days=between(rng, 1, 4))
    outcome = OUTCOMES.pick(rng)
    return _Consultation(day, CHANNELS.pick(rng), CATEGORIES.pick(rng), outcome)


def _link_cases(ctx: Ctx, rng: Random, plans: list[_Consultation], cases, start: date) -> None:
    """转调解: each is the consultation a case came from, but for the few still 待转."""
    referred = [p for p in plans if p.outcome is ConsultOutcome.TO_MEDIATION]
    rng.shuffle(cases)
    cases = cases[:max(0, len(referred) - PENDING_MEDIATION)]
    applicants = _first_applicants(ctx, [c.id for c in cases])
    for plan in referred[PENDING_MEDIATION:]:
        if not cases:
            plan.outcome = ConsultOutcome.ANSWERED
            continue
        case = cases.pop()
        plan.case_id, plan.employer_id = case.id, case.employer_id
        plan.worker_id = applicants.get(case.id)
        plan.day = max(start, case.received - timedelta(days=between(rng, 0, 2)))
        plan.channel = ConsultChannel.VISIT if rng.random() < 0.8 else ConsultChannel.STATION


def _first_applicants(ctx: Ctx, case_ids: list[int]) -> dict[int, int]:
    if not case_ids:
        return {}
    rows = ctx.writer.connection.execute(select(CaseApplicant.case_id, CaseApplicant.worker_id)
                                         .where(CaseApplicant.case_id.in_(case_ids)).order_by(CaseApplicant.id))
    found: dict[int, int] = {}
    for case_id, worker_id in rows:
        found.setdefault(case_id, worker_id)
    return found


def _write_consultation(ctx: Ctx, rng: Random, plan: _Consultation) -> None:
    worker_id = plan.worker_id
    if worker_id is None:
        worker_id = _caller(ctx, rng, plan)
    employer_id = plan.employer_id
    if employer_id is None and rng.random() < 0.6:
        employer_id = ctx.people.pick_firm().id
    officer = pick(rng, [ctx.staff.clerk, *ctx.staff.mediators])
    lawyer = pick(rng, LAWYERS) if rng.random() < 0.45 else None
    question = pick(rng, QUESTIONS[plan.category]).format(n=between(rng, 2, 6))
    note = pick(rng, OTHER_NOTES) if plan.outcome is ConsultOutcome.OTHER else None
    when = moment(plan.day, between(rng, 0, 480))
    number = ctx.book.take("consultation", plan.day.year, "consultation", plan.id, plan.day)
    ctx.add("consultation", {
        "id": plan.id, "number": number, "consulted_on": plan.day, "channel": plan.channel, "worker_id": worker_id,
        "employer_id": employer_id, "category": plan.category, "question": question,
        "answer": pick(rng, ANSWERS[plan.outcome]), "officer_id": officer, "lawyer_name": lawyer,
        "outcome": plan.outcome, "outcome_note": note, "case_id": plan.case_id, "legal_aid_id": None,
        "version": 1, "created_at": when, "updated_at": when,
    })
    for ticket in plan.extra.get("ticket", ()):
        ticket["consultation_id"] = plan.id


def _caller(ctx: Ctx, rng: Random, plan: _Consultation) -> int:
    """A walk-in or caller: with an ID number when they came in person (most), else a name and phone."""
    if plan.caller is None and plan.channel in (ConsultChannel.VISIT, ConsultChannel.STATION) and rng.random() < 0.8:
        firm = ctx.people.pick_firm() if rng.random() < 0.5 else None
        return ctx.people.new_worker(firm, plan.day, member=rng.random() < 0.4).id
    male = rng.random() < 0.55
    name, phone = plan.caller or (vocab.person_name(rng, male=male), identity.mobile(rng))
    worker_id = ctx.new_id("worker")
    ctx.add("worker", {"id": worker_id, "name": name, "phone": phone, "is_member": False,
                       "version": 1, "created_at": moment(plan.day, 3), "updated_at": moment(plan.day, 3)})
    return worker_id


# ------------------------------------------------------------------ tickets
def _tickets(ctx: Ctx, rng: Random, start: date, plans: list[_Consultation]) -> list[tuple[dict, list[dict]]]:
    session = Session(bind=ctx.writer.connection)
    try:
        settings, calendar = org_settings.load(session), read_calendar(session)
    finally:
        session.close()
    cutoff = datetime.combine(ctx.today, time(0))
    found = []
    for index in range(TICKETS):
        channel = TicketChannel.HOTLINE_12345 if rng.random() < 0.55 else TicketChannel.HOTLINE_12351
        day = start + timedelta(days=between(rng, 1, DAYS))
        hour = between(rng, 8, 17) if rng.random() < 0.85 else between(rng, 18, 22)
        received = datetime.combine(day, time(hour, between(rng, 0, 59)))
        if received >= cutoff:
            received = cutoff - timedelta(hours=between(rng, 2, 30))
        limits = ticket_deadlines(settings, channel, received, calendar)
        category = CATEGORIES.pick(rng)
        firm = ctx.people.pick_firm()
        name, phone = vocab.person_name(rng, male=rng.random() < 0.55), identity.mobile(rng)
        prefix = "12345" if channel is TicketChannel.HOTLINE_12345 else "12351"
        ticket_id = ctx.new_id("hotline_ticket")
        row = {
            "id": ticket_id, "platform_number": f"{prefix}-{received:%Y%m%d}-{index + 1:04d}", "channel": channel,
            "received_at": received, "reply_by": limits.reply_by, "finish_by": limits.finish_by,
            "deadline_explanation": limits.explanation, "category": category, "caller_name": name,
            "caller_phone": phone, "content": TICKET_CONTENTS[category].format(firm=firm.name, n=between(rng, 2, 5)),
            "officer_id": pick(rng, [ctx.staff.clerk, *ctx.staff.mediators]), "employer_id": firm.id,
            "version": 1, "created_at": moment(received.date()), "updated_at": moment(received.date()),
        }
        contacts = _progress(ctx, rng, row, cutoff, stuck=index % 50 == 7, silent=index % 60 == 11)
        if channel is TicketChannel.HOTLINE_12351 and row["responded_at"] and rng.random() < 0.12:
            plans.append(_Consultation(received.date(), ConsultChannel.PHONE, category, ConsultOutcome.ANSWERED,
                                       employer_id=firm.id, caller=(name, phone), extra={"ticket": [row]}))
        found.append((row, contacts))
    return found


def _progress(ctx: Ctx, rng: Random, row: dict, cutoff: datetime, *, stuck: bool, silent: bool) -> list[dict]:
    """The ticket's timeline, cut off at the reference day; ``silent``: never contacted (overdue),
    ``stuck``: contacted but no result (overdue once past 办结期限)."""
    received, reply_by, finish_by = row["received_at"], row["reply_by"], row["finish_by"]
    late = rng.random() < 0.06
    responded = (reply_by + timedelta(hours=between(rng, 1, 20)) if late
                 else received + (reply_by - received) * (0.1 + 0.8 * rng.random()))
    finished = responded + timedelta(hours=between(rng, 3, 96))
    if rng.random() < 0.92:
        finished = min(finished, finish_by - timedelta(hours=1))
    finished = _minute(max(finished, responded + timedelta(minutes=30)))
    responded = _minute(responded)
    closed = finished + timedelta(hours=between(rng, 20, 72))
    row.update(status=TicketStatus.RECEIVED, responded_at=None, finished_at=None, closed_at=None)
    if silent or responded >= cutoff:
        return []
    row.update(status=TicketStatus.RESPONDED, responded_at=responded)
    contacts = [_contact(ctx, rng, row, responded, "已电话联系来电人，了解诉求，并与单位核实情况。")]
    if not stuck and rng.random() < 0.5 and finished - responded > timedelta(hours=2):
        middle = _minute(responded + (finished - responded) / 2)
        contacts.append(_contact(ctx, rng, row, middle, "与单位负责人沟通，督促整改。"))
    if stuck or finished >= cutoff:
        return contacts
    row.update(status=TicketStatus.FINISHED, finished_at=finished, result=pick(rng, RESULTS))
    if closed >= cutoff:
        return contacts
    satisfaction = SATISFACTION.pick(rng)
    row.update(status=TicketStatus.CLOSED, closed_at=closed, satisfaction=satisfaction,
               visit_note="回访来电人，对办理结果表示认可。" if satisfaction is not Satisfaction.UNSATISFIED
               else "回访来电人，对办理时长不满意。")
    return contacts


def _contact(ctx: Ctx, rng: Random, row: dict, at: datetime, note: str) -> dict:
    return {"id": ctx.new_id("ticket_contact"), "ticket_id": row["id"], "contacted_at": at,
            "method": pick(rng, METHODS), "note": note, "officer_id": row["officer_id"]}


def _minute(at: datetime) -> datetime:
    return at.replace(second=0, microsecond=0)
