"""Demo 法律援助案件: about 35 applications over the last year in every state, the centre's lawyers,
hearings (some ahead, for the 工作台) and the money recovered (the seeds report ¥2.03m for 34 cases)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from random import Random

from sqlalchemy import select

from db.enums import ConsultCategory, LawyerKind, LegalAidProcedure, LegalAidStatus
from db.models import LegalAidLawyer
from desktop.demo import identity
from desktop.demo.bulk import moment
from desktop.demo.context import Ctx
from desktop.demo.weighted import between, pick

S, P = LegalAidStatus, LegalAidProcedure
LAWYERS = (("周明", LawyerKind.UNION, "北京京密律师事务所"), ("吴海燕", LawyerKind.UNION, "北京云湖律师事务所"),
           ("郑国华", LawyerKind.UNION, "北京京密律师事务所"), ("冯丽", LawyerKind.DUTY, "密云区法律援助工作站"),
           ("褚志强", LawyerKind.DUTY, "密云区法律援助工作站"))
MATTERS = {
    ConsultCategory.WAGES: ("追讨被拖欠的{n}个月工资", "追讨拖欠的劳动报酬及加班费"),
    ConsultCategory.INJURY: ("工伤认定后追讨一次性伤残补助金等工伤保险待遇", "追讨停工留薪期工资及医疗费"),
    ConsultCategory.DISMISSAL: ("违法解除劳动合同赔偿金", "解除劳动合同经济补偿金"),
    ConsultCategory.CONTRACT: ("未签书面劳动合同二倍工资差额", "确认劳动关系并补签劳动合同"),
    ConsultCategory.SOCIAL_INSURANCE: ("补缴社会保险及未缴纳医疗保险造成的损失",),
}
LATEST = (S.PENDING, S.ACCEPTED, S.ASSIGNED)  # the newest three applications: every early state is shown
CATEGORY_WEIGHTS = ((ConsultCategory.WAGES, 45), (ConsultCategory.INJURY, 20), (ConsultCategory.DISMISSAL, 20),
                    (ConsultCategory.CONTRACT, 10), (ConsultCategory.SOCIAL_INSURANCE, 5))
REFUSALS = ("申请人家庭经济状况不属于困难职工，且非工会会员。", "所请求事项已超过仲裁时效，且无中止、中断情形。",
            "申请事项不属于劳动争议，已告知向人民法院起诉。")
OUTCOMES = ("仲裁调解结案，用人单位当庭支付", "仲裁裁决支持主要请求，单位已履行", "一审判决支持，单位已履行",
            "二审维持原判，已执行到位", "执行和解，分期履行完毕", "仲裁阶段和解撤回申请")


def write_legal_aid(ctx: Ctx, rng: Random, count: int) -> int:
    """``count`` applications over the last year (none when 0); returns how many were written."""
    if count <= 0:
        return 0
    lawyers = _lawyers(ctx)
    for index in range(count):
        applied = ctx.today - timedelta(days=max(int(360 * (count - 1 - index) / count) - between(rng, 0, 5), 0))
        _case(ctx, rng, min(applied, ctx.today), lawyers, LATEST[count - 1 - index] if count - index <= 3 else None)
    return count


def _lawyers(ctx: Ctx) -> list[int]:
    existing = list(ctx.writer.connection.scalars(select(LegalAidLawyer.id).where(LegalAidLawyer.active.is_(True))))
    if existing:
        return existing
    ids = []
    start = moment(ctx.today - timedelta(days=400))
    for k, (name, kind, firm) in enumerate(LAWYERS):
        ids.append(ctx.new_id("legal_aid_lawyer"))
        ctx.add("legal_aid_lawyer", {"id": ids[-1], "name": name, "kind": kind, "firm": firm,
                                     "phone": identity.mobile(ctx.rng), "active": k != len(LAWYERS) - 1,
                                     "version": 1, "created_at": start, "updated_at": start})
    return ids[:-1]


def _weighted(rng: Random, pairs):
    total = sum(w for _, w in pairs)
    roll = rng.uniform(0, total)
    for item, weight in pairs:
        roll -= weight
        if roll <= 0:
            return item
    return pairs[-1][0]


def _status(rng: Random, age: int) -> LegalAidStatus:
    if age < 4:
        return S.PENDING
    if rng.random() < 0.1:
        return S.REFUSED
    if age < 10:
        return pick(rng, (S.ACCEPTED, S.ASSIGNED))
    if age < 120:
        return pick(rng, (S.IN_PROGRESS, S.IN_PROGRESS, S.CLOSED))
    return S.CLOSED if rng.random() < 0.9 else S.IN_PROGRESS


def _case(ctx: Ctx, rng: Random, applied: date, lawyers: list[int], status: LegalAidStatus | None) -> None:
    status = status or _status(rng, (ctx.today - applied).days)
    category = _weighted(rng, CATEGORY_WEIGHTS)
    member = rng.random() < 0.85
    worker = ctx.people.new_worker(ctx.people.pick_firm(), applied, member=member)
    case_id = ctx.new_id("legal_aid_case")
    workers = 1 if rng.random() < 0.85 else between(rng, 2, 12)
    claimed = Decimal(between(rng, 80, 1500) * 100 * (1 + (workers - 1) // 3))
    row = {"id": case_id, "applied_on": applied, "worker_id": worker.id, "employer_id": worker.employer_id,
           "category": category, "matter": pick(rng, MATTERS[category]).format(n=between(rng, 2, 8)),
           "amount_claimed": claimed, "workers_involved": workers, "status": status,
           "officer_id": ctx.staff.clerk, "version": 1, "created_at": moment(applied, 30)}
    row["number"] = ctx.book.take("legal_aid", applied.year, "legal_aid_case", case_id, applied)
    moves = _decide(ctx, rng, row, member, lawyers)
    row["updated_at"] = moment(max(d for d, _ in moves) if moves else applied, 40)
    ctx.add("legal_aid_case", row)
    previous = S.PENDING.value
    for k, (day, target) in enumerate(moves):
        ctx.add("state_transition", {
            "id": ctx.new_id("state_transition"), "entity_type": "legal_aid_case", "entity_id": case_id,
            "from_state": previous, "to_state": target.value, "at": moment(day, 50 + k),
            "officer_id": ctx.staff.director if target in (S.ACCEPTED, S.REFUSED) else ctx.staff.clerk,
            "reason": row.get("decision_reason") if target is S.REFUSED else None})
        previous = target.value


def _decide(ctx: Ctx, rng: Random, row: dict, member: bool, lawyers: list[int]) -> list[tuple[date, LegalAidStatus]]:
    """Fill the review, decision, lawyer and outcome the state needs; the moves with their days."""
    status, applied = row["status"], row["applied_on"]
    if status is S.PENDING:
        return []
    reviewed = min(applied + timedelta(days=between(rng, 0, 2)), ctx.today)
    decided = min(reviewed + timedelta(days=between(rng, 0, 2)), ctx.today)
    row.update(is_member=member, review_note="会员身份已核实，属于援助范围" if member else "非会员，经济困难情况待核",
               reviewer_id=ctx.staff.clerk, reviewed_on=reviewed, decided_on=decided, decided_by=ctx.staff.director)
    if status is S.REFUSED:
        row["decision_reason"] = pick(rng, REFUSALS)
        return [(decided, S.REFUSED)]
    moves = [(decided, S.ACCEPTED)]
    if status is S.ACCEPTED:
        return moves
    assigned = min(decided + timedelta(days=between(rng, 0, 3)), ctx.today)
    procedure = pick(rng, (P.ARBITRATION, P.ARBITRATION, P.ARBITRATION, P.FIRST_INSTANCE, P.EXECUTION))
    row.update(lawyer_id=pick(rng, lawyers), assigned_on=assigned, procedure=procedure)
    moves.append((assigned, S.ASSIGNED))
    if status is S.ASSIGNED:
        return moves
    hearing = assigned + timedelta(days=between(rng, 20, 60))
    _hearing(ctx, rng, row["id"], hearing, procedure)
    moves.append((min(hearing, ctx.today) if hearing <= ctx.today else assigned, S.IN_PROGRESS))
    if status is S.CLOSED:
        closed = min(max(hearing, assigned) + timedelta(days=between(rng, 5, 40)), ctx.today)
        recovered = (row["amount_claimed"] * Decimal(between(rng, 55, 100)) / 100).quantize(Decimal("1"))
        row.update(closed_on=closed, outcome=pick(rng, OUTCOMES), amount_recovered=recovered)
        moves.append((closed, S.CLOSED))
    return moves


def _hearing(ctx: Ctx, rng: Random, case_id: int, on: date, procedure: LegalAidProcedure) -> None:
    ctx.add("legal_aid_progress", {
        "id": ctx.new_id("legal_aid_progress"), "case_id": case_id, "happened_on": on, "procedure": procedure,
        "is_hearing": True, "place": pick(rng, ("区劳动人事争议仲裁委第一仲裁庭", "区劳动人事争议仲裁委第二仲裁庭",
                                                "密云区人民法院第三法庭")),
        "note": f"{procedure.label}开庭", "officer_id": ctx.staff.clerk})
