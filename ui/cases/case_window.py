"""One case file: its clock, the next steps it allows, and the tabs."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.cases.deadlines import NEAR, OVERDUE, PAUSED, STOPPED
from desktop.filestore import viewing_copy
from desktop.cases.services import CaseServices
from desktop.cases.workflow import available_records, next_steps
from desktop.errors import UserError
from ui.cases.case_steps import IMMEDIATE, run_immediate, step_dialog
from ui.cases.case_tabs import CaseTabs
from ui.cases.related import LinkedLetters, documents_tab
from ui.widgets.history import history_button
from ui.changes import watch
from ui.context import AppContext
from ui.errors import show_user_error
from ui.qt import QDialog, QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget
from ui.widgets.windows import fit_to_screen

CASE_FILE = ("mediation_case", "case_applicant", "case_agent", "case_category", "case_mediator", "mediation_session",
             "agreement_term", "performance_payment", "follow_up", "claim_item", "attachment", "state_transition",
             "supervision_letter", "employer", "worker", "case_pause", "archive_loan")
"""What the case window shows: a change to any of these reloads it (documents watch their own)."""
CLOCK_STYLE = {NEAR: "color: #9a5b00;", OVERDUE: "color: #c0392b; font-weight: bold;", STOPPED: "color: #666;",
               PAUSED: "color: #1f5fa8;"}


class CaseWindow(QDialog):
    """Deleted when closed; the cases page keeps one per case while it is open."""

    def __init__(self, context: AppContext, services: CaseServices, case_id: int, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context, self.services, self.case_id = context, services, case_id
        fit_to_screen(self, 1180, 700)
        self.current_dialog = None
        self.title = QLabel(objectName="caseTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.clock = QLabel(objectName="caseClock", wordWrap=True)
        self.steps_box = QWidget()
        self.steps_layout = QHBoxLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.step_buttons: dict[str, QPushButton] = {}
        steps_row = QHBoxLayout()
        steps_row.addWidget(QLabel("下一步："))
        steps_row.addWidget(self.steps_box)
        steps_row.addStretch(1)
        steps_row.addWidget(history_button(context, "mediation_case", lambda: (self.case_id, self.detail.number), self))
        self.tabs = CaseTabs(self)
        self.documents = documents_tab(context, case_id)
        self.linked_letters = LinkedLetters(context, case_id)
        self.tabs.addTab(self.documents, "文书")
        self.tabs.addTab(self.linked_letters, "一函两书")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.clock)
        layout.addLayout(steps_row)
        layout.addWidget(self.tabs, 1)
        for key, button in self.tabs.buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.run(k))
        watch(self, context.changes, self.reload, CASE_FILE)
        self.reload()

    def reload(self) -> None:
        self.detail = d = self.services.queries.detail(self.case_id)
        self.linked_letters.reload()
        self.setWindowTitle(f"调解案件 {d.number or '（未受理）'}")
        self.title.setText(f"{d.title}　［{d.status.label}］")
        c = d.clock
        state = "" if c.state == STOPPED else f"【{c.label}，{_left(c.days_left)}】"
        self.clock.setText(f"调解期限：{c.due:%Y-%m-%d} {state}　计算依据：{c.explanation}")
        self.clock.setStyleSheet(CLOCK_STYLE.get(c.state, ""))
        self._show_steps()
        records = available_records(d.status, self.context.can)
        records.discard("resume" if c.state != PAUSED else "pause")  # one of the two, as the clock stands
        self.tabs.show_detail(d, records)

    def _show_steps(self) -> None:
        for button in self.step_buttons.values():
            self.steps_layout.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        for step in next_steps(self.detail.status, self.context.can):
            button = QPushButton(step.label, objectName=f"step_{step.key}")
            button.clicked.connect(lambda _=False, k=step.key: self.run(k))
            self.steps_layout.addWidget(button)
            self.step_buttons[step.key] = button
        if not self.step_buttons:
            self.step_buttons["none"] = QLabel("无（只读）" if self.detail.status.value in ("CLOSED", "ARCHIVED") else "无")
            self.steps_layout.addWidget(self.step_buttons["none"])

    def run(self, key: str):
        """Take step ``key``: at once, or by opening its dialog (returned).

        The window reloads once, when the change it made is announced."""
        try:
            if key in IMMEDIATE:
                return run_immediate(self, key)
            if key == "attach":
                return self._attach()
            if key == "open_file":
                return self._open_file()
        except UserError as error:
            show_user_error(self, error)
            return None
        self.current_dialog = step_dialog(self, key)
        self.current_dialog.open()
        return self.current_dialog

    def show_tab(self, key: str | None) -> None:
        """Bring the tab named by ``key`` to the front (see ``tab_index``)."""
        self.tabs.setCurrentIndex(tab_index(self.tabs, key))

    def _attach(self) -> None:
        path = self.context.prompt.open_file(self, "选择证据材料文件")
        if path is not None:
            self.services.attachments.add(self.context.actor, self.case_id, path, self.context.files_dir)

    def _open_file(self) -> None:
        """Open the selected attachment in the system viewer, as a checked copy under its own name."""
        row = max(self.tabs.attachments.currentRow(), 0)
        _, name, sha = self.detail.attachments[row]
        path = viewing_copy(self.context.files_dir, sha, name, Path(tempfile.gettempdir()) / "UnionDesk" / "附件")
        if not self.context.prompt.show_file(path):
            self.context.prompt.warn(self, "无法打开附件", f"系统中没有能打开「{name}」的程序。文件已复制到：\n{path}")


def tab_index(tabs, key: str | None) -> int:
    """The index of the tab named by ``key`` (``TAB_KEYS``, ``documents``, ``letters``); 0 when unknown."""
    from ui.cases.case_tabs import TAB_KEYS

    keys = (*TAB_KEYS, "documents", "letters")
    return keys.index(key) if key in keys and keys.index(key) < tabs.count() else 0


def _left(days: int) -> str:
    return f"已超期 {-days} 天" if days < 0 else f"剩余 {days} 天"
