"""The input fields every form shares: a date, an amount of money, a choice of enum member.

Each has ``value()`` / ``set_value()`` in Python types (``date``, ``Decimal``, the member),
so forms never convert Qt values themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from desktop.money import format_amount, parse_amount
from ui.qt import QComboBox, QDate, QDateEdit, QDateTime, QDateTimeEdit, QLineEdit, Qt


class DateField(QDateEdit):
    """A date as 年-月-日 with a calendar to pick from; today unless given."""

    def __init__(self, value: date | None = None, parent=None, *, objectName: str = "") -> None:
        super().__init__(parent, objectName=objectName)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_value(value or date.today())

    def value(self) -> date:
        return self.date().toPython()

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class DateTimeField(QDateTimeEdit):
    """A moment as 年-月-日 时:分 with a calendar to pick the day; now unless given."""

    def __init__(self, value: datetime | None = None, parent=None, *, objectName: str = "") -> None:
        super().__init__(parent, objectName=objectName)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.set_value(value or datetime.now())

    def value(self) -> datetime:
        return self.dateTime().toPython().replace(second=0, microsecond=0)

    def set_value(self, value: datetime) -> None:
        self.setDateTime(QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0))


class MoneyField(QLineEdit):
    """An amount in 元 typed as text (``1,234.5`` is fine), read as ``Decimal``; empty is 0.00."""

    def __init__(self, value: Decimal | None = None, parent=None, *, objectName: str = "",
                 label: str = "金额") -> None:
        super().__init__(parent, objectName=objectName)
        self.label = label
        self.setPlaceholderText("0.00")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if value:
            self.set_value(value)

    def value(self, label: str | None = None) -> Decimal:
        """The amount; a ``ValidationError`` naming the field when it is not one."""
        text = self.text().strip()
        return parse_amount(text, field=label or self.label) if text else Decimal("0.00")

    def set_value(self, value: Decimal | None) -> None:
        self.setText(format_amount(value) if value else "")


class EnumCombo(QComboBox):
    """One member of a labelled enum, shown by its Chinese label.

    ``currentData()``/``value()`` give the member itself (Qt would hand a str-enum stored as
    item data back as a plain str); ``blank`` offers a "none" entry first.
    """

    def __init__(self, members: Iterable, *, blank: str | None = None, current=None,
                 parent=None, objectName: str = "") -> None:
        super().__init__(parent, objectName=objectName)
        self.members = ([None] if blank is not None else []) + list(members)
        for member in self.members:
            self.addItem(blank if member is None else member.label)
        if current is not None:
            self.set_value(current)

    def value(self):
        index = self.currentIndex()
        return self.members[index] if 0 <= index < len(self.members) else None

    def set_value(self, member) -> None:
        self.setCurrentIndex(self.members.index(member))

    def currentData(self, role=None):
        return self.value()

    def findData(self, value, *args) -> int:
        return self.members.index(value) if value in self.members else -1
