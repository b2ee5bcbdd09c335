"""The application log: one rotating file beside the database, configured once at start.

``configure(database_url)`` is called once by ``main.py`` for the window and every
headless command. Errors are logged with their tracebacks; refusals (``UserError``)
only by kind. Nothing personal reaches the file: ``PersonalDataFilter`` masks ID
numbers, credit codes, phone and bank-card numbers in every message and traceback.
The window shows the file under 帮助 → 查看日志.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.paths import data_dir

MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

_MASKS = (
    (re.compile(r"(?<!\d)\d{17}[\dXx](?![0-9A-Za-z])"), "[身份证号]"),
    (re.compile(r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])"), "[信用代码]"),
    (re.compile(r"(?<!\d)\d{15,19}(?!\d)"), "[卡号]"),
    (re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)"), "[电话]"),
    (re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)"), "[电话]"),
)


def mask(text: str) -> str:
    """``text`` with every ID number, credit code, phone and card number replaced by its kind."""
    for pattern, replacement in _MASKS:
        text = pattern.sub(replacement, text)
    return text


class PersonalDataFilter(logging.Filter):
    """Masks personal numbers in the formatted message and in the traceback text."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = mask(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


def log_path(database_url: str) -> Path:
    """``<name>.log`` beside a SQLite file; else ``uniondesk.log`` in the data folder's logs."""
    if database_url.startswith("sqlite:///") and not database_url.endswith(":memory:"):
        db_file = Path(database_url.removeprefix("sqlite:///"))
        return db_file.with_name(db_file.stem + ".log")
    return data_dir() / "logs" / "uniondesk.log"


def configure(database_url: str, level: int = logging.INFO) -> Path:
    """Send the program's log to the rotating file for ``database_url`` (once: later calls change nothing)."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "uniondesk_log", None) is not None:
            return handler.uniondesk_log
    path = log_path(database_url)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.uniondesk_log = path  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PersonalDataFilter())
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    logging.getLogger(__name__).info("UnionDesk started")
    return path


def current_log() -> Path | None:
    """The file ``configure`` chose, if it ran in this process."""
    for handler in logging.getLogger().handlers:
        path = getattr(handler, "uniondesk_log", None)
        if path is not None:
            return path
    return None


def refused(logger: logging.Logger, error: Exception, what: str) -> None:
    """A refusal (``UserError``) by kind only: its message can quote what was typed."""
    field = getattr(error, "field", None)
    logger.info("%s refused: %s%s", what, type(error).__name__, f" (field {field})" if field else "")
