"""The due counts in the main window's status bar, kept current, and the reminder at sign-in.

The label reads the signed-in officer's list (the whole centre's for the roles that start
the 工作台 on 全中心) on the task runner whenever a change touches a due source's tables;
the status bar is always shown, so the counts stay current whatever page is open. The
first count after sign-in may remind: 「您有 3 件已超期、5 件今日到期」 with a button to the 工作台.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.due import DueGroup, DueSummary
from desktop.errors import UserError
from ui.changes import watch
from ui.context import AppContext
from ui.qt import QLabel, QWidget
from ui.workbench.page import CENTRE_ROLES

REMINDER_TITLE = "到期提醒"
OPEN_BUTTON, LATER_BUTTON = "打开工作台", "稍后"


def reminder_text(summary: DueSummary, centre: bool) -> str:
    who = "全中心有" if centre else "您有"
    return f"{who} {summary.count(DueGroup.OVERDUE)} 件已超期、{summary.count(DueGroup.TODAY)} 件今日到期。"


def status_text(summary: DueSummary, centre: bool) -> str:
    return (f"{'全中心' if centre else '我的'}待办：已超期 {summary.count(DueGroup.OVERDUE)} · "
            f"今日到期 {summary.count(DueGroup.TODAY)} · 三个工作日内 {summary.count(DueGroup.NEAR)}")


class DueStatus(QLabel):
    def __init__(self, context: AppContext, window: QWidget, open_workbench: Callable[[], None]) -> None:
        super().__init__(objectName="due_status")
        self.context, self.window_, self.open_workbench = context, window, open_workbench
        self.centre = context.actor.role in CENTRE_ROLES
        self.summary: DueSummary | None = None
        self.remind_next = False
        self._generation = 0
        watch(self, context.changes, self.reload, context.services.due.kinds(), load_on_show=True)

    def remind_on_next_count(self) -> None:
        """At sign-in: the next count that finds anything overdue or due today asks to open the 工作台."""
        self.remind_next = True
        if self.summary is not None:
            self._maybe_remind(self.summary)

    def reload(self) -> None:
        self._generation += 1
        generation, due = self._generation, self.context.services.due
        officer = None if self.centre else self.context.actor.officer_id
        self.context.runner.run(lambda _control: due.summary(officer),
                                lambda summary: self._arrived(generation, summary), self._failed)

    def _arrived(self, generation: int, summary: DueSummary) -> None:
        if generation != self._generation:
            return
        self.summary = summary
        self.setText(status_text(summary, self.centre))
        self._maybe_remind(summary)

    def _maybe_remind(self, summary: DueSummary) -> None:
        if not self.remind_next:
            return
        self.remind_next = False
        if summary.count(DueGroup.OVERDUE) or summary.count(DueGroup.TODAY):
            if self.context.prompt.choose_between(self.window_, REMINDER_TITLE, reminder_text(summary, self.centre),
                                                  OPEN_BUTTON, LATER_BUTTON):
                self.open_workbench()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.setText(f"待办读取失败：{error}")
