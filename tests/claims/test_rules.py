"""Payout rules: parsing, each refusal, and properties (never negative, never above caps, cents)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.claims.rules import ClaimFacts, FixedRule, RatioRule, calculate, describe, parse_rule, rule_to_json
from desktop.errors import ValidationError

D = Decimal
RATIO_JSON = {"type": "deductible_ratio_cap", "base": "self_pay", "deductible": "1000.00", "ratio": "0.50",
              "per_claim_cap": "5000.00", "per_year_cap": "20000.00", "waiting_days": 90, "claim_window_days": 180}
FIXED_JSON = {"type": "fixed_by_grade", "grades": {"本科": "1000.00", "专科": "800.00"}, "waiting_days": 0,
              "claim_window_days": 365, "per_year_cap": None}


def claim(**kw) -> ClaimFacts:
    values = dict(event_on=date(2026, 6, 1), applied_on=date(2026, 6, 20), term_start=date(2026, 1, 1),
                  term_end=date(2026, 12, 31), enrolment_start=date(2026, 1, 1))
    values.update(kw)
    return ClaimFacts(**values)


def test_ratio_rule_lines_and_amount():
    calc = calculate(parse_rule(RATIO_JSON), claim(self_pay=D("3333.33")), D("0.00"))
    assert calc.amount == D("1166.67")
    assert calc.lines[0].startswith("计算基数（自费费用）")
    assert "减起付线 ¥1,000.00：¥2,333.33" in calc.lines
    assert calc.lines[-1] == "应付金额：¥1,166.67"


def test_each_base_kind():
    values = dict(total_cost=D("10000.00"), fund_paid=D("6000.00"), copay=D("1500.00"), self_pay=D("500.00"))
    amounts = {}
    for base in ("self_pay", "copay_plus_self_pay", "total_minus_fund"):
        rule = parse_rule({**RATIO_JSON, "base": base, "deductible": "0", "ratio": "1"})
        amounts[base] = calculate(rule, claim(**values)).amount
    assert amounts == {"self_pay": D("500.00"), "copay_plus_self_pay": D("2000.00"),
                       "total_minus_fund": D("4000.00")}


def test_fixed_rule_by_grade_and_unknown_grade():
    rule = parse_rule(FIXED_JSON)
    assert calculate(rule, claim(grade="专科")).amount == D("800.00")
    refused = calculate(rule, claim(grade="博士"))
    assert refused.refused and "博士" in refused.refusals[0]


def test_refusals_waiting_window_term_year_cap():
    rule = parse_rule(RATIO_JSON)
    waiting = calculate(rule, claim(enrolment_start=date(2026, 5, 1), self_pay=D("5000")))
    assert waiting.amount == D("0.00") and "等待期" in waiting.refusals[0]
    late = calculate(rule, claim(discharge_on=date(2026, 6, 5), applied_on=date(2027, 1, 5)))
    assert "超过申请时限" in late.refusals[0]
    outside = calculate(rule, claim(event_on=date(2027, 2, 1), applied_on=date(2027, 2, 2)))
    assert any("保障期" in r for r in outside.refusals)
    capped = calculate(rule, claim(self_pay=D("5000")), D("20000.00"))
    assert "年度封顶" in capped.refusals[0]


def test_year_cap_reduces_to_remaining():
    calc = calculate(parse_rule(RATIO_JSON), claim(self_pay=D("9000.00")), D("19000.01"))
    assert calc.amount == D("999.99") and not calc.refused


def test_not_enrolled_is_refused():
    calc = calculate(parse_rule(FIXED_JSON), claim(enrolment_start=None, grade="本科"))
    assert calc.refusals == ("该会员未参加此保障项目",)


@pytest.mark.parametrize("bad, field", [
    ({**RATIO_JSON, "ratio": "1.5"}, "给付比例"),
    ({**RATIO_JSON, "base": "salary"}, "计算基数"),
    ({**RATIO_JSON, "deductible": "-1"}, "起付线"),
    ({**RATIO_JSON, "per_year_cap": 100.5}, "年度封顶"),
    ({**RATIO_JSON, "waiting_days": -3}, "等待期"),
    ({**FIXED_JSON, "grades": {}}, "等级金额"),
    ({"type": "lottery"}, "规则类型"),
])
def test_bad_rules_name_the_field(bad, field):
    with pytest.raises(ValidationError) as info:
        parse_rule(bad)
    assert info.value.field == field


def test_json_round_trip_and_description():
    for raw in (RATIO_JSON, FIXED_JSON):
        rule = parse_rule(raw)
        assert parse_rule(rule_to_json(rule)) == rule
    assert "50%" in describe(parse_rule(RATIO_JSON))
    assert "本科 ¥1,000.00" in describe(parse_rule(FIXED_JSON))


# ----------------------------------------------------------------- properties
cents = st.integers(min_value=0, max_value=10**9).map(lambda c: D(c) / 100)
optional_cents = st.none() | cents
ratios = st.integers(min_value=0, max_value=10000).map(lambda r: D(r) / 10000)
ratio_rules = st.builds(
    lambda base, ded, ratio, cap, ycap: parse_rule({
        "type": "deductible_ratio_cap", "base": base, "deductible": str(ded), "ratio": str(ratio),
        "per_claim_cap": None if cap is None else str(cap), "per_year_cap": None if ycap is None else str(ycap),
        "waiting_days": 0, "claim_window_days": None}),
    st.sampled_from(["self_pay", "copay_plus_self_pay", "total_minus_fund"]), cents, ratios, optional_cents,
    optional_cents)
fixed_rules = st.builds(
    lambda amounts, ycap: parse_rule({"type": "fixed_by_grade", "grades": {f"G{i}": str(a) for i, a in enumerate(amounts)},
                                      "per_year_cap": None if ycap is None else str(ycap)}),
    st.lists(cents, min_size=1, max_size=4), optional_cents)
claims = st.builds(
    lambda total, fund, copay, self_pay, grade, days: claim(
        total_cost=total, fund_paid=fund, copay=copay, self_pay=self_pay, grade=f"G{grade}",
        event_on=date(2026, 1, 1) + timedelta(days=days)),
    cents, cents, cents, cents, st.integers(0, 3), st.integers(0, 364))


@given(st.one_of(ratio_rules, fixed_rules), claims, cents)
def test_payout_never_negative_never_above_caps_always_cents(rule, claim_input, ytd):
    calc = calculate(rule, claim_input, ytd)
    assert calc.amount >= 0
    assert calc.amount == calc.amount.quantize(D("0.01"))
    assert calc.amount.as_tuple().exponent == -2
    if isinstance(rule, RatioRule) and rule.per_claim_cap is not None:
        assert calc.amount <= rule.per_claim_cap
    if isinstance(rule, FixedRule) and not calc.refused:
        assert calc.amount <= rule.grades[claim_input.grade]
    if rule.limits.per_year_cap is not None:
        assert calc.amount + ytd <= max(rule.limits.per_year_cap, ytd)
    if calc.refused:
        assert calc.amount == 0


@given(ratio_rules, claims)
def test_ratio_payout_never_above_base_after_deductible_times_ratio(rule, claim_input):
    calc = calculate(rule, claim_input)
    after = max(calc.base - rule.deductible, D("0"))
    exact = after * rule.ratio
    assert calc.amount <= exact + D("0.005")
    assert calc.lines[-1].startswith("应付金额")
