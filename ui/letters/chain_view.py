"""A supervision matter as one timeline: the matter, each letter's card, and the dated events."""

from __future__ import annotations

from desktop.letters import ChainView, LetterServices
from desktop.letters.history import figures_phrase
from desktop.money import format_amount
from ui.letters.card import LetterCard
from ui.letters.controller import LetterActions
from ui.qt import QLabel, QListWidget, QScrollArea, QSplitter, Qt, QVBoxLayout, QWidget


class ChainPanel(QWidget):
    """Shows one matter's chain; ``show_matter(id)`` loads it, ``reload()`` refreshes it."""

    def __init__(self, service: LetterServices, actor, parent=None) -> None:
        super().__init__(parent, objectName="chain_panel")
        self.service, self.actor = service, actor
        self.view: ChainView | None = None
        self.cards: dict[int, LetterCard] = {}
        self.actions = LetterActions(service, actor, self, self.show_matter, chain=lambda: self.view)
        self.header = QLabel("在左侧选择一份文书，查看其所在监督事项的完整链条。", objectName="matter_header")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals = QLabel(objectName="totals")
        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.timeline = QListWidget(objectName="timeline")
        self._build()

    def _build(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(_titled("时间线", self.timeline))
        splitter.setSizes([420, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.totals)
        layout.addWidget(splitter, 1)

    def show_matter(self, matter_id: int) -> None:
        self.view = self.service.queries.chain(self.actor, matter_id)
        self._show_header()
        self._show_cards()
        self.timeline.clear()
        for event in self.view.timeline:
            self.timeline.addItem(f"{event.on}  {event.text}")

    def reload(self) -> None:
        if self.view is not None:
            self.show_matter(self.view.matter.id)

    def _show_header(self) -> None:
        m = self.view.matter
        case = f"　关联调解案件：{m.case_number or m.case_id}" if m.case_id else ""
        closed = f"　<b>已于 {m.closed_on} 办结</b>" if m.closed_on else ""
        self.header.setText(
            f"<b style='font-size:15px'>{m.employer_name}</b>　{m.street or ''}{case}{closed}<br>"
            f"{m.source.label}，{m.found_on} 发现（{m.check_method or '未记录检查方式'}）；"
            f"涉及职工 {m.workers_affected} 人，金额 {format_amount(m.amount_involved)} 元<br>{m.facts}")
        phrase = figures_phrase(self.view.totals)
        self.totals.setText(f"整改成效合计：{phrase[1:-1] if phrase else '暂无'}")

    def _show_cards(self) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.cards = {}
        today = self.service.today()
        for index, letter in enumerate(self.view.letters):
            if index:
                self.cards_layout.addWidget(QLabel("　↓　升级", objectName="arrow"))
            card = LetterCard(letter, today)
            card.action_requested.connect(self.actions.run)
            self.cards[letter.id] = card
            self.cards_layout.addWidget(card)
        self.cards_layout.addStretch(1)


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(widget)
    return box
