"""What each headline figure is called and how it is defined, for the window, the workbook and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.money import format_amount
from desktop.stats.figures import YearFigures
from desktop.stats.frontdesk import CLOSED_RULE, ON_TIME_RESPONSE_RULE, SATISFACTION_RULE
from desktop.stats.values import Rate

SUCCESS_RULE = "达成协议 ÷（结案 − 撤回 − 不予受理 − 对方不同意调解）"
ON_TIME_RULE = (
    "当年结案的受理案件中，在调解期限内结束调解的比例。期限自收到申请之日起15日（法院委派30日、法院委托15日、"
    "简易程序7日，自签收法院材料之日起），另加当事人同意延长的天数"
)


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    definition: str


@dataclass(frozen=True)
class Section:
    title: str
    attribute: str
    figures: tuple[Figure, ...]


CASES = Section("调解案件", "cases", (
    Figure("accepted", "受理案件", "受理日期在当年的案件数"),
    Figure("closed", "结案", "结案日期在当年的案件数（含撤回、不予受理、对方不同意调解）"),
    Figure("agreed", "达成协议", "当年结案的案件中达成调解协议的件数"),
    Figure("success_rate", "调解成功率", SUCCESS_RULE),
    Figure("on_time_rate", "按期办结率", ON_TIME_RULE),
    Figure("not_counted", "撤回/不予受理/不同意调解", "当年结案的案件中撤回、不予受理、对方不同意调解的件数，不计入成功率分母"),
    Figure("amount_claimed", "涉案金额（元）", "当年受理案件的请求金额合计"),
    Figure("amount_agreed", "协议金额（元）", "当年结案且达成协议的案件的协议金额合计"),
    Figure("amount_recovered", "挽回经济损失（元）", "当年结案且达成协议的案件为职工挽回的经济损失合计"),
    Figure("amount_performed", "已履行金额（元）", "当年结案且达成协议的案件已履行金额合计"),
    Figure("workers_involved", "涉及职工人数", "当年受理案件涉及的职工人数合计"),
    Figure("collective", "集体劳动争议", "当年受理的涉及10人及以上职工的案件数"),
))
LETTERS = Section("一函两书", "letters", (
    Figure("prompt", "提示函", "发出日期在当年的提示函件数"),
    Figure("opinion", "意见书", "发出日期在当年的意见书件数"),
    Figure("recommendation", "建议书", "发出日期在当年的建议书件数"),
    Figure("rectified", "全部整改", "当年发出、整改结果为“全部整改”的文书件数"),
    Figure("rectification_rate", "整改率", "全部整改 ÷ 当年发出件数"),
    Figure("reply_rate", "回复率", "已记录回复日期的件数 ÷ 当年发出件数"),
    Figure("workers_covered", "涉及职工人数", "当年发出文书涉及的职工人数合计"),
    Figure("wages_recovered", "追回工资（元）", "当年发出文书追回的工资合计"),
    Figure("insurance_backpaid", "补缴社保（元）", "当年发出文书促成补缴的社会保险费合计"),
    Figure("contracts_signed", "补签劳动合同（份）", "当年发出文书促成补签的劳动合同份数"),
    Figure("workers_benefiting", "整改惠及职工", "当年发出文书整改惠及的职工人数合计"),
))
CLAIMS = Section("互助保障", "claims", (
    Figure("members_covered", "参保会员", "当年内任一天处于保障期内的会员人数（按人去重）"),
    Figure("received", "受理申请", "申请日期在当年的理赔申请件数"),
    Figure("paid", "赔付（人次）", "支付日期在当年的理赔件数"),
    Figure("rejected", "不予赔付", "作出不予赔付决定的日期在当年的件数"),
    Figure("rejection_rate", "拒赔率", "不予赔付 ÷（赔付 + 不予赔付）"),
    Figure("amount_paid", "支付金额（元）", "当年实际支付的互助保障款项合计（理赔、困难帮扶、金秋助学；不含调解协议履行款）"),
    Figure("average_payout", "人均赔付（元）", "当年赔付理赔的金额 ÷ 赔付人次"),
))
CONSULTATIONS = Section("法律咨询", "consultations", (
    Figure("total", "咨询量", "咨询日期在当年的法律咨询件数（来访、来电、网络、驿站）"),
    Figure("answered", "当场解答", "当年咨询中处理结果为“当场解答”的件数"),
    Figure("to_mediation", "转调解", "当年咨询中处理结果为“转调解”的件数（含待转）"),
    Figure("to_legal_aid", "转法律援助", "当年咨询中处理结果为“转法律援助”的件数（含待转）"),
    Figure("to_litigation", "转仲裁·诉讼", "当年咨询中处理结果为“转仲裁·诉讼”的件数"),
))
TICKETS = Section("热线工单", "tickets", (
    Figure("received", "受理量", "接收时间在当年的12351、12345工单件数"),
    Figure("responded_on_time", "按时响应", "当年受理的工单中首次联系不晚于响应期限的件数"),
    Figure("on_time_response_rate", "按时响应率", ON_TIME_RESPONSE_RULE),
    Figure("closed", "已办结", "当年受理的工单中已回访办结的件数"),
    Figure("closed_rate", "办结率", CLOSED_RULE),
    Figure("satisfaction_rate", "满意率", SATISFACTION_RULE),
))
LEGAL_AID = Section("法律援助", "legal_aid", (
    Figure("received", "援助申请", "申请日期在当年的法律援助申请件数"),
    Figure("accepted", "受理援助", "受理决定日期在当年的法律援助案件数"),
    Figure("refused", "不予援助", "不予援助决定日期在当年的件数"),
    Figure("closed", "援助结案", "结案日期在当年的法律援助案件数"),
    Figure("workers_involved", "涉及人数", "受理决定日期在当年的法律援助案件涉及的职工人数合计"),
    Figure("amount_recovered", "挽回金额（元）", "结案日期在当年的法律援助案件为职工挽回的金额合计"),
))
AID = Section("帮扶救助", "aid", (
    Figure("received", "帮扶申请", "申请日期在当年的帮扶申请件数（金秋助学、送温暖、劳模补助）"),
    Figure("approved", "核准", "核准日期在当年且仍为“已核准”的申请件数（核准后撤销的不计）"),
    Figure("amount_approved", "核准金额（元）", "当年核准且仍为“已核准”的申请金额合计"),
    Figure("school", "金秋助学", "当年核准的金秋助学受助子女人数"),
    Figure("winter", "送温暖", "当年核准的困难帮扶·送温暖受助人数"),
    Figure("model_worker", "劳模补助", "当年核准的劳模特殊困难补助人数"),
))
SECTIONS = (CASES, LETTERS, CLAIMS, CONSULTATIONS, LEGAL_AID, TICKETS, AID)


def value_of(figures: YearFigures, section: Section, figure: Figure):
    return getattr(getattr(figures, section.attribute), figure.key)


def display(value) -> str:
    """A figure as an officer reads it: ``7``, ``1,409.50``, ``60.00%``."""
    if isinstance(value, Rate):
        return f"{float(value):.2%}"
    if isinstance(value, Decimal):
        return format_amount(value)
    return str(value)
