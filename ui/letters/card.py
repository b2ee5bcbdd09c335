"""One letter of the chain as a card: number, kind, dates, deadline, state, reply, figures, actions."""

from __future__ import annotations

from datetime import date

from db.enums import LetterKind, LetterStatus as S
from desktop.letters import LetterAction, LetterView, action_label
from desktop.letters.history import figures_phrase
from ui.qt import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, Signal

STATE_COLOURS = {
    S.DRAFT: "#6b7280", S.OVERDUE: "#b91c1c", S.REFUSED: "#b91c1c", S.REFUSED_WITH_REASON: "#b91c1c",
    S.PARTIAL: "#b45309", S.RECTIFIED: "#15803d", S.RESULT_RECEIVED: "#15803d", S.CLOSED: "#374151",
    S.ESCALATED: "#7c3aed",
}


class LetterCard(QFrame):
    action_requested = Signal(object, object)  # LetterView, LetterAction

    def __init__(self, letter: LetterView, today: date, parent=None) -> None:
        super().__init__(parent, objectName=f"letter_card_{letter.id}")
        self.letter = letter
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("LetterCard { background: #ffffff; border: 1px solid #cbd5e1; border-radius: 4px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(self._title())
        layout.addLayout(self._details(today))
        self.buttons: dict[LetterAction, QPushButton] = {}
        layout.addLayout(self._actions())

    def _title(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel(f"<b>{self.letter.title}</b>", objectName="title")
        self.state = QLabel(self.letter.status.label, objectName="state")
        colour = STATE_COLOURS.get(self.letter.status, "#1d4ed8")
        self.state.setStyleSheet(f"color: white; background: {colour}; padding: 1px 8px; border-radius: 3px;")
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(self.state)
        return row

    def _details(self, today: date) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self.fields: dict[str, QLabel] = {}
        for index, (label, value) in enumerate(_facts(self.letter)):
            grid.addWidget(QLabel(f"<span style='color:#64748b'>{label}</span>"), index // 2, (index % 2) * 2)
            value_label = QLabel(value, objectName=f"field_{label}")
            value_label.setWordWrap(True)
            self.fields[label] = value_label
            grid.addWidget(value_label, index // 2, (index % 2) * 2 + 1)
        self.deadline = self.fields.get("期限")
        self._style_deadline(today)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _style_deadline(self, today: date) -> None:
        letter = self.letter
        if self.deadline is None:
            return
        self.deadline.setToolTip(letter.deadline_explanation or "签发后按设置计算")
        waiting = letter.status in (S.AWAITING_REPLY, S.AWAITING_DEPARTMENT)
        if waiting and letter.deadline_on and letter.deadline_on < today:
            self.deadline.setStyleSheet("color: #b91c1c; font-weight: bold;")

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for action in self.letter.actions:
            button = QPushButton(action_label(action, self.letter.kind, self.letter.status),
                                 objectName=f"action_{action.name}")
            button.clicked.connect(lambda _=False, a=action: self.action_requested.emit(self.letter, a))
            self.buttons[action] = button
            row.addWidget(button)
        row.addStretch(1)
        return row


def _facts(letter: LetterView) -> list[tuple[str, str]]:
    deadline = f"{letter.deadline_on}（{letter.deadline_days}{letter.deadline_unit.label}）" if letter.deadline_on \
        else f"{letter.deadline_days} 个{letter.deadline_unit.label}（签发后计算）"
    facts = [("主送", letter.addressee), ("签发", _day(letter.issued_on)),
             ("送达", _delivery(letter)), ("期限", deadline)]
    if letter.kind is not LetterKind.RECOMMENDATION and (letter.reply_on or letter.result):
        facts += [("回复", f"{_day(letter.reply_on)} {letter.reply_summary or ''}".strip()),
                  ("结果", (letter.result.label if letter.result else "") + figures_phrase(letter.figures))]
    facts += _department_facts(letter)
    if letter.copy_to or letter.copied_to_procuratorate:
        facts.append(("抄送", (letter.copy_to or "") + ("（已抄送检察机关）" if letter.copied_to_procuratorate else "")))
    if letter.closed_on:
        facts.append(("办结", _day(letter.closed_on)))
    return facts


def _department_facts(letter: LetterView) -> list[tuple[str, str]]:
    facts = []
    if letter.department_case_on:
        facts.append(("立案", _day(letter.department_case_on)))
    if letter.department_refusal:
        facts.append(("不予立案", f"{_day(letter.reply_on)} {letter.department_refusal}"))
    if letter.department_result_on:
        facts.append(("处理结果", f"{_day(letter.department_result_on)} {letter.department_result or ''}"
                                  f"{figures_phrase(letter.figures)}"))
    return facts


def _day(day: date | None) -> str:
    return str(day) if day else "—"


def _delivery(letter: LetterView) -> str:
    if not letter.delivered_on:
        return "—"
    return f"{letter.delivered_on} {letter.delivery_method.label if letter.delivery_method else ''}".strip()
