"""What a claim is about: the illness or the school place, hospital, dates and costs."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from random import Random

from db.enums import PlanKind
from desktop.demo import vocab
from desktop.demo.people import Person
from desktop.demo.plans import CENT, Plan
from desktop.demo.weighted import between, pick

HOSPITALS = (("北京市密云区医院", "三级"), ("北京市密云区中医医院", "三级"), ("北京市密云区妇幼保健院", "二级"),
             ("首都医科大学附属北京朝阳医院", "三级"), ("北京大学人民医院", "三级"), ("中国医学科学院肿瘤医院", "三级"),
             ("北京市密云区鼓楼社区卫生服务中心", "一级"), ("北京市密云区溪翁庄镇社区卫生服务中心", "一级"))
DIAGNOSES = ("急性阑尾炎", "腰椎间盘突出症", "冠状动脉粥样硬化性心脏病", "2型糖尿病", "社区获得性肺炎",
             "胆囊结石伴慢性胆囊炎", "股骨颈骨折", "脑梗死", "高血压病3级", "慢性阻塞性肺疾病急性加重期")
ZERO = Decimal("0.00")


def details(rng: Random, plan: Plan, member: Person, applied: date) -> dict:
    if plan.kind is PlanKind.SCHOOL_AID:
        return _school(rng, plan, member, applied)
    return _medical(rng, plan, applied)


def _school(rng: Random, plan: Plan, member: Person, applied: date) -> dict:
    year = applied.year if applied.month >= 9 else applied.year - 1
    child = member.name[0] + vocab.person_name(rng, male=rng.random() < 0.5)[1:]
    return {
        "relationship_to_member": "子女", "beneficiary_name": child, "event_type": "子女入学",
        "event_on": date(year, 9, 1), "grade": pick(rng, list(plan.rule["grades"])),
        "total_cost": ZERO, "fund_paid": ZERO, "copay": ZERO, "self_pay": ZERO,
    }


def _medical(rng: Random, plan: Plan, applied: date) -> dict:
    admitted = applied - timedelta(days=between(rng, 15, 90))
    discharged = admitted + timedelta(days=between(rng, 3, 20))
    hospital, level = pick(rng, HOSPITALS)
    total = Decimal(between(rng, 500_000, 8_000_000)) / 100
    fund = (total * between(rng, 50, 80) / 100).quantize(CENT)
    copay = ((total - fund) * between(rng, 30, 70) / 100).quantize(CENT)
    fixed = plan.rule["type"] == "fixed_by_grade"
    grade = pick(rng, list(plan.rule["grades"])) if fixed else None
    return {
        "relationship_to_member": "本人", "event_type": "确诊重大疾病" if fixed else "住院",
        "event_on": admitted, "admission_on": admitted, "discharge_on": discharged,
        "hospital": hospital, "hospital_level": level, "diagnosis": grade or pick(rng, DIAGNOSES), "grade": grade,
        "total_cost": total, "fund_paid": fund, "copay": copay, "self_pay": total - fund - copay,
    }
