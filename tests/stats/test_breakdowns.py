"""Breakdown tables against the hand-built dataset: rows, totals equal to the headline figures."""

from decimal import Decimal

import pytest

from desktop.stats.report import year_report
from tests.stats import dataset

pytestmark = pytest.mark.db


@pytest.fixture
def report(database):
    dataset.build(database)
    return year_report(database, 2024)


def table(report, title):
    return next(b for b in report.breakdowns if b.title == title)


def row(breakdown, label):
    found = next(r for r in breakdown.rows if r[0] == label)
    return dict(zip(breakdown.headers, found))


def test_every_breakdown_is_there(report):
    titles = [b.title for b in report.breakdowns]
    assert titles == ["调解案件（按月份）", "调解案件（按案件来源）", "调解案件（按争议类型）", "调解案件（按主调解员）",
                      "调解案件（按街道乡镇）", "一函两书（按文书类型）", "互助保障（按保障项目）", "互助保障（按月份）",
                      "法律咨询（按月份）", "法律咨询（按类别）", "热线工单（按月份）", "热线工单（按类别）",
                      "热线工单（按平台）"]
    for breakdown in report.breakdowns:
        assert breakdown.footer_note
        assert all(len(r) == len(breakdown.headers) for r in breakdown.rows)


@pytest.mark.parametrize("title", ["调解案件（按月份）", "调解案件（按案件来源）", "调解案件（按主调解员）",
                                   "调解案件（按街道乡镇）"])
def test_case_totals_equal_headline(report, title):
    total = row(table(report, title), "合计")
    cases = report.figures.cases
    assert (total["受理件数"], total["结案件数"], total["达成协议"]) == (cases.accepted, cases.closed, cases.agreed)
    assert total["涉案金额（元）"] == cases.amount_claimed and total["挽回经济损失（元）"] == cases.amount_recovered
    assert total["调解成功率"] == cases.success_rate and total["按期办结率"] == cases.on_time_rate


def test_cases_by_month(report):
    months = table(report, "调解案件（按月份）")
    assert len(months.rows) == 13
    january = row(months, "1月")
    assert (january["受理件数"], january["结案件数"], january["达成协议"]) == (0, 1, 1)
    assert january["挽回经济损失（元）"] == Decimal("8000.00")
    november = row(months, "11月")
    assert (november["受理件数"], november["集体争议"], november["涉案金额（元）"]) == (1, 1, Decimal("20000.50"))


def test_cases_by_source_mediator_street(report):
    walk_in = row(table(report, "调解案件（按案件来源）"), "来访")
    assert (walk_in["受理件数"], walk_in["结案件数"], walk_in["达成协议"], walk_in["调解成功率"]) == (2, 3, 1, 0.5)
    lead_a = row(table(report, "调解案件（按主调解员）"), "王调解")
    assert (lead_a["受理件数"], lead_a["结案件数"], lead_a["达成协议"]) == (4, 3, 3)
    assert row(table(report, "调解案件（按主调解员）"), "未指定")["结案件数"] == 2
    streets = table(report, "调解案件（按街道乡镇）")
    assert [r[0] for r in streets.rows] == ["果园街道", "鼓楼街道", "未填写", "合计"]
    assert row(streets, "未填写")["结案件数"] == 3


def test_cases_by_category_counts_each_category(report):
    categories = table(report, "调解案件（按争议类型）")
    assert row(categories, "拖欠劳动报酬")["受理件数"] == 3  # C2, C8, C9
    assert row(categories, "加班费")["受理件数"] == 1
    assert row(categories, "未分类")["受理件数"] == 1  # C10
    assert "合计" not in [r[0] for r in categories.rows]


def test_letters_by_kind(report):
    letters = table(report, "一函两书（按文书类型）")
    prompt = row(letters, "提示函")
    assert (prompt["发出件数"], prompt["全部整改"], prompt["整改率"], prompt["回复率"]) == (2, 2, 1.0, 1.0)
    total = row(letters, "合计")
    assert (total["发出件数"], total["涉及职工人数"], total["追回工资（元）"]) == (4, 36, Decimal("10000.00"))


def test_claims_by_plan_and_month(report):
    plans = table(report, "互助保障（按保障项目）")
    medical = row(plans, "在职职工住院医疗互助")
    assert (medical["参保会员"], medical["受理申请"], medical["赔付（人次）"], medical["不予赔付"]) == (2, 2, 2, 1)
    assert medical["理赔金额（元）"] == Decimal("2000.50") and medical["人均赔付（元）"] == Decimal("1000.25")
    assert row(plans, "合计")["参保会员"] == 2
    months = table(report, "互助保障（按月份）")
    assert row(months, "6月")["支付金额（元）"] == Decimal("1000.00")
    assert row(months, "合计")["支付金额（元）"] == report.figures.claims.amount_paid


def test_front_desk_tables_add_up_to_the_headline(report):
    consultations = report.figures.consultations
    months = table(report, "法律咨询（按月份）")
    assert row(months, "合计")["咨询量"] == consultations.total == 5
    assert sum(r[1] for r in months.rows if r[0] != "合计") == 5
    assert (row(months, "1月")["来电"], row(months, "3月")["转仲裁·诉讼"], row(months, "12月")["其他"]) == (1, 1, 1)
    categories = table(report, "法律咨询（按类别）")
    assert (row(categories, "工资")["咨询量"], row(categories, "工资")["占比"]) == (2, 0.4)
    assert row(categories, "合计")["占比"] == 1.0
    tickets = report.figures.tickets
    for title in ("热线工单（按月份）", "热线工单（按类别）", "热线工单（按平台）"):
        breakdown = table(report, title)
        total = row(breakdown, "合计")
        assert (total["受理量"], total["按时响应"], total["已办结"], total["已回访"]) == (5, 3, 3, 3)
        assert sum(r[1] for r in breakdown.rows if r[0] != "合计") == tickets.received
    assert row(table(report, "热线工单（按月份）"), "5月")["满意率"] == 0.0
    assert row(table(report, "热线工单（按类别）"), "工伤")["按时响应率"] == 0.0
    assert row(table(report, "热线工单（按平台）"), "12351职工热线")["办结率"] == 0.3333
