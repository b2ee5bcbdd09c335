"""Chinese names for audit actions, record types and the common fields."""

from __future__ import annotations

import json

ACTIONS = {
    "create": "新建", "update": "修改", "delete": "删除", "signin": "登录", "signin_failed": "登录失败", "signout": "退出",
    "create_first_admin": "创建首个管理员", "password_change": "修改密码", "password_reset": "重置密码",
    "export": "导出", "import": "导入", "issue": "签发文书", "backup": "备份", "restore": "恢复",
    "transition": "状态变更", "audit_export": "导出审计记录", "void": "作废编号",
    "extend": "延长期限", "reopen": "重新打开", "demo": "生成演示数据", "render": "打印文书",
    "batch_remove": "移出批次", "amend_intake": "更正登记信息", "correct_party": "更正当事人信息",
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
        return f"{field_label(row.field)}：{_short(old) or '（空）'} → {_short(new) or '（空）'}"
    if row.action in ("create", "delete"):
        return f"{action_label(row.action)}{entity_label(row.entity_type)}{_naming(row)}"
    return row.detail or action_label(row.action)


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
