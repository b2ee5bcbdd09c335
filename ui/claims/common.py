"""Small helpers shared by the claims widgets: dates, money fields, guarded service calls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TypeVar

from desktop.errors import UserError
from desktop.money import parse_amount
from ui.errors import show_user_error
from ui.qt import QComboBox, QDate, QDateEdit, QLineEdit, QWidget
from ui.widgets.fields import DateField, MoneyField

T = TypeVar("T")


def date_edit(value: date | None = None, object_name: str = "") -> QDateEdit:
    return DateField(value, objectName=object_name)


def date_of(edit: QDateEdit) -> date:
    return edit.date().toPython()


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(QDate(value))


def money_edit(object_name: str) -> QLineEdit:
    edit = MoneyField(objectName=object_name)
    edit.setMaximumWidth(140)
    return edit


def money_of(edit: QLineEdit, label: str) -> Decimal:
    text = edit.text().strip()
    return parse_amount(text, field=label) if text else Decimal("0.00")


def combo_data(combo: QComboBox):
    return combo.currentData()


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def attempt(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a service call; an expected failure becomes a message and ``None``."""
    try:
        return action()
    except UserError as error:
        show_user_error(parent, error)
        return None
