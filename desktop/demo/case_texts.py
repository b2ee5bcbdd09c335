"""Wording for demo cases: claims with their legal basis, sources, facts and outcomes."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from random import Random

from db.enums import CaseSource as Src
from db.enums import DisputeCategory as C
from db.enums import TerminationReason as T
from desktop.demo.weighted import between, pick

CENT = Decimal("0.01")
MONEY_CATEGORIES = (C.UNPAID_WAGES, C.UNPAID_WAGES, C.OVERTIME, C.SEVERANCE, C.UNLAWFUL_TERMINATION,
                    C.DOUBLE_PAY, C.WORK_INJURY, C.SOCIAL_INSURANCE, C.HOURS_LEAVE)
OTHER_CATEGORIES = (C.CONTRACT, C.RELATIONSHIP, C.OTHER)
SOURCE_WEIGHTS = {Src.WALK_IN: 30, Src.PHONE: 8, Src.HOTLINE_12351: 12, Src.ARBITRATION_REFERRAL: 12,
                  Src.COURT_DELEGATED: 10, Src.COURT_ENTRUSTED: 6, Src.PETITION_GRID: 10, Src.SUPERVISION: 3,
                  Src.PROCURATORATE: 4, Src.OTHER: 5}
COURT = "北京市密云区人民法院"


def _claim(rng: Random, category: C, wage: Decimal) -> tuple[str, Decimal, str]:
    n = between(rng, 1, 6)
    if category is C.UNPAID_WAGES:
        return f"支付拖欠的{n}个月工资", wage * n, "《劳动合同法》第三十条"
    if category is C.OVERTIME:
        return "支付延时加班及休息日加班工资", wage * between(rng, 20, 150) / 100, "《劳动法》第四十四条"
    if category is C.SEVERANCE:
        return f"支付解除劳动合同经济补偿金（{n}个月工资）", wage * n, "《劳动合同法》第四十六条、第四十七条"
    if category is C.UNLAWFUL_TERMINATION:
        return f"支付违法解除劳动合同赔偿金（{2 * n}个月工资）", wage * 2 * n, "《劳动合同法》第四十八条、第八十七条"
    if category is C.DOUBLE_PAY:
        months = between(rng, 1, 11)
        return f"支付未签订书面劳动合同二倍工资差额（{months}个月）", wage * months, "《劳动合同法》第八十二条"
    if category is C.WORK_INJURY:
        return "支付停工留薪期工资及一次性伤残就业补助金等工伤待遇", wage * between(rng, 7, 27), "《工伤保险条例》第三十三条、第三十七条"
    if category is C.SOCIAL_INSURANCE:
        return "赔偿未依法缴纳社会保险费造成的损失", Decimal(between(rng, 30, 250) * 100), "《社会保险法》第五十八条、第八十六条"
    if category is C.HOURS_LEAVE:
        days = between(rng, 3, 15)
        return f"支付未休年休假工资报酬（{days}天）", wage * 2 * days / Decimal("21.75"), "《职工带薪年休假条例》第五条"
    if category is C.CONTRACT:
        return "依法补签书面劳动合同", Decimal(0), "《劳动合同法》第十条"
    if category is C.RELATIONSHIP:
        return "确认与被申请人存在劳动关系", Decimal(0), "《关于确立劳动关系有关事项的通知》第一条"
    return "退还入职时收取的押金", Decimal(pick(rng, (300, 500, 800, 1000))), "《劳动合同法》第九条"


def claim_items(rng: Random, categories: list[C], wage: Decimal, workers: int) -> list[tuple[str, Decimal, str]]:
    items = []
    for category in categories:
        item, amount, basis = _claim(rng, category, wage)
        items.append((item, (amount * workers).quantize(CENT, ROUND_HALF_UP), basis))
    return items


def pick_categories(rng: Random) -> list[C]:
    chosen = [pick(rng, MONEY_CATEGORIES)]
    for _ in range(pick(rng, (0, 0, 1, 1, 2))):
        extra = pick(rng, MONEY_CATEGORIES + OTHER_CATEGORIES)
        if extra not in chosen:
            chosen.append(extra)
    return chosen


def referral(rng: Random, source: Src, day: date, street: str) -> tuple[str | None, str | None]:
    y, n = day.year, between(rng, 1, 3000)
    if source is Src.COURT_DELEGATED:
        return f"（{y}）京0118民诉前调{n}号", COURT
    if source is Src.COURT_ENTRUSTED:
        return f"（{y}）京0118民初{n}号", COURT
    if source is Src.ARBITRATION_REFERRAL:
        return f"京密劳人仲调字〔{y}〕第{n}号", "北京市密云区劳动人事争议仲裁委员会"
    if source is Src.HOTLINE_12351:
        return f"12351-{y}{day:%m%d}{n:04d}", "北京市总工会12351职工服务热线"
    if source is Src.PETITION_GRID:
        return f"KF{y}{day:%m%d}{n:05d}", pick(rng, ("密云区信访办公室", f"密云区{street}网格化服务管理中心"))
    if source is Src.PROCURATORATE:
        return f"密检联〔{y}〕{n % 60 + 1}号", "北京市密云区人民检察院驻区总工会检察联络室"
    if source is Src.SUPERVISION:
        return None, "密云区总工会劳动法律监督委员会"
    return None, None


def facts(rng: Random, name: str, firm: str, job: str, wage: Decimal, category: C, hired: date) -> str:
    event = {
        C.UNPAID_WAGES: "被申请人以资金紧张为由拖欠工资至今未付",
        C.OVERTIME: "工作期间经常每天工作十一小时以上且周末加班，被申请人未支付加班费",
        C.SEVERANCE: "被申请人因经营调整与申请人解除劳动合同，未支付经济补偿",
        C.UNLAWFUL_TERMINATION: "被申请人未说明理由口头通知申请人不必再来上班",
        C.DOUBLE_PAY: "入职后被申请人一直未与申请人签订书面劳动合同",
        C.WORK_INJURY: "申请人在工作中受伤，经认定为工伤，被申请人未依法支付工伤待遇",
        C.SOCIAL_INSURANCE: "被申请人未为申请人缴纳社会保险费",
        C.HOURS_LEAVE: "申请人连续工作满一年以上，被申请人未安排年休假也未支付相应报酬",
    }.get(category, "双方就劳动合同履行事项发生争议")
    return (f"申请人{name}于{hired.year}年{hired.month}月入职{firm}，从事{job}工作，月工资{wage:,.2f}元。"
            f"{event}。申请人为维护自身合法权益，申请调解。")


ORAL_RECORD = "申请人到中心口头申请调解，工作人员当场记录申请人基本情况、争议事项、理由和申请时间，经申请人核对后签字确认。"
REJECT_REASONS = ("申请事项不属于劳动争议调解受理范围", "该争议已由仲裁委员会受理并作出裁决",
                  "申请人与被申请人之间不存在劳动关系（系承揽关系）", "申请人未能提供被申请人的基本信息，经告知后仍未补正")
DECLINE_REASONS = ("被申请人明确表示不同意调解，已书面告知申请人可依法申请仲裁",
                   "经多次联系，被申请人拒绝参加调解，已书面告知申请人")
TERMINATION_NOTES = {
    T.TIME_LIMIT: "自收到调解申请之日起十五日内未达成调解协议，告知当事人可依法申请仲裁",
    T.PARTY_REFUSED: "被申请人拒绝继续调解",
    T.PARTY_WITHDREW: "申请人退出调解，表示将直接申请仲裁",
    T.GAP_TOO_WIDE: "双方对赔偿数额分歧较大，经多次调解未能达成一致",
    T.OTHER: "被申请人已进入破产清算程序，调解无法继续",
}
WITHDRAW_NOTES = ("申请人与被申请人自行和解，申请撤回调解申请", "申请人已向仲裁委员会申请仲裁，撤回调解申请")
RESPONDENT_POSITIONS = ("认可拖欠工资的事实，但称公司资金周转困难，希望分期支付",
                        "对加班时长有异议，仅认可部分加班费", "认为申请人系自动离职，不同意支付经济补偿",
                        "同意支付部分款项，请求减少赔偿数额", "称已按时足额支付工资，不认可申请人的请求")
NARRATIVES = ("调解员向双方释明相关法律规定，分别听取双方意见，引导双方互谅互让。",
              "调解员核对了工资表和考勤记录，组织双方面对面协商。",
              "调解员背对背做双方工作，释明仲裁和诉讼的时间成本，双方均表示愿意继续协商。")
