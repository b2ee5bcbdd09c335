"""The tabs of the case window: read-only views of the file, with buttons to add records."""

from __future__ import annotations

from desktop.cases.views import CaseDetail
from ui.cases.widgets import fill, table
from ui.qt import QFormLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

TAB_TITLES = ("基本信息", "当事人", "请求事项", "调解记录", "协议与履行", "回访", "卷宗与借阅", "附件", "流转记录")
TAB_KEYS = ("basic", "parties", "claims", "sessions", "performance", "follow_up", "archive", "attachments", "history")
"""The keys ``CaseWindow.show_tab`` understands, in the tabs' order (then ``documents``, ``letters``)."""


def _page(*widgets, buttons=()) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    if buttons:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
    for widget in widgets:
        layout.addWidget(widget, 1 if not isinstance(widget, QLabel) else 0)
    return page


def _label(name: str = "") -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
    return label


class CaseTabs(QTabWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.buttons = {key: QPushButton(text, objectName=key) for key, text in (
            ("amend", "更正登记信息"), ("edit_worker", "修改所选申请人信息"), ("edit_employer", "修改单位信息"),
            ("assign", "指派调解员"), ("session", "新增笔录"), ("edit_session", "修改所选笔录"), ("extend", "延长调解期限"),
            ("pause", "中止计时…"), ("resume", "恢复计时…"),
            ("amend_terms", "修改协议条款"), ("payment", "登记履行款"), ("follow_up", "新增回访"),
            ("volume", "填写卷宗信息"), ("lend", "借阅登记"), ("give_back", "归还"), ("attach", "添加附件"), ("open_file", "打开附件"))}
        self.basic = QFormLayout()
        self.applicants = table(("姓名", "身份", "性别", "身份证号", "联系电话", "岗位"), stretch=3)
        self.employer, self.mediators_label, self.categories = _label("employerInfo"), _label(), _label()
        self.agents = table(("代理方", "类别", "姓名", "电话", "单位"))
        self.claims = table(("序号", "请求事项", "金额（元）", "依据"), stretch=1)
        self.sessions = table(("日期", "类别", "方式", "地点", "参加人员", "申请人意见", "被申请人意见", "调解方案", "经过"))
        self.terms = table(("序号", "协议内容", "金额（元）", "支付方", "履行期限", "方式"), stretch=1)
        self.amounts = _label("amounts")
        self.payments = table(("履行日期", "金额（元）", "方式", "备注"))
        self.follow_ups = table(("回访日期", "方式", "满意度", "回访情况", "回访人"), stretch=3)
        self.volume = _label("volumeInfo")
        self.loans = table(("借出日期", "借阅人", "借阅事由", "应还日期", "归还日期"), stretch=2)
        self.attachments = QListWidget(objectName="attachments")
        self.transitions = table(("时间", "操作人", "原状态", "新状态", "原因/说明"))
        self._build()

    def _build(self) -> None:
        basic = QWidget()
        basic.setLayout(self.basic)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(basic)
        b = self.buttons
        pages = (
            _page(scroll, buttons=(b["amend"],)),
            _page(QLabel("申请人"), self.applicants, QLabel("被申请人"), self.employer, QLabel("代理人"), self.agents,
                  self.mediators_label, buttons=(b["assign"], b["edit_worker"], b["edit_employer"])),
            _page(self.categories, self.claims),
            _page(self.sessions, buttons=(b["session"], b["edit_session"], b["extend"], b["pause"], b["resume"])),
            _page(self.terms, self.amounts, self.payments, buttons=(b["amend_terms"], b["payment"])),
            _page(self.follow_ups, buttons=(b["follow_up"],)),
            _page(self.volume, self.loans, buttons=(b["volume"], b["lend"], b["give_back"])),
            _page(self.attachments, buttons=(b["attach"], b["open_file"])),
            _page(self.transitions),
        )
        for page, title in zip(pages, TAB_TITLES, strict=True):
            self.addTab(page, title)

    def show_detail(self, d: CaseDetail, allowed: set[str]) -> None:
        while self.basic.rowCount():
            self.basic.removeRow(0)
        for name, value in d.fields:
            self.basic.addRow(f"{name}：", QLabel(value, wordWrap=True))
        fill(self.applicants, [(p.name, p.role, p.gender, p.id_number, p.phone, p.job_title) for p in d.applicants])
        e = d.employer
        self.employer.setText(f"{e.name}　统一社会信用代码：{e.credit_code or '—'}　地址：{e.address or '—'}　"
                              f"法定代表人：{e.legal_representative or '—'}　街道/乡镇：{e.street or '—'}")
        fill(self.agents, [line.cells for line in d.agents])
        team = "、".join(f"{name}（{role}）" for name, role in (line.cells for line in d.mediators))
        self.mediators_label.setText(f"调解员：{team or '尚未指派'}")
        self.categories.setText(f"争议类型：{'、'.join(d.categories)}　　请求金额合计：{d.amount_claimed:,.2f} 元")
        fill(self.claims, [line.cells for line in d.claims])
        fill(self.sessions, [line.cells for line in d.sessions])
        fill(self.terms, [line.cells for line in d.terms])
        agreed = f"{d.agreed_amount:,.2f}" if d.agreed_amount is not None else "—"
        self.amounts.setText(f"协议金额：{agreed} 元　已履行：{d.amount_performed:,.2f} 元　"
                             f"挽回经济损失：{d.amount_recovered:,.2f} 元")
        fill(self.payments, [line.cells for line in d.payments])
        fill(self.follow_ups, [line.cells for line in d.follow_ups])
        self.volume.setText(_volume_text(d))
        fill(self.loans, [line.cells for line in d.loans])
        self.attachments.clear()
        self.attachments.addItems([f"{name}　（SHA-256 {sha[:12]}…）" for _, name, sha in d.attachments])
        fill(self.transitions, [line.cells for line in d.transitions])
        for key, button in self.buttons.items():
            button.setEnabled(key in allowed or (key == "open_file" and bool(d.attachments)))
        self.buttons["edit_session"].setEnabled("edit_session" in allowed and bool(d.sessions))
        out = any(line.cells[-1] == "借阅中" for line in d.loans)
        self.buttons["lend"].setEnabled("lend" in allowed and not out)
        self.buttons["give_back"].setEnabled("give_back" in allowed and out)


def _volume_text(d: CaseDetail) -> str:
    values = dict(d.fields)
    if "卷宗号" not in values:
        return "案件尚未归档。"
    out = any(line.cells[-1] == "借阅中" for line in d.loans)
    return (f"卷宗号：{values['卷宗号']}　盒号：{values.get('盒号', '—')}　卷号：{values.get('卷号', '—')}　"
            f"保管期限：{values.get('保管期限', '—')}　状态：{'借阅中' if out else '在库'}")
