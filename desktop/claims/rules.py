"""Payout rules as data: parse and check the rule JSON, and compute a payout line by line.

Two rule types (the JSON schema is shared with the demo-data generator):

- ``fixed_by_grade``: a fixed sum per grade (school level, illness grade...).
- ``deductible_ratio_cap``: (base - deductible) x ratio, capped per claim.

Both carry ``waiting_days`` (from the enrolment start to the event),
``claim_window_days`` (from the event or discharge date to the application) and
``per_year_cap`` (per member, plan and calendar year of the event, counting
approved and paid amounts). Money is ``Decimal``; payouts round half up to the cent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.errors import ValidationError
from desktop.money import format_amount, parse_amount

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
FIXED = "fixed_by_grade"
RATIO = "deductible_ratio_cap"
BASES = {
    "self_pay": "自费费用",
    "copay_plus_self_pay": "自负费用＋自费费用",
    "total_minus_fund": "总费用－统筹支付",
}


@dataclass(frozen=True)
class Limits:
    waiting_days: int = 0
    claim_window_days: int | None = None
    per_year_cap: Decimal | None = None


@dataclass(frozen=True)
class FixedRule:
    grades: Mapping[str, Decimal]
    limits: Limits = field(default_factory=Limits)
    type: str = FIXED


@dataclass(frozen=True)
class RatioRule:
    base: str
    deductible: Decimal
    ratio: Decimal
    per_claim_cap: Decimal | None
    limits: Limits = field(default_factory=Limits)
    type: str = RATIO


Rule = FixedRule | RatioRule


@dataclass(frozen=True)
class ClaimFacts:
    """What the calculation needs from a claim, its plan and the member's enrolment."""

    event_on: date
    applied_on: date
    term_start: date
    term_end: date
    enrolment_start: date | None
    enrolment_end: date | None = None
    discharge_on: date | None = None
    grade: str | None = None
    total_cost: Decimal = ZERO
    fund_paid: Decimal = ZERO
    copay: Decimal = ZERO
    self_pay: Decimal = ZERO


@dataclass(frozen=True)
class Calculation:
    amount: Decimal
    base: Decimal
    lines: tuple[str, ...]
    refusals: tuple[str, ...] = ()

    @property
    def refused(self) -> bool:
        return bool(self.refusals)

    def text(self) -> str:
        return "\n".join(self.lines + tuple(f"不予赔付：{r}" for r in self.refusals))


# ------------------------------------------------------------------ parsing
def parse_rule(raw: str | Mapping) -> Rule:
    """Read rule JSON (text or dict); raise ``ValidationError`` naming the bad key."""
    data = _load(raw)
    kind = data.get("type")
    limits = _limits(data)
    if kind == FIXED:
        return FixedRule(grades=_grades(data.get("grades")), limits=limits)
    if kind == RATIO:
        return _ratio_rule(data, limits)
    raise ValidationError(f"规则类型应为 {FIXED} 或 {RATIO}，实际为「{kind}」", field="规则类型")


def rule_to_json(rule: Rule) -> str:
    data: dict = {"type": rule.type}
    if isinstance(rule, FixedRule):
        data["grades"] = {k: str(v) for k, v in rule.grades.items()}
    else:
        data.update(base=rule.base, deductible=str(rule.deductible), ratio=str(rule.ratio),
                    per_claim_cap=_opt_str(rule.per_claim_cap))
    data.update(waiting_days=rule.limits.waiting_days, claim_window_days=rule.limits.claim_window_days,
                per_year_cap=_opt_str(rule.limits.per_year_cap))
    return json.dumps(data, ensure_ascii=False)


def describe(rule: Rule) -> str:
    """One line in Chinese for lists: what the rule pays."""
    if isinstance(rule, FixedRule):
        body = "、".join(f"{k} ¥{format_amount(v)}" for k, v in rule.grades.items())
        text = f"定额给付：{body}"
    else:
        cap = f"，单次封顶 ¥{format_amount(rule.per_claim_cap)}" if rule.per_claim_cap is not None else ""
        text = (f"{BASES[rule.base]}减起付线 ¥{format_amount(rule.deductible)} 后按 "
                f"{_percent(rule.ratio)} 给付{cap}")
    return text + _limits_text(rule.limits)


def _limits_text(limits: Limits) -> str:
    parts = []
    if limits.per_year_cap is not None:
        parts.append(f"年度封顶 ¥{format_amount(limits.per_year_cap)}")
    if limits.waiting_days:
        parts.append(f"等待期 {limits.waiting_days} 天")
    if limits.claim_window_days is not None:
        parts.append(f"申请时限 {limits.claim_window_days} 天")
    return "；" + "，".join(parts) if parts else ""


def _load(raw: str | Mapping) -> Mapping:
    if isinstance(raw, Mapping):
        return raw
    try:
        data = json.loads(raw)
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"不是有效的 JSON：{exc}", field="给付规则") from exc
    if not isinstance(data, dict):
        raise ValidationError("应为一个 JSON 对象", field="给付规则")
    return data


def _ratio_rule(data: Mapping, limits: Limits) -> RatioRule:
    base = data.get("base")
    if base not in BASES:
        raise ValidationError(f"计算基数应为 {'、'.join(BASES)} 之一，实际为「{base}」", field="计算基数")
    ratio = _ratio(data.get("ratio"))
    return RatioRule(base=base, deductible=_money(data.get("deductible", "0"), "起付线"), ratio=ratio,
                     per_claim_cap=_optional_money(data.get("per_claim_cap"), "单次封顶"), limits=limits)


def _limits(data: Mapping) -> Limits:
    window = data.get("claim_window_days")
    return Limits(
        waiting_days=_days(data.get("waiting_days", 0) or 0, "等待期"),
        claim_window_days=None if window is None else _days(window, "申请时限"),
        per_year_cap=_optional_money(data.get("per_year_cap"), "年度封顶"),
    )


def _grades(raw) -> dict[str, Decimal]:
    if not isinstance(raw, Mapping) or not raw:
        raise ValidationError("至少要有一个等级及金额", field="等级金额")
    grades = {}
    for name, amount in raw.items():
        if not str(name).strip():
            raise ValidationError("等级名称不能为空", field="等级金额")
        grades[str(name).strip()] = _money(amount, f"等级「{name}」金额")
    return grades


def _money(value, label: str) -> Decimal:
    if isinstance(value, float):
        raise ValidationError("金额应写成字符串（如 \"1000.00\"）", field=label)
    return parse_amount(value if value is not None else "", field=label)


def _optional_money(value, label: str) -> Decimal | None:
    return None if value is None or value == "" else _money(value, label)


def _ratio(value) -> Decimal:
    try:
        ratio = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(f"「{value}」不是有效的比例", field="给付比例") from exc
    if not ratio.is_finite() or not 0 <= ratio <= 1:
        raise ValidationError("应在 0 到 1 之间（如 0.50 表示 50%）", field="给付比例")
    return ratio


def _days(value, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(f"应为不小于 0 的整数天数，实际为「{value}」", field=label)
    return value


def _opt_str(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _percent(ratio: Decimal) -> str:
    return f"{(ratio * 100).normalize():f}%"


def money(value: Decimal) -> str:
    return f"¥{format_amount(value)}"


def round_cent(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# -------------------------------------------------------------- calculation
def calculate(rule: Rule, claim: ClaimFacts, ytd_paid: Decimal = ZERO) -> Calculation:
    """The payout for ``claim`` under ``rule``, each step as a Chinese line, or the refusals."""
    refusals = eligibility_refusals(rule.limits, claim)
    if isinstance(rule, FixedRule):
        base, amount, lines = _fixed_payout(rule, claim, refusals)
    else:
        base, amount, lines = _ratio_payout(rule, claim)
    amount, cap_lines = _apply_year_cap(rule.limits.per_year_cap, amount, ytd_paid, refusals)
    lines += cap_lines
    if refusals:
        return Calculation(ZERO, base, tuple(lines + ["应付金额：¥0.00（不予赔付）"]), tuple(refusals))
    return Calculation(amount, base, tuple(lines + [f"应付金额：{money(amount)}"]))


def eligibility_refusals(limits: Limits, claim: ClaimFacts) -> list[str]:
    checks = (_term_refusal, _enrolment_refusal, _waiting_refusal, _window_refusal)
    return [reason for check in checks if (reason := check(limits, claim))]


def _term_refusal(_limits: Limits, claim: ClaimFacts) -> str | None:
    if claim.term_start <= claim.event_on <= claim.term_end:
        return None
    return f"事故/发病日期 {claim.event_on} 不在保障期 {claim.term_start} 至 {claim.term_end} 内"


def _enrolment_refusal(_limits: Limits, claim: ClaimFacts) -> str | None:
    if claim.enrolment_start is None:
        return "该会员未参加此保障项目"
    end = claim.enrolment_end or claim.term_end
    if claim.enrolment_start <= claim.event_on <= end:
        return None
    return f"事故/发病日期 {claim.event_on} 不在会员参保期 {claim.enrolment_start} 至 {end} 内"


def _waiting_refusal(limits: Limits, claim: ClaimFacts) -> str | None:
    if not limits.waiting_days or claim.enrolment_start is None:
        return None
    days = (claim.event_on - claim.enrolment_start).days
    if days >= limits.waiting_days:
        return None
    return f"在等待期内：参保 {claim.enrolment_start} 起第 {days} 天发生，等待期为 {limits.waiting_days} 天"


def _window_refusal(limits: Limits, claim: ClaimFacts) -> str | None:
    if limits.claim_window_days is None:
        return None
    start = claim.discharge_on or claim.event_on
    days = (claim.applied_on - start).days
    if days <= limits.claim_window_days:
        return None
    what = "出院" if claim.discharge_on else "事故/发病"
    return f"超过申请时限：{what}日期 {start} 至申请日 {claim.applied_on} 已 {days} 天，时限为 {limits.claim_window_days} 天"


def _fixed_payout(rule: FixedRule, claim: ClaimFacts, refusals: list[str]) -> tuple[Decimal, Decimal, list[str]]:
    amount = rule.grades.get((claim.grade or "").strip())
    if amount is None:
        known = "、".join(rule.grades)
        refusals.append(f"等级「{claim.grade or '未填'}」不在规则中（可选：{known}）")
        return ZERO, ZERO, [f"定额给付：等级「{claim.grade or '未填'}」无对应金额"]
    return amount, amount, [f"定额给付：等级「{claim.grade}」{money(amount)}"]


def _ratio_payout(rule: RatioRule, claim: ClaimFacts) -> tuple[Decimal, Decimal, list[str]]:
    base, lines = _base(rule.base, claim)
    after = max(base - rule.deductible, ZERO)
    lines.append(f"减起付线 {money(rule.deductible)}：{money(after)}")
    amount = round_cent(after * rule.ratio)
    lines.append(f"× 给付比例 {_percent(rule.ratio)}：{money(amount)}")
    if rule.per_claim_cap is not None and amount > rule.per_claim_cap:
        amount = rule.per_claim_cap
        lines.append(f"超过单次封顶，按单次封顶 {money(amount)}")
    return base, amount, lines


def _base(kind: str, claim: ClaimFacts) -> tuple[Decimal, list[str]]:
    if kind == "self_pay":
        value, how = claim.self_pay, f"自费费用 {money(claim.self_pay)}"
    elif kind == "copay_plus_self_pay":
        value = claim.copay + claim.self_pay
        how = f"自负费用 {money(claim.copay)} ＋ 自费费用 {money(claim.self_pay)}"
    else:
        value = claim.total_cost - claim.fund_paid
        how = f"总费用 {money(claim.total_cost)} － 统筹支付 {money(claim.fund_paid)}"
    value = max(value, ZERO)
    return value, [f"计算基数（{BASES[kind]}）：{how} ＝ {money(value)}"]


def _apply_year_cap(cap: Decimal | None, amount: Decimal, ytd: Decimal,
                    refusals: list[str]) -> tuple[Decimal, list[str]]:
    if cap is None:
        return amount, []
    remaining = max(cap - ytd, ZERO)
    line = f"年度封顶 {money(cap)}，本年度已核准/已支付 {money(ytd)}，剩余额度 {money(remaining)}"
    if remaining <= ZERO:
        refusals.append(f"已达年度封顶：本年度已核准/已支付 {money(ytd)}，年度封顶 {money(cap)}")
        return ZERO, [line]
    if amount > remaining:
        return remaining, [line, f"超过剩余年度额度，按 {money(remaining)}"]
    return amount, [line]
