"""The signed-in officer's window, and 注销/切换用户: sign in again without quitting.

``WindowSession.open(actor)`` shows the main window for ``actor`` with the trust
services (change poller, automatic backups). ``switch_user()`` hides it, records the
sign-out, shows the sign-in dialog and, when someone signs in, replaces the window
with one for the new officer (their role, their name in every audit entry). If the
sign-in is cancelled the program ends, as it does when cancelled at start.
"""

from __future__ import annotations

from collections.abc import Callable

from db.engine import Database
from desktop.auth import Actor
from ui.qt import QApplication, QObject, QSettings


class WindowSession(QObject):
    def __init__(self, database: Database, sign_in: Callable[[Database], Actor | None] | None = None,
                 preferences: QSettings | None = None, with_trust: bool = True, services=None) -> None:
        super().__init__()
        from ui.app import make_services
        from ui.signin import sign_in as dialog_sign_in

        self.database, self.preferences, self.with_trust = database, preferences, with_trust
        self.services = services or make_services(database)
        self._sign_in = sign_in or (lambda db: dialog_sign_in(db, officers=self.services.officers))
        self.window = None
        self.trust = None

    def open(self, actor: Actor):
        from ui.app import make_context
        from ui.main_window import MainWindow
        from ui.trust.startup import install_trust

        context = make_context(self.database, actor, self.preferences, services=self.services)
        self.window = MainWindow(context)
        self.window.switch_user_requested.connect(self.switch_user)
        self.trust = install_trust(self.window, context) if self.with_trust else None
        self.window.show()
        self.window.due_status.remind_on_next_count()
        return self.window

    def switch_user(self):
        """Sign out and back to the sign-in dialog; the new officer's window, or None (program ends)."""
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        old = self.window
        old.hide()
        if self.trust is not None:
            self.trust.on_sign_out("注销登录")
        actor = self._sign_in(self.database)
        if actor is None:
            return self._end(old, app)
        old.close()
        old.deleteLater()
        app.setQuitOnLastWindowClosed(True)
        return self.open(actor)

    def _end(self, old, app) -> None:
        self.finish()
        old.close()
        self.window = None
        app.setQuitOnLastWindowClosed(True)
        app.quit()
        return None

    def finish(self) -> None:
        """At exit: the exit backup and the sign-out record of whoever is signed in."""
        if self.trust is not None:
            self.trust.on_exit(self.window)
            self.trust = None
