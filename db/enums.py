"""Every closed set of values the centre uses, with its Chinese label.

Values are stable English codes (stored in the database, used in files and
scripts); ``label`` gives the Chinese the officer sees.
"""

from __future__ import annotations

import enum
from typing import Self


class LabelledEnum(str, enum.Enum):
    """A str enum whose members carry a Chinese label: ``Member("CODE", "标签")``."""

    label: str  # set on each member by __new__ (an annotation only: not a member)

    def __new__(cls, value: str, label: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def of(cls, value: str) -> Self:
        """The member whose value is ``value`` (what ``cls(value)`` does, typed)."""
        return cls._value2member_map_[value]  # type: ignore[return-value]

    @classmethod
    def from_label(cls, label: str):
        for member in cls:
            if member.label == label or member.value == label:
                return member
        raise ValueError(label)

    def __str__(self) -> str:
        return self.value


class Role(LabelledEnum):
    ADMIN = "ADMIN", "管理员"
    DIRECTOR = "DIRECTOR", "主任"
    MEDIATOR = "MEDIATOR", "调解员"
    CLERK = "CLERK", "登记员"
    AUDITOR = "AUDITOR", "审计员"


class Gender(LabelledEnum):
    MALE = "M", "男"
    FEMALE = "F", "女"


# ----------------------------------------------------------------- mediation
class CaseStatus(LabelledEnum):
    DRAFT = "DRAFT", "登记"
    UNDER_REVIEW = "UNDER_REVIEW", "审查"
    ACCEPTED = "ACCEPTED", "受理"
    REJECTED = "REJECTED", "不予受理"
    RESPONDENT_DECLINED = "RESPONDENT_DECLINED", "对方不同意调解"
    IN_MEDIATION = "IN_MEDIATION", "调解中"
    AGREED = "AGREED", "达成协议"
    TERMINATED = "TERMINATED", "终止调解"
    WITHDRAWN = "WITHDRAWN", "撤回"
    PERFORMING = "PERFORMING", "履行中"
    PERFORMED = "PERFORMED", "已履行"
    DEFAULTED = "DEFAULTED", "未履行"
    CLOSED = "CLOSED", "结案"
    ARCHIVED = "ARCHIVED", "归档"


class CaseSource(LabelledEnum):
    WALK_IN = "WALK_IN", "来访"
    PHONE = "PHONE", "来电"
    HOTLINE_12351 = "HOTLINE_12351", "12351热线转派"
    ARBITRATION_REFERRAL = "ARBITRATION_REFERRAL", "仲裁委托"
    COURT_DELEGATED = "COURT_DELEGATED", "法院委派"
    COURT_ENTRUSTED = "COURT_ENTRUSTED", "法院委托"
    PETITION_GRID = "PETITION_GRID", "信访/网格转办"
    SUPERVISION = "SUPERVISION", "法律监督发现"
    PROCURATORATE = "PROCURATORATE", "检察联络室"
    OTHER = "OTHER", "其他"


class ApplicationForm(LabelledEnum):
    WRITTEN = "WRITTEN", "书面申请"
    ORAL = "ORAL", "口头申请"


class DisputeCategory(LabelledEnum):
    UNPAID_WAGES = "UNPAID_WAGES", "拖欠劳动报酬"
    OVERTIME = "OVERTIME", "加班费"
    SEVERANCE = "SEVERANCE", "经济补偿金"
    UNLAWFUL_TERMINATION = "UNLAWFUL_TERMINATION", "违法解除赔偿金"
    DOUBLE_PAY = "DOUBLE_PAY", "未签合同二倍工资"
    WORK_INJURY = "WORK_INJURY", "工伤待遇"
    SOCIAL_INSURANCE = "SOCIAL_INSURANCE", "社会保险"
    CONTRACT = "CONTRACT", "订立/变更/解除合同"
    RELATIONSHIP = "RELATIONSHIP", "确认劳动关系"
    HOURS_LEAVE = "HOURS_LEAVE", "工作时间和休息休假"
    OTHER = "OTHER", "其他"


class ApplicantRole(LabelledEnum):
    APPLICANT = "APPLICANT", "申请人"
    REPRESENTATIVE = "REPRESENTATIVE", "代表人"


class AgentKind(LabelledEnum):
    LAWYER = "LAWYER", "律师"
    RELATIVE = "RELATIVE", "近亲属"
    UNION = "UNION", "工会"
    EMPLOYEE = "EMPLOYEE", "单位工作人员"


class PartySide(LabelledEnum):
    APPLICANT = "APPLICANT", "申请人"
    RESPONDENT = "RESPONDENT", "被申请人"


class MediatorRole(LabelledEnum):
    LEAD = "LEAD", "主调解员"
    MEMBER = "MEMBER", "调解员"
    RECORDER = "RECORDER", "记录员"


class SessionMode(LabelledEnum):
    IN_PERSON = "IN_PERSON", "现场"
    PHONE = "PHONE", "电话"
    VIDEO = "VIDEO", "视频"


class SessionKind(LabelledEnum):
    MEDIATION = "MEDIATION", "调解笔录"
    INVESTIGATION = "INVESTIGATION", "调查笔录"


class TerminationReason(LabelledEnum):
    TIME_LIMIT = "TIME_LIMIT", "调解期限届满未达成协议"
    PARTY_REFUSED = "PARTY_REFUSED", "一方拒绝继续调解"
    PARTY_WITHDREW = "PARTY_WITHDREW", "一方退出调解"
    GAP_TOO_WIDE = "GAP_TOO_WIDE", "双方分歧较大"
    OTHER = "OTHER", "其他"


class FollowUpRoute(LabelledEnum):
    ARBITRATION = "ARBITRATION", "申请仲裁"
    PAYMENT_ORDER = "PAYMENT_ORDER", "申请支付令"
    JUDICIAL_CONFIRMATION = "JUDICIAL_CONFIRMATION", "司法确认"
    COURT = "COURT", "诉讼"


class Retention(LabelledEnum):
    """保管期限 of an archived case file."""

    PERMANENT = "PERMANENT", "永久"
    LONG = "LONG", "长期"
    SHORT = "SHORT", "短期"


class CourtApplicationKind(LabelledEnum):
    """What the parties ask a court for after an agreement."""

    JUDICIAL_CONFIRMATION = "JUDICIAL_CONFIRMATION", "司法确认"
    PAYMENT_ORDER = "PAYMENT_ORDER", "支付令"


class CourtApplicationOutcome(LabelledEnum):
    GRANTED = "GRANTED", "确认/发出"
    REJECTED = "REJECTED", "驳回"


# ------------------------------------------------------------------- letters
class LetterKind(LabelledEnum):
    PROMPT = "PROMPT", "提示函"
    OPINION = "OPINION", "意见书"
    RECOMMENDATION = "RECOMMENDATION", "建议书"


class LetterStatus(LabelledEnum):
    DRAFT = "DRAFT", "草稿"
    SIGNED = "SIGNED", "已签发"
    DELIVERED = "DELIVERED", "已送达"
    AWAITING_REPLY = "AWAITING_REPLY", "待回复"
    RECTIFIED = "RECTIFIED", "已整改"
    PARTIAL = "PARTIAL", "部分整改"
    OVERDUE = "OVERDUE", "逾期未回复"
    REFUSED = "REFUSED", "拒不整改"
    ESCALATED = "ESCALATED", "已升级"
    AWAITING_DEPARTMENT = "AWAITING_DEPARTMENT", "待部门处理"
    CASE_OPENED = "CASE_OPENED", "部门已立案"
    REFUSED_WITH_REASON = "REFUSED_WITH_REASON", "部门不予立案"
    RESULT_RECEIVED = "RESULT_RECEIVED", "已收到处理结果"
    CLOSED = "CLOSED", "已办结"


class RectificationResult(LabelledEnum):
    FULL = "FULL", "全部整改"
    PARTIAL = "PARTIAL", "部分整改"
    NONE = "NONE", "未整改"


class IssueCategory(LabelledEnum):
    INTERNAL_RULES = "INTERNAL_RULES", "内部规章制度"
    COLLECTIVE_BARGAINING = "COLLECTIVE_BARGAINING", "工资集体协商和集体合同"
    WORKERS_CONGRESS = "WORKERS_CONGRESS", "职工代表大会"
    CONTRACTS = "CONTRACTS", "劳动合同订立履行解除"
    PAY = "PAY", "劳动报酬"
    SOCIAL_INSURANCE = "SOCIAL_INSURANCE", "社会保险和福利"
    HOURS_LEAVE = "HOURS_LEAVE", "工作时间和休息休假"
    SAFETY = "SAFETY", "劳动安全卫生和职业病防治"
    SPECIAL_PROTECTION = "SPECIAL_PROTECTION", "女职工、未成年工、残疾和大龄职工保护"
    DISPATCH = "DISPATCH", "劳务派遣"
    UNLAWFUL_TERMINATION = "UNLAWFUL_TERMINATION", "违法解除劳动合同"
    OTHER = "OTHER", "其他"


class MatterSource(LabelledEnum):
    COMPLAINT = "COMPLAINT", "职工投诉"
    INSPECTION = "INSPECTION", "监督检查"
    MEDIATION_CASE = "MEDIATION_CASE", "调解案件"
    OTHER = "OTHER", "其他"


class DeliveryMethod(LabelledEnum):
    IN_PERSON = "IN_PERSON", "直接送达"
    LEFT_AT_ADDRESS = "LEFT_AT_ADDRESS", "留置送达"
    POST = "POST", "邮寄送达"
    BY_AGENT = "BY_AGENT", "委托送达"
    ELECTRONIC = "ELECTRONIC", "电子送达"


class DayUnit(LabelledEnum):
    CALENDAR = "CALENDAR", "自然日"
    WORKING = "WORKING", "工作日"


# -------------------------------------------------------------------- claims
class PlanKind(LabelledEnum):
    INSERVICE_MEDICAL = "INSERVICE_MEDICAL", "在职职工住院医疗互助"
    SERIOUS_ILLNESS = "SERIOUS_ILLNESS", "重大疾病互助"
    ACCIDENT = "ACCIDENT", "意外伤害互助"
    WOMEN_DISEASE = "WOMEN_DISEASE", "女职工特殊疾病互助"
    CHILD_ACCIDENT = "CHILD_ACCIDENT", "子女意外伤害互助"
    SECOND_REIMBURSEMENT = "SECOND_REIMBURSEMENT", "二次报销"
    SCHOOL_AID = "SCHOOL_AID", "金秋助学"
    HARDSHIP_AID = "HARDSHIP_AID", "困难帮扶"


class ClaimStatus(LabelledEnum):
    SUBMITTED = "SUBMITTED", "已受理"
    DOCS_INCOMPLETE = "DOCS_INCOMPLETE", "待补正"
    REVIEWED = "REVIEWED", "已审核"
    APPROVED = "APPROVED", "已核准"
    REJECTED = "REJECTED", "不予赔付"
    PAID = "PAID", "已支付"
    ARCHIVED = "ARCHIVED", "已归档"


class BatchStatus(LabelledEnum):
    DRAFT = "DRAFT", "待审批"
    APPROVED = "APPROVED", "已审批"
    PARTIAL = "PARTIAL", "部分支付"
    PAID = "PAID", "已支付"
    VOIDED = "VOIDED", "已作废"


class PaymentKind(LabelledEnum):
    CLAIM_PAYOUT = "CLAIM_PAYOUT", "互助理赔"
    HARDSHIP = "HARDSHIP", "困难帮扶"
    SCHOOL_AID = "SCHOOL_AID", "金秋助学"
    MODEL_WORKER = "MODEL_WORKER", "劳模补助"
    SETTLEMENT = "SETTLEMENT", "调解协议履行款"


class HardshipLevel(LabelledEnum):
    EXTREME = "EXTREME", "特困"
    HARDSHIP = "HARDSHIP", "困难"
    RELATIVE = "RELATIVE", "相对困难"


class HardshipStatus(LabelledEnum):
    ACTIVE = "ACTIVE", "在档"
    RELIEVED = "RELIEVED", "已脱困"


class ReviewResult(LabelledEnum):
    MAINTAINED = "MAINTAINED", "维持等级"
    CHANGED = "CHANGED", "调整等级"


class AidKind(LabelledEnum):
    """Aid programmes that are not insurance: no enrolment, eligibility by hardship file or 劳模 status."""

    SCHOOL = "SCHOOL", "金秋助学"
    WINTER = "WINTER", "困难帮扶·送温暖"
    MODEL_WORKER = "MODEL_WORKER", "劳模特殊困难补助"


class SchoolStage(LabelledEnum):
    HIGH_SCHOOL = "HIGH_SCHOOL", "高中"
    VOCATIONAL = "VOCATIONAL", "中职"
    JUNIOR_COLLEGE = "JUNIOR_COLLEGE", "大专"
    UNDERGRADUATE = "UNDERGRADUATE", "本科"
    POSTGRADUATE = "POSTGRADUATE", "研究生"


class AidStatus(LabelledEnum):
    SUBMITTED = "SUBMITTED", "待审核"
    REVIEWED = "REVIEWED", "待核准"
    APPROVED = "APPROVED", "已核准"
    REJECTED = "REJECTED", "不予核准"
    WITHDRAWN = "WITHDRAWN", "已撤销"


class PaymentStatus(LabelledEnum):
    PENDING = "PENDING", "待支付"
    PAID = "PAID", "已支付"
    FAILED = "FAILED", "支付失败"
    CANCELLED = "CANCELLED", "已取消"


# ------------------------------------------------------------------ documents
class DocumentKind(LabelledEnum):
    ACCEPTANCE = "acceptance", "受理通知书"
    REJECTION = "rejection", "不予受理通知书"
    AGREEMENT = "agreement", "调解协议书"
    TERMINATION = "termination", "终止调解通知书"
    SERVICE_RECEIPT = "service-receipt", "送达回证"
    PROMPT_LETTER = "prompt-letter", "提示函"
    OPINION_LETTER = "opinion-letter", "意见书"
    RECOMMENDATION_LETTER = "recommendation-letter", "建议书"
    PAYOUT_NOTICE = "payout-notice", "理赔/支付通知"
    APPLICATION = "application", "调解申请书"
    MEDIATION_NOTICE = "mediation-notice", "调解通知书"
    RIGHTS_NOTICE = "rights-notice", "权利义务告知书"
    SESSION_RECORD = "session-record", "调解笔录"
    FOLLOW_UP_RECORD = "follow-up-record", "回访记录"
    LEGAL_AID_ACCEPTANCE = "legal-aid-acceptance", "法律援助受理通知书"
    LEGAL_AID_REFUSAL = "legal-aid-refusal", "不予援助通知书"
    LEGAL_AID_ASSIGNMENT = "legal-aid-assignment", "法律援助指派函"


class NumberStatus(LabelledEnum):
    USED = "USED", "已使用"
    VOIDED = "VOIDED", "已作废"


# ------------------------------------------------------------------ calendar
class HolidayKind(LabelledEnum):
    OFF = "OFF", "放假"
    WORK = "WORK", "调休上班"


class PauseReason(LabelledEnum):
    """Why a mediation clock is suspended (中止)."""

    APPRAISAL = "APPRAISAL", "鉴定/评估"
    PARTY_MISSING = "PARTY_MISSING", "当事人下落不明"
    FORCE_MAJEURE = "FORCE_MAJEURE", "不可抗力"
    OTHER = "OTHER", "其他"


# ------------------------------------------------------------------ front desk
class ConsultChannel(LabelledEnum):
    """How a legal consultation (法律咨询) reached the centre."""

    VISIT = "VISIT", "来访"
    PHONE = "PHONE", "来电"
    ONLINE = "ONLINE", "网络"
    STATION = "STATION", "驿站"


class ConsultCategory(LabelledEnum):
    """What a consultation or a hotline ticket is about."""

    WAGES = "WAGES", "工资"
    SOCIAL_INSURANCE = "SOCIAL_INSURANCE", "社保"
    CONTRACT = "CONTRACT", "劳动合同"
    INJURY = "INJURY", "工伤"
    DISMISSAL = "DISMISSAL", "解除"
    OTHER = "OTHER", "其他"


class ConsultOutcome(LabelledEnum):
    """处理结果 of a consultation."""

    ANSWERED = "ANSWERED", "当场解答"
    TO_MEDIATION = "TO_MEDIATION", "转调解"
    TO_LEGAL_AID = "TO_LEGAL_AID", "转法律援助"
    TO_LITIGATION = "TO_LITIGATION", "转仲裁·诉讼"
    OTHER = "OTHER", "其他"


class TicketChannel(LabelledEnum):
    """The platform a hotline ticket was dispatched from."""

    HOTLINE_12351 = "HOTLINE_12351", "12351职工热线"
    HOTLINE_12345 = "HOTLINE_12345", "12345接诉即办"


class TicketStatus(LabelledEnum):
    RECEIVED = "RECEIVED", "待响应"
    RESPONDED = "RESPONDED", "办理中"
    FINISHED = "FINISHED", "已办理待回访"
    CLOSED = "CLOSED", "已办结"


class Satisfaction(LabelledEnum):
    SATISFIED = "SATISFIED", "满意"
    BASIC = "BASIC", "基本满意"
    UNSATISFIED = "UNSATISFIED", "不满意"


# ------------------------------------------------------------------ legal aid
class LegalAidStatus(LabelledEnum):
    """法律援助案件: 待审查 → 已受理 / 不予援助 → 已指派 → 办理中 → 已结案."""

    PENDING = "PENDING", "待审查"
    ACCEPTED = "ACCEPTED", "已受理"
    REFUSED = "REFUSED", "不予援助"
    ASSIGNED = "ASSIGNED", "已指派"
    IN_PROGRESS = "IN_PROGRESS", "办理中"
    CLOSED = "CLOSED", "已结案"


class LegalAidProcedure(LabelledEnum):
    ARBITRATION = "ARBITRATION", "仲裁"
    FIRST_INSTANCE = "FIRST_INSTANCE", "一审"
    SECOND_INSTANCE = "SECOND_INSTANCE", "二审"
    EXECUTION = "EXECUTION", "执行"


class LawyerKind(LabelledEnum):
    UNION = "UNION", "工会法律服务律师"
    DUTY = "DUTY", "值班律师"
