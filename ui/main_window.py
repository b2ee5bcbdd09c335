"""The main window: navigation on the left, one area at a time on the right."""

from __future__ import annotations

from ui import actions
from ui.context import AppContext
from ui.widgets import commands
from ui.widgets.prompts import prompt_for
from desktop.due import RecordRef
from ui.pages import AREAS
from ui.workbench import page as workbench_page
from ui.workbench.status import DueStatus
from ui.qt import QCloseEvent, QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, Qt, QWidget, Signal

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


class MainWindow(QMainWindow):
    switch_user_requested = Signal()  # 注销/切换用户: the window session signs in again

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.lock_dialog = None
        self.setWindowTitle(f"工会调解工作台 — {context.settings.load().centre_name}")
        self.setMinimumSize(1024, 640)
        self.navigation = QListWidget(objectName="navigation")
        self.stack = QStackedWidget(objectName="areas")
        self.areas: dict[str, QWidget] = {}
        self.area_titles: dict[str, str] = {}  # a page module's AREA_KEY -> its title
        self._build_areas()
        self.setCentralWidget(self._central())
        self.commands = actions.install_menus(self)
        self._build_status_bar()
        self._restore_state()
        self.navigation.currentRowChanged.connect(lambda _: commands.enable_for_area(self, self.commands))
        commands.enable_for_area(self, self.commands)

    def _build_areas(self) -> None:
        font = self.navigation.font()
        font.setPixelSize(15)
        self.navigation.setFont(font)
        self.navigation.setStyleSheet("QListWidget::item { padding: 10px 8px; }")
        for module in AREAS:
            page = module.create(self.context, self)
            self.areas[module.TITLE] = page
            if hasattr(module, "AREA_KEY"):
                self.area_titles[module.AREA_KEY] = module.TITLE
            self.navigation.addItem(module.TITLE)
            self.stack.addWidget(page)
        widest = max(self.navigation.fontMetrics().horizontalAdvance(m.TITLE) for m in AREAS)
        self.navigation.setFixedWidth(widest + 48)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        workbench = self.areas.get(workbench_page.TITLE)
        if workbench is not None:
            workbench.open_requested.connect(self.open_record)

    def _central(self) -> QWidget:
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        return central

    def _build_status_bar(self) -> None:
        db_label = self.context.database.url.render_as_string(hide_password=True)
        who = f"当前用户：{self.context.actor.name}（{self.context.actor.role.label}）"
        self.due_status = DueStatus(self.context, self, lambda: self.show_area(workbench_page.TITLE))
        self.statusBar().addPermanentWidget(self.due_status)
        self.statusBar().addPermanentWidget(QLabel(who))
        self.statusBar().addPermanentWidget(QLabel(f"数据库：{db_label}"))

    def lock(self) -> None:
        """锁定: hide everything until the same officer's password is typed."""
        from ui.lock import LockDialog

        self.centralWidget().hide()
        self.menuBar().setEnabled(False)
        self.lock_dialog = LockDialog(self.context.database, self.context.actor, self.switch_user_requested.emit, self)
        self.lock_dialog.accepted.connect(self._unlocked)
        self.lock_dialog.open()

    def _unlocked(self) -> None:
        self.centralWidget().show()
        self.menuBar().setEnabled(True)

    @property
    def locked(self) -> bool:
        return not self.centralWidget().isVisible() and self.lock_dialog is not None

    def open_record(self, ref: RecordRef) -> QWidget | None:
        """Show the area that owns ``ref`` and let its page open the record at ``ref.tab``;
        ``None`` (and a message) when no page has that area."""
        title = self.area_titles.get(ref.area)
        if title is None:
            self.context.prompt.warn(self, "无法打开记录", f"没有负责「{ref.area}」记录的页面。")
            return None
        page = self.show_area(title)
        page.open_record(ref.record_id, ref.tab)
        return page

    def show_area(self, title: str) -> QWidget:
        index = list(self.areas).index(title)
        self.navigation.setCurrentRow(index)
        return self.areas[title]

    def _restore_state(self) -> None:
        prefs = self.context.preferences
        if prefs.value(GEOMETRY_KEY) is not None:
            self.restoreGeometry(prefs.value(GEOMETRY_KEY))
        else:  # the first time: the whole screen (a 1366×768 laptop included)
            self.resize(1366, 768)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        if prefs.value(STATE_KEY) is not None:
            self.restoreState(prefs.value(STATE_KEY))
        self.navigation.setCurrentRow(0)  # every sign-in starts on the first area, the 工作台

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs = self.context.preferences
        prefs.setValue(GEOMETRY_KEY, self.saveGeometry())
        prefs.setValue(STATE_KEY, self.saveState())
        prefs.sync()
        for page in self.areas.values():
            page.close()
        super().closeEvent(event)

    def current_area(self) -> QWidget:
        return self.stack.currentWidget()

    def refresh(self) -> None:
        """F5: every list reloads from the database."""
        self.context.changes.announce_everything()

    def show_help(self) -> None:
        """F1: what the area shown is for, and the keys that work everywhere."""
        title = self.navigation.currentItem().text() if self.navigation.currentItem() else ""
        about = getattr(self.current_area(), "HELP", "")
        text = f"{about}\n\n常用快捷键：\n{commands.SHORTCUT_HELP}" if about else f"常用快捷键：\n{commands.SHORTCUT_HELP}"
        prompt_for(self).inform(self, f"帮助 — {title}", text)
