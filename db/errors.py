"""Expected failures the database layer raises, each with a complete Chinese message.

``UserError`` and ``ConflictError`` live here so that ``db`` never imports the
application (``desktop.errors`` re-exports them with the rest of its family).
A unique key taken by someone else at the same moment becomes a
``DuplicateRecord`` that names the kind of record and the field, never the value
(messages end up in the application log, which holds no personal data).
"""

from __future__ import annotations

import re


class UserError(Exception):
    """An expected failure whose ``str()`` is a complete Chinese message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConflictError(UserError):
    """Someone else saved the record first (optimistic version check, or a unique key taken)."""


# Kinds of record with a unique key, and those keys' fields (the audit view has the full list).
RECORD_NAMES = {
    "worker": "职工", "employer": "用人单位", "officer": "用户", "mediation_case": "调解案件",
    "supervision_letter": "一函两书", "aid_plan": "保障项目", "plan_rule_version": "保障规则版本",
    "enrolment": "参保登记", "aid_claim": "理赔申请", "payment_batch": "支付批次",
    "number_sequence": "编号序列", "issued_number": "文书编号", "setting": "设置",
}
FIELD_NAMES = {
    "id_number": "身份证号", "credit_code": "统一社会信用代码", "username": "用户名", "number": "编号",
    "code": "项目代码", "name": "名称", "plan_id": "保障项目", "worker_id": "职工", "start_on": "起保日期",
    "version_no": "版本号", "kind": "种类", "year": "年度", "seq": "序号", "key": "设置项",
}


class DuplicateRecord(ConflictError):
    """A unique key (an ID number, a credit code, a number) already belongs to another record."""

    def __init__(self, table: str | None, columns: tuple[str, ...]) -> None:
        self.table, self.columns = table, columns
        what = RECORD_NAMES.get(table or "", "记录")
        fields = "、".join(FIELD_NAMES.get(c, c) for c in columns) or "唯一标识"
        super().__init__(
            f"保存被拒绝：相同{fields}的{what}已经存在（可能是其他人刚刚同时登记了同一{what}）。\n"
            f"数据未保存。请关闭后重新打开，选用已有的{what}后再操作。")


_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (.+)$", re.IGNORECASE)
_PG_KEY = re.compile(r"Key \(([^)]*)\)=")


def duplicate_from(orig: BaseException) -> DuplicateRecord | None:
    """The ``DuplicateRecord`` a driver's unique-violation stands for, or None for other integrity errors."""
    text = str(orig)
    match = _SQLITE_UNIQUE.search(text.splitlines()[0] if text else "")
    if match:
        pairs = [part.strip().split(".", 1) for part in match.group(1).split(",")]
        table = pairs[0][0] if pairs and len(pairs[0]) == 2 else None
        return DuplicateRecord(table, tuple(p[-1] for p in pairs))
    if getattr(orig, "sqlstate", None) == "23505":
        diag = getattr(orig, "diag", None)
        table = getattr(diag, "table_name", None)
        key = _PG_KEY.search(getattr(diag, "message_detail", None) or text)
        columns = tuple(c.strip().strip('"') for c in key.group(1).split(",")) if key else ()
        return DuplicateRecord(table, columns)
    return None
