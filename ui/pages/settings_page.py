"""设置: the organisation's details, document-number patterns, deadlines and the document fonts
(基本设置), the hotline tickets' limits per platform (工单时限) and the working-day calendar (节假日安排)."""

from __future__ import annotations

from dataclasses import replace

from desktop.auth import Permission
from desktop.errors import UserError
from desktop.numbering import format_number
from desktop.settings import OrganisationSettings
from ui.context import AppContext
from ui.documents.font_box import FontBox
from ui.errors import show_user_error
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

TITLE = "设置"

TEXT_FIELDS = [
    ("union_name", "工会名称"), ("centre_name", "调解中心名称"), ("letterhead", "文书版头（发文机关标志）"),
    ("supervision_committee", "劳动法律监督委员会名称"), ("address", "地址"), ("phone", "联系电话"),
    ("postcode", "邮政编码"), ("contact_person", "联系人"),
    ("arbitration_name", "劳动人事争议仲裁委员会（写入终止调解通知书）"), ("arbitration_address", "仲裁委员会地址"),
]
NUMBER_KINDS = [
    ("case", "调解案件"), ("prompt_letter", "提示函"), ("opinion_letter", "意见书"),
    ("recommendation_letter", "建议书"), ("claim", "理赔申请"), ("batch", "支付批次"), ("archive", "卷宗号"),
    ("rejection", "不予受理通知书（案件未编号时）"),
]
LETTER_KINDS = [("PROMPT", "提示函整改期限"), ("OPINION", "意见书回复期限"), ("RECOMMENDATION", "建议书部门立案期限")]
UNITS = [("CALENDAR", "自然日"), ("WORKING", "工作日")]


def create(context: AppContext, parent=None) -> QWidget:
    return SettingsArea(context, parent)


class SettingsArea(QTabWidget):
    """The 设置 area: 基本设置, 工单时限, 节假日安排 and 法律援助律师 as tabs."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        from ui.pages.holiday_page import HolidayPage
        from ui.pages.lawyers_page import LawyersPage
        from ui.pages.ticket_limits import TicketLimitsPage

        self.general = SettingsPage(context)
        self.ticket_limits = TicketLimitsPage(context)
        self.holidays = HolidayPage(context)
        self.lawyers = LawyersPage(context)
        self.addTab(self.general, "基本设置")
        self.addTab(self.ticket_limits, "工单时限")
        self.addTab(self.holidays, "节假日安排")
        self.addTab(self.lawyers, "法律援助律师")

    def save_current(self) -> None:
        """Ctrl+S: saves the tab shown when it can, else 基本设置."""
        getattr(self.currentWidget(), "save_current", self.general.save_current)()


class SettingsPage(QScrollArea):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        self.text_edits = {key: QLineEdit(objectName=key) for key, _ in TEXT_FIELDS}
        self.limit_days = _spin(1, 90)
        self.warn_days = _spin(1, 89)
        self.copies = _spin(1, 9)
        self.follow_up_days = _spin(1, 365)
        self.follow_up_days.setObjectName("followUpDays")
        self.separation = QCheckBox("审核人不得核准同一笔理赔；制作支付批次的人不得核准该批次", objectName="separation_of_duties")
        self.patterns = QTableWidget(len(NUMBER_KINDS), 4, objectName="patterns")
        self.deadline_days = {kind: _spin(1, 120) for kind, _ in LETTER_KINDS}
        self.deadline_units = {kind: _unit_combo() for kind, _ in LETTER_KINDS}
        self.save_button = QPushButton("保存设置", objectName="save")
        self.setWidget(self._build())
        self.load()
        self.save_button.clicked.connect(self.save)
        self.patterns.itemChanged.connect(self._update_previews)
        self._apply_permission()

    def _build(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._organisation_box())
        layout.addWidget(self._patterns_box())
        layout.addWidget(self._deadlines_box())
        self.font_box = FontBox(self.context.runner)
        layout.addWidget(self.font_box)
        layout.addWidget(self._duties_box())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return body

    def _organisation_box(self) -> QGroupBox:
        box = QGroupBox("单位信息")
        form = QFormLayout(box)
        for key, label in TEXT_FIELDS:
            form.addRow(label, self.text_edits[key])
        return box

    def _patterns_box(self) -> QGroupBox:
        box = QGroupBox("文书编号格式（{prefix} 前缀，{year} 年份，{seq} 序号）")
        self.patterns.setHorizontalHeaderLabels(["类别", "前缀", "格式", "示例"])
        self.patterns.verticalHeader().setVisible(False)
        self.patterns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.patterns.setMinimumHeight(260)
        QVBoxLayout(box).addWidget(self.patterns)
        return box

    def _deadlines_box(self) -> QGroupBox:
        box = QGroupBox("期限")
        form = QFormLayout(box)
        form.addRow("调解期限（自然日，自收到申请之日起）", self.limit_days)
        form.addRow("临近期限提醒（第几天起）", self.warn_days)
        form.addRow("调解协议书份数", self.copies)
        form.addRow("结案后回访（天）", self.follow_up_days)
        for kind, label in LETTER_KINDS:
            row = QHBoxLayout()
            row.addWidget(self.deadline_days[kind])
            row.addWidget(self.deadline_units[kind])
            row.addStretch(1)
            form.addRow(label, row)
        return box

    def _duties_box(self) -> QGroupBox:
        box = QGroupBox("职责分离（理赔与支付）")
        QVBoxLayout(box).addWidget(self.separation)
        return box

    def load(self) -> None:
        settings = self.context.settings.load()
        for key, edit in self.text_edits.items():
            edit.setText(getattr(settings, key))
        self.limit_days.setValue(settings.mediation_limit_days)
        self.warn_days.setValue(settings.warn_after_days)
        self.copies.setValue(settings.agreement_copies)
        self.follow_up_days.setValue(settings.follow_up_days)
        self.separation.setChecked(settings.separation_of_duties)
        self._fill_patterns(settings)
        for kind, _ in LETTER_KINDS:
            deadline = settings.letter_deadline(kind)
            self.deadline_days[kind].setValue(deadline.days)
            self.deadline_units[kind].setCurrentIndex([u for u, _ in UNITS].index(deadline.unit))

    def _fill_patterns(self, settings: OrganisationSettings) -> None:
        self.patterns.blockSignals(True)
        for row, (kind, label) in enumerate(NUMBER_KINDS):
            self.patterns.setItem(row, 0, _readonly(label))
            self.patterns.setItem(row, 1, QTableWidgetItem(settings.prefixes.get(kind, "")))
            self.patterns.setItem(row, 2, QTableWidgetItem(settings.patterns.get(kind, "")))
            self.patterns.setItem(row, 3, _readonly(""))
        self.patterns.blockSignals(False)
        self._update_previews()

    def _update_previews(self, *_args) -> None:
        self.patterns.blockSignals(True)
        current = self.collect()
        for row, (kind, _) in enumerate(NUMBER_KINDS):
            try:
                preview = format_number(kind, 2024, 12, current)
            except (KeyError, ValueError, IndexError):
                preview = "格式有误"
            self.patterns.item(row, 3).setText(preview)
        self.patterns.blockSignals(False)

    def collect(self) -> OrganisationSettings:
        base = self.context.settings.load()
        texts = {key: edit.text().strip() for key, edit in self.text_edits.items()}
        prefixes = {kind: self.patterns.item(row, 1).text().strip() for row, (kind, _) in enumerate(NUMBER_KINDS)}
        patterns = {kind: self.patterns.item(row, 2).text().strip() for row, (kind, _) in enumerate(NUMBER_KINDS)}
        deadlines = {kind: {"days": self.deadline_days[kind].value(), "unit": self.deadline_units[kind].currentData()}
                     for kind, _ in LETTER_KINDS}
        return replace(base, **texts, prefixes=prefixes, patterns=patterns, letter_deadlines=deadlines,
                       mediation_limit_days=self.limit_days.value(), warn_after_days=self.warn_days.value(),
                       agreement_copies=self.copies.value(), follow_up_days=self.follow_up_days.value(),
                       separation_of_duties=self.separation.isChecked())

    def save(self) -> None:
        try:
            self.context.settings.save(self.context.actor, self.collect())
        except UserError as error:
            show_user_error(self, error, "设置未保存")
            return
        self.context.prompt.inform(self, "设置", "设置已保存。")

    save_current = save  # Ctrl+S

    def _apply_permission(self) -> None:
        allowed = self.context.can(Permission.SETTINGS)
        self.widget().setEnabled(allowed)
        if not allowed:
            self.save_button.setToolTip("只有管理员可以修改设置")


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    return spin


def _unit_combo() -> QComboBox:
    combo = QComboBox()
    for value, label in UNITS:
        combo.addItem(label, value)
    return combo


def _readonly(text: str) -> QTableWidgetItem:
    from ui.qt import Qt

    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
