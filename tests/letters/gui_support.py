"""Driving the 一函两书 page as an officer does: buttons, forms, OK."""

from __future__ import annotations

from datetime import date

from desktop.letters import LetterAction
from tests.support.keyboard import type_text
from ui.qt import QDate, QDialogButtonBox, QPoint, Qt

LEFT = Qt.MouseButton.LeftButton


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def tick(qtbot, box) -> None:
    """Click a check box on its indicator (a click right of its text does nothing)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def press_action(qtbot, page, letter_id: int, action: str):
    """Click the action button on the letter's card; return the form it opened (if any)."""
    card = page.chain.cards[letter_id]
    click(qtbot, card.buttons[LetterAction[action]])
    return page.chain.actions.active_dialog


def press_ok(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible(), "the form stayed open (an error message was shown)"


def fill_date_dialog(qtbot, dialog, day: date, reason: str = "") -> None:
    dialog.day.setDate(qdate(day))
    if reason:
        type_text(qtbot, dialog.reason, reason)
    press_ok(qtbot, dialog)


def choose(combo, data) -> None:
    combo.set_value(data)


def fill_figures(qtbot, figures, wages: str, insurance: str, contracts: int, workers: int) -> None:
    for edit, text in ((figures.wages, wages), (figures.insurance, insurance)):
        edit.clear()
        type_text(qtbot, edit, text)
    figures.contracts.setValue(contracts)
    figures.workers.setValue(workers)


def letter_ids(page) -> list[int]:
    return [letter.id for letter in page.chain.view.letters]
