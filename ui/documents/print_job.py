"""One print job from the window: the print dialog here, the pages on the task runner's worker.

``start_printing(parent, runner, load, on_printed)`` asks for a printer on the GUI
thread, then runs ``load(control)`` (the PDFs, in order) and ``print_documents`` on the
worker under a progress dialog with 取消. ``on_printed`` runs on the GUI thread only
when every page was sent; a cancel or a failure shows a message and skips it.

The worker gets the QPrinter and bytes only: the print dialog is destroyed before the
job starts and nothing on the GUI thread touches the printer until the job has ended;
every QPdfDocument, QPainter and page image is made and dropped in the worker.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.errors import UserError
from ui.documents.printing import PrintCancelled, ask_printer, print_documents
from ui.errors import show_user_error
from ui.pdf import QPrinter
from ui.tasks import TaskControl, TaskRunner
from ui.widgets.prompts import prompt_for

LoadFn = Callable[[TaskControl], list[bytes]]


def start_printing(parent, runner: TaskRunner, load: LoadFn, on_printed: Callable[[], None]) -> bool:
    """Ask for a printer and start the job; False when the officer closed the print dialog."""
    printer = ask_printer(parent)
    if printer is None:
        return False
    runner.run(lambda control: _work(control, printer, load), lambda _pages: on_printed(),
               lambda error: _failed(parent, error), parent=parent, title="正在打印文书…")
    return True


def _work(control: TaskControl, printer: QPrinter, load: LoadFn) -> int:
    pdfs = load(control)
    if control.cancelled():
        raise PrintCancelled()
    return print_documents(printer, pdfs, control)


def _failed(parent, error: BaseException) -> None:
    if isinstance(error, PrintCancelled):
        if error.pages:
            prompt_for(parent).inform(parent, "已取消打印", str(error))
        return
    if not isinstance(error, UserError):
        raise error
    show_user_error(parent, UserError(f"{error}\n\n本次打印未完成，文书未标记为已打印。"), "打印失败")
