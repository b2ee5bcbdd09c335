"""The registers named in INTERFACE.md: cases, letters and claims; payments; members roster.

Headers are the contract with auditors' and the city union's scripts: keep them.
Aliases are spellings officers use in hand-made sheets.
"""

from __future__ import annotations

from desktop.number_text import normalise_number

from .spec import Column, RegisterSpec

_ID_ALIASES = ("身份证号码", "公民身份号码", "证件号码", "身份证")
_CODE_ALIASES = ("信用代码", "社会信用代码", "统一信用代码")

CASES = RegisterSpec(
    key="cases",
    title_template="{year}年度劳动争议调解案件登记台账",
    sheet_name="调解案件台账",
    columns=(
        Column("案件编号", "text", width=20, required=True, aliases=("案号", "编号"), validator=normalise_number),
        Column("受理日期", "date", required=True, aliases=("受理时间",)),
        Column("申请人", "text", width=12, required=True, aliases=("申请人姓名",)),
        Column("身份证号", "id", aliases=_ID_ALIASES),
        Column("被申请人", "text", width=28, required=True, aliases=("被申请单位", "用人单位")),
        Column("统一社会信用代码", "text", width=22, aliases=_CODE_ALIASES),
        Column("争议类型", "text", width=16, aliases=("争议类别",)),
        Column("案件来源", "text", width=12),
        Column("涉及人数", "int", total=True, aliases=("涉及职工人数", "人数")),
        Column("请求金额", "money", total=True, aliases=("涉案金额", "申请金额")),
        Column("调解员", "text", width=10),
        Column("状态", "text", width=10, aliases=("案件状态",)),
        Column("调解结果", "text", width=12),
        Column("协议金额", "money", total=True),
        Column("已履行金额", "money", total=True, aliases=("履行金额",)),
        Column("挽回经济损失", "money", total=True, aliases=("挽回损失",)),
        Column("结案日期", "date", aliases=("结案时间",)),
        Column("已中止天数", "int", aliases=("中止天数",)),
    ),
)

LETTERS = RegisterSpec(
    key="letters",
    title_template="{year}年度工会劳动法律监督“一函两书”台账",
    sheet_name="一函两书台账",
    columns=(
        Column("文书编号", "text", width=22, required=True, aliases=("编号",), validator=normalise_number),
        Column("文书类型", "text", width=10, required=True, aliases=("类型",)),
        Column("发出日期", "date", required=True, aliases=("发函日期",)),
        Column("对象单位", "text", width=28, required=True, aliases=("用人单位",)),
        Column("统一社会信用代码", "text", width=22, aliases=_CODE_ALIASES),
        Column("问题类别", "text", width=16),
        Column("涉及职工人数", "int", total=True, aliases=("涉及人数",)),
        Column("整改期限", "date"),
        Column("回复日期", "date"),
        Column("整改结果", "text", width=12),
        Column("上一文书编号", "text", width=22, validator=normalise_number),
        Column("状态", "text", width=10),
    ),
)

CLAIMS = RegisterSpec(
    key="claims",
    title_template="{year}年度职工互助保障理赔台账",
    sheet_name="理赔台账",
    columns=(
        Column("理赔编号", "text", width=18, required=True, aliases=("编号",)),
        Column("姓名", "text", width=10, required=True, aliases=("会员姓名",)),
        Column("身份证号", "id", required=True, aliases=_ID_ALIASES),
        Column("所属单位", "text", width=28, aliases=("工作单位", "单位")),
        Column("保障项目", "text", width=14, aliases=("保障计划",)),
        Column("申请日期", "date", required=True),
        Column("申请金额", "money", total=True),
        Column("核定金额", "money", total=True, aliases=("审核金额",)),
        Column("已支付金额", "money", total=True, aliases=("支付金额",)),
        Column("支付日期", "date"),
        Column("状态", "text", width=10),
        Column("备注", "text", width=30),
    ),
)

PAYMENTS = RegisterSpec(
    key="payments",
    title_template="{year}年度支付台账",
    sheet_name="支付台账",
    columns=(
        Column("支付批次", "text", width=14, aliases=("批次编号",)),
        Column("理赔编号", "text", width=18),
        Column("支付类型", "text", width=12),
        Column("收款人", "text", width=10, required=True),
        Column("身份证号", "id", aliases=_ID_ALIASES),
        Column("收款账号", "card", width=22, aliases=("银行卡号", "账号")),
        Column("支付金额", "money", required=True, aliases=("金额",)),
        Column("应付日期", "date"),
        Column("支付日期", "date"),
        Column("支付方式", "text", width=10),
        Column("状态", "text", width=10),
        # the 合计 counts only money actually paid: a line the bank returned failed, or still
        # waiting for the bank, has no 实付金额
        Column("实付金额", "money", total=True),
    ),
)

MEMBERS = RegisterSpec(
    key="members",
    title_template="{year}年度职工互助保障参保会员名册",
    sheet_name="会员名册",
    columns=(
        Column("姓名", "text", width=10, required=True, aliases=("会员姓名",)),
        Column("身份证号", "id", required=True, aliases=_ID_ALIASES),
        Column("手机号码", "text", width=14, aliases=("联系电话", "手机号", "电话")),
        Column("所属单位", "text", width=28, aliases=("工作单位", "单位")),
        Column("会员卡号", "card", width=22, aliases=("京卡卡号", "互助服务卡号", "卡号")),
        Column("保障项目", "text", width=16, required=True, aliases=("保障计划",)),
    ),
)

REGISTERS: dict[str, RegisterSpec] = {
    s.key: s for s in (CASES, LETTERS, CLAIMS, PAYMENTS, MEMBERS)
}
