"""设置 → 工单时限: per platform, how long to respond (联系来电人) and to finish (办结), in
working days or hours (both counted on the 节假日安排 calendar). Saved version-checked: a save
over settings someone else saved meanwhile is refused. Tickets received afterwards use them;
tickets on file keep the limits they were received with."""

from __future__ import annotations

from db.enums import TicketChannel
from desktop.auth import Permission
from desktop.errors import UserError
from desktop.settings import DEFAULT_TICKET_DEADLINES, TICKET_UNITS
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

STEPS = (("reply", "响应时限"), ("finish", "办结时限"))


def _limit_row(name: str) -> tuple[QSpinBox, QComboBox]:
    amount = QSpinBox(objectName=f"{name}_amount")
    amount.setRange(1, 720)
    unit = QComboBox(objectName=f"{name}_unit")
    for value, label in TICKET_UNITS.items():
        unit.addItem(label, value)
    return amount, unit


class TicketLimitsPage(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.edits = {(channel.value, step): _limit_row(f"{channel.value}_{step}")
                      for channel in TicketChannel for step, _ in STEPS}
        self.save_button = QPushButton("保存工单时限", objectName="saveTicketLimits")
        self.version = 0
        self._build()
        self.load()
        self.save_button.clicked.connect(self.save)
        allowed = context.can(Permission.SETTINGS)
        for amount, unit in self.edits.values():
            amount.setEnabled(allowed)
            unit.setEnabled(allowed)
        self.save_button.setEnabled(allowed)
        if not allowed:
            self.save_button.setToolTip("只有管理员可以修改设置")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        note = QLabel("「工作日」：接收次日起第 N 个工作日 24 时前；「小时」：只计工作日的钟点，周末和法定节假日不计。"
                      "修改后新登记、新导入的工单按新时限计算，已登记的工单不变。", wordWrap=True)
        layout.addWidget(note)
        for channel in TicketChannel:
            box = QGroupBox(channel.label)
            form = QFormLayout(box)
            for step, label in STEPS:
                row = QHBoxLayout()
                for widget in self.edits[(channel.value, step)]:
                    row.addWidget(widget)
                row.addStretch(1)
                form.addRow(label, row)
            layout.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def load(self) -> None:
        service = self.context.settings
        self.version = service.version()
        limits = service.load().ticket_deadlines
        for (channel, step), (amount, unit) in self.edits.items():
            raw = limits.get(channel) or DEFAULT_TICKET_DEADLINES[channel]
            amount.setValue(int(raw[step]))
            unit.setCurrentIndex(max(unit.findData(raw[f"{step}_unit"]), 0))

    def limits(self) -> dict:
        limits: dict[str, dict] = {}
        for (channel, step), (amount, unit) in self.edits.items():
            limits.setdefault(channel, {})[step] = amount.value()
            limits[channel][f"{step}_unit"] = unit.currentData()
        return limits

    def save(self) -> None:
        try:
            self.context.settings.save_ticket_deadlines(self.context.actor, self.limits(), self.version)
        except UserError as error:
            show_user_error(self, error, "工单时限未保存")
            return
        self.load()
        self.context.prompt.inform(self, "设置", "工单时限已保存，新登记的工单按新时限计算。")

    save_current = save  # Ctrl+S

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        """Shown again (from 基本设置, which saves the same record): what is on file now."""
        self.load()
        super().showEvent(event)
