"""Mutual-aid plans with their payout rules (as JSON data), and the rule arithmetic.

Rule JSON (shared with the real calculator):
``{"type": "fixed_by_grade", "grades": {...}, "waiting_days", "claim_window_days", "per_year_cap"}`` or
``{"type": "deductible_ratio_cap", "base", "deductible", "ratio", "per_claim_cap", "per_year_cap",
"waiting_days", "claim_window_days"}``; money and ratios as strings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from db.enums import PlanKind
from db.models import AidPlan, PlanRuleVersion
from desktop.demo.bulk import BulkWriter, moment

CENT = Decimal("0.01")
MEDICAL_DOCS = ("互助申请表", "身份证复印件", "京卡（互助服务卡）复印件", "出院诊断证明", "住院费用结算单", "费用明细清单")
ILLNESS_DOCS = ("互助申请表", "身份证复印件", "京卡（互助服务卡）复印件", "病理诊断报告", "出院诊断证明")
SCHOOL_DOCS = ("助学申请表", "会员身份证复印件", "录取通知书", "学生证复印件", "家庭困难情况说明")

# code, name, kind, rule, documents, share of claims
PLAN_SPECS = (
    ("ZGZY", "在职职工住院医疗互助", PlanKind.INSERVICE_MEDICAL,
     {"type": "deductible_ratio_cap", "base": "copay_plus_self_pay", "deductible": "1000.00", "ratio": "0.50",
      "per_claim_cap": "5000.00", "per_year_cap": "20000.00", "waiting_days": 90, "claim_window_days": 180},
     MEDICAL_DOCS, 45),
    ("ZDJB", "重大疾病互助", PlanKind.SERIOUS_ILLNESS,
     {"type": "fixed_by_grade", "grades": {"恶性肿瘤": "10000.00", "急性心肌梗死": "8000.00", "脑卒中后遗症": "8000.00",
                                          "重大器官移植术": "10000.00", "终末期肾病": "6000.00"},
      "waiting_days": 90, "claim_window_days": 365, "per_year_cap": "10000.00"},
     ILLNESS_DOCS, 8),
    ("ECBX", "二次报销", PlanKind.SECOND_REIMBURSEMENT,
     {"type": "deductible_ratio_cap", "base": "total_minus_fund", "deductible": "500.00", "ratio": "0.30",
      "per_claim_cap": "3000.00", "per_year_cap": "6000.00", "waiting_days": 0, "claim_window_days": 365},
     MEDICAL_DOCS, 25),
    ("JQZX", "金秋助学", PlanKind.SCHOOL_AID,
     {"type": "fixed_by_grade", "grades": {"研究生": "1500.00", "本科": "1000.00", "专科": "800.00", "中职": "500.00"},
      "waiting_days": 0, "claim_window_days": 365, "per_year_cap": None},
     SCHOOL_DOCS, 17),
    ("NZGJB", "女职工特殊疾病互助", PlanKind.WOMEN_DISEASE,
     {"type": "fixed_by_grade", "grades": {"乳腺癌": "5000.00", "宫颈癌": "5000.00", "卵巢癌": "5000.00",
                                          "子宫内膜癌": "4000.00"},
      "waiting_days": 180, "claim_window_days": 365, "per_year_cap": "5000.00"},
     ILLNESS_DOCS, 5),
)


@dataclass(frozen=True)
class Plan:
    id: int
    code: str
    name: str
    kind: PlanKind
    rule: dict
    rule_version_id: int
    documents: tuple[str, ...]
    weight: int


def ensure_plans(writer: BulkWriter, start: date, end: date) -> list[Plan]:
    """The demo plans; a plan whose code already exists is reused with its latest rule."""
    conn = writer.connection
    existing = {row.code: row.id for row in conn.execute(select(AidPlan.code, AidPlan.id))}
    plans = []
    for code, name, kind, rule, docs, weight in PLAN_SPECS:
        if code in existing:
            version = conn.execute(select(PlanRuleVersion.id, PlanRuleVersion.rule_json)
                                   .where(PlanRuleVersion.plan_id == existing[code])
                                   .order_by(PlanRuleVersion.version_no.desc())).first()
            plans.append(Plan(existing[code], code, name, kind, json.loads(version.rule_json), version.id, docs, weight))
        else:
            plans.append(_create(writer, code, name, kind, rule, docs, weight, start, end))
    return plans


def _create(writer, code, name, kind, rule, docs, weight, start: date, end: date) -> Plan:
    plan_id, version_id = writer.next_id("aid_plan"), writer.next_id("plan_rule_version")
    writer.add("aid_plan", {
        "id": plan_id, "code": code, "name": name, "kind": kind, "term_start": start, "term_end": end,
        "enrolment_rule": "以单位工会为单位统一参加，按年度缴纳互助金", "required_documents": "、".join(docs),
        "active": True, "version": 1, "created_at": moment(start), "updated_at": moment(start),
    })
    writer.add("plan_rule_version", {
        "id": version_id, "plan_id": plan_id, "version_no": 1, "effective_from": start,
        "rule_json": json.dumps(rule, ensure_ascii=False, sort_keys=True), "created_at": moment(start),
    })
    return Plan(plan_id, code, name, kind, rule, version_id, docs, weight)


def rule_base(rule: dict, total: Decimal, fund: Decimal, copay: Decimal, self_pay: Decimal, grade: str | None) -> Decimal:
    if rule["type"] == "fixed_by_grade":
        return Decimal(rule["grades"][grade])
    return {"self_pay": self_pay, "copay_plus_self_pay": copay + self_pay,
            "total_minus_fund": total - fund}[rule["base"]]


def calculate(rule: dict, base: Decimal, ytd_paid: Decimal) -> tuple[Decimal, Decimal, str]:
    """(uncapped amount, payable amount, explanation) for ``base`` after ``ytd_paid`` this year."""
    if rule["type"] == "fixed_by_grade":
        raw, text = base, f"按等级定额 {base:,.2f}"
    else:
        deductible, ratio = Decimal(rule["deductible"]), Decimal(rule["ratio"])
        raw = (max(base - deductible, Decimal(0)) * ratio).quantize(CENT, ROUND_HALF_UP)
        text = f"（{base:,.2f} − 起付 {deductible:,.2f}）× {ratio * 100:.0f}% = {raw:,.2f}"
        if rule.get("per_claim_cap") and raw > Decimal(rule["per_claim_cap"]):
            raw, text = Decimal(rule["per_claim_cap"]), text + f"，单次封顶 {rule['per_claim_cap']}"
    amount = raw
    if rule.get("per_year_cap") is not None:
        room = max(Decimal(rule["per_year_cap"]) - ytd_paid, Decimal(0))
        if amount > room:
            amount, text = room, text + f"，年度封顶剩余 {room:,.2f}"
    return raw, amount.quantize(CENT), text + f"，核定 {amount:,.2f} 元"
