"""Every search box reads a number typed with any bracket pair as 〔〕 (the one search service
does it): the 法律咨询 list in the window finds 密工咨【2026】1号 typed with 【】 [] () （）."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.models import Consultation
from desktop import search
from tests.frontdesk.helpers import consultation
from tests.support.keyboard import type_text
from ui.frontdesk.consultations_page import ConsultationsPage


@pytest.mark.parametrize("pair", ["【】", "[]", "()", "（）"])
def test_the_consultation_search_box_accepts_any_brackets(qtbot, gui_context, pair):
    service = gui_context.services.consultations
    wanted = service.register(gui_context.actor, consultation(consulted_on=gui_context.services.today()))
    service.register(gui_context.actor, consultation(consulted_on=gui_context.services.today(), question="加班费怎么算"))
    with gui_context.database.read() as session:
        number = session.get(Consultation, wanted).number
    assert "〔" in number
    page = ConsultationsPage(gui_context)
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, page.search, number.replace("〔", pair[0]).replace("〕", pair[1]))
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.id_at(0) == wanted


def test_a_name_in_brackets_that_is_not_a_year_stays_as_typed(database):
    assert search.query_text(" 某某（集团）有限公司 ") == "某某（集团）有限公司"
    assert search.query_text("密工咨[2026]1") == "密工咨〔2026〕1"
    with database.read() as session:
        assert session.scalars(search.matching("consultation", "咨【2026】")).all() == []
