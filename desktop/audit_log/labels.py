"""Chinese names for audit actions, record types and the common fields."""

from __future__ import annotations

import json
from typing import Any

ACTIONS = {
    "create": "新建", "update": "修改", "delete": "删除", "signin": "登录", "signin_failed": "登录失败", "signout": "退出",
    "create_first_admin": "创建首个管理员", "password_change": "修改密码", "password_reset": "重置密码",
    "export": "导出", "import": "导入", "issue": "签发文书", "backup": "备份", "restore": "恢复",
    "transition": "状态变更", "audit_export": "导出审计记录", "void": "作废编号",
    "extend": "延长期限", "reopen": "重新打开", "demo": "生成演示数据", "render": "打印文书",
    "batch_remove": "移出批次", "bank_return": "银行回盘", "amend_intake": "更正登记信息", "correct_party": "更正当事人信息",
}

ENTITY_TYPES = {
    "officer": "用户", "setting": "设置", "mediation_case": "调解案件", "employer": "用人单位",
    "worker": "职工", "letter": "一函两书", "claim": "理赔申请", "payment": "支付", "payment_batch": "支付批次",
    "issued_number": "文书编号", "issued_document": "正式文书", "attachment": "附件",
    "state_transition": "状态变更", "number_sequence": "编号序列",
    "supervision_matter": "监督事项", "supervision_letter": "一函两书", "letter_category": "文书问题类别",
    "letter_problem": "文书问题", "aid_plan": "保障项目", "plan_rule_version": "保障规则版本", "enrolment": "参保登记",
    "aid_claim": "理赔申请", "claim_document": "理赔材料", "case_applicant": "案件申请人", "case_category": "争议类型",
    "claim_item": "请求事项", "case_agent": "代理人", "case_mediator": "调解员", "mediation_session": "调解笔录",
    "agreement_term": "协议条款", "performance_payment": "履行款", "follow_up": "回访",
}

FIELDS = {
    "status": "状态", "name": "名称", "display_name": "姓名", "username": "用户名", "role": "角色",
    "active": "有效", "password_hash": "密码", "failed_attempts": "输错次数", "locked_until": "锁定至",
    "must_change_password": "须改密码", "number": "编号", "amount_claimed": "请求金额",
    "agreed_amount": "协议金额", "credit_code": "统一社会信用代码", "address": "地址",
    "contact_name": "联系人", "contact_phone": "联系电话", "phone": "电话", "id_number": "身份证号",
    "value": "值", "facts": "事实与理由", "requests": "请求事项", "reason": "原因", "void_reason": "作废原因",
    "received_on": "收到日期", "accepted_on": "受理日期", "closed_on": "结案日期", "legal_representative": "法定代表人",
    "source": "案件来源", "gender": "性别", "position": "岗位", "job_title": "岗位", "is_member": "工会会员",
    "member_card_no": "京卡卡号", "industry": "行业", "street": "街道/乡镇", "description": "内容", "amount": "金额",
    "payer": "支付方", "due_on": "履行期限", "method": "方式", "held_on": "日期", "place": "地点", "mode": "方式",
    "attendees": "参加人员", "narrative": "经过", "proposal": "调解方案", "agreed_on": "协议日期", "ended_on": "结束日期",
    "termination_reason": "终止原因", "termination_note": "终止说明", "decision_reason": "决定理由",
    "archive_no": "卷宗号", "workers_involved": "涉及职工人数", "amount_performed": "已履行金额",
    "amount_recovered": "挽回经济损失", "issued_on": "签发日期", "delivered_on": "送达日期", "delivery_method": "送达方式",
    "deadline_on": "期限", "deadline_days": "期限天数", "reply_on": "回复日期", "reply_summary": "回复摘要",
    "result": "整改结果", "recipient_body": "主送部门", "copy_to": "抄送", "copied_to_procuratorate": "抄送检察机关",
    "check_method": "检查方式", "found_on": "发现日期", "approved_amount": "核准金额", "calculated_amount": "计算金额",
    "approved_on": "核准日期", "paid_on": "支付日期", "paid_amount": "支付金额", "reject_reason": "不予赔付原因",
    "account_no": "账号", "batch_id": "支付批次", "total": "合计", "count": "笔数", "served_on": "送达日期",
    "printed_at": "打印时间", "sealed_at": "盖章时间", "remarks": "备注", "note": "说明", "version": "版本",
    "case_id": "调解案件", "respondent_id": "被申请人", "employer_id": "用人单位", "worker_id": "职工",
    "failure_reason": "失败原因", "paid_count": "成功笔数", "paid_total": "成功金额", "failed_count": "失败笔数",
    "failed_total": "失败金额",
}


def action_label(action: str) -> str:
    return ACTIONS.get(action, action)


def entity_label(entity_type: str | None) -> str:
    if not entity_type:
        return "—"
    return ENTITY_TYPES.get(entity_type, entity_type)


def field_label(field: str | None) -> str:
    return FIELDS.get(field, field) if field else ""


STATE_ENUMS = {"mediation_case": "CaseStatus", "supervision_letter": "LetterStatus", "aid_claim": "ClaimStatus",
               "payment_batch": "BatchStatus", "payment": "PaymentStatus", "issued_number": "NumberStatus"}


def state_label(entity_type: str | None, code: str | None) -> str:
    """The Chinese name of a state code (``ACCEPTED`` → 受理), or the code itself."""
    if not code:
        return ""
    from db import enums

    name = STATE_ENUMS.get(entity_type or "")
    candidates = [getattr(enums, name)] if name else []
    candidates += [getattr(enums, n) for n in STATE_ENUMS.values()]
    for enum_cls in candidates:
        try:
            return enum_cls(code).label
        except ValueError:
            continue
    return code


def describe(row) -> str:
    """What happened, in one Chinese line."""
    if row.action == "update":
        old, new = row.old_value, row.new_value
        if row.field == "status":
            old, new = state_label(row.entity_type, old), state_label(row.entity_type, new)
        else:
            old, new = value_text(old), value_text(new)
        return f"{field_label(row.field)}：{_short(old) or '（空）'} → {_short(new) or '（空）'}"
    if row.action in ("create", "delete"):
        return f"{action_label(row.action)}{entity_label(row.entity_type)}{_naming(row)}"
    return row.detail or action_label(row.action)


def value_text(value: str | None) -> str | None:
    """A stored value as an officer reads it: 是/否, an option's Chinese name, a date and time."""
    if value in ("true", "false"):
        return "是" if value == "true" else "否"
    if value and value.isupper() and value.replace("_", "").isalpha():
        return _code_label(value)
    if value and len(value) > 19 and value[10] == "T" and value[:4].isdigit():
        return value[:16].replace("T", " ")
    return value


def _code_label(code: str) -> str:
    from db import enums

    for item in vars(enums).values():
        if isinstance(item, type) and issubclass(item, enums.LabelledEnum) and item is not enums.LabelledEnum:
            labelled: Any = item  # LabelledEnum's constructor as Enum look-up by value
            try:
                return labelled(code).label
            except ValueError:
                continue
    return code


NAMING_FIELDS = ("number", "name", "display_name", "title", "filename", "key")


def _naming(row) -> str:
    """The created or deleted record's number or name, when it has one."""
    try:
        values = json.loads(row.new_value or row.old_value or "{}")
    except ValueError:
        return ""
    for key in NAMING_FIELDS:
        if values.get(key):
            return f"「{_short(str(values[key]), 40)}」"
    return ""


def _short(text: str | None, limit: int = 80) -> str:
    if not text:
        return ""
    return text if len(text) <= limit else text[: limit - 1] + "…"
