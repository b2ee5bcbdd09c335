"""Case numbers typed with any bracket pair (【】 [] () （）) are found: the list search,
从调解案件发起 in 一函两书, and the document service's look-up by number."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.enums import Role
from db.models import MediationCase, SupervisionMatter
from desktop.cases.services import CaseServices
from desktop.issuing.owners import find_by_number
from tests.cases.helpers import drive
from tests.support.keyboard import type_text
from ui.main_window import MainWindow


def _typed(number: str, pair: str) -> str:
    return number.replace("〔", pair[0]).replace("〕", pair[1])


@pytest.fixture
def accepted(sqlite_database, sqlite_actors):
    case_id = drive(CaseServices(sqlite_database), sqlite_actors[Role.ADMIN], "ACCEPTED")
    with sqlite_database.read() as session:
        return case_id, session.get(MediationCase, case_id).number


@pytest.mark.parametrize("pair", ["【】", "[]", "()", "（）"])
def test_case_list_search_accepts_any_brackets(qtbot, gui_context, accepted, pair):
    case_id, number = accepted
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("调解案件")
    type_text(qtbot, page.filters.search, _typed(number, pair))
    page.filters.flush()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.id_at(0) == case_id
    with gui_context.database.read() as session:
        assert find_by_number(session, _typed(number, pair))[1].id == case_id


def test_start_letters_from_a_case_typed_with_square_brackets(qtbot, gui_context, accepted):
    case_id, number = accepted
    gui_context.prompt.strict = True  # any warning or error fails the test
    gui_context.prompt.script(_typed(number, "[]"))
    window = MainWindow(gui_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("一函两书")
    page.start_from_case()
    with gui_context.database.read() as session:
        assert session.scalar(select(SupervisionMatter.case_id)) == case_id


@pytest.mark.db
def test_referral_number_typed_with_any_brackets_is_kept_with_the_official_ones(database, actors):
    from db.enums import CaseSource
    from tests.cases.helpers import TODAY, intake_form

    form = intake_form(source=CaseSource.ARBITRATION_REFERRAL, referral_doc_no="京密劳人仲字【2024】第318号",
                       referring_body="北京市密云区劳动人事争议仲裁委员会", papers_received_on=TODAY)
    case_id = CaseServices(database).intake.register(actors[Role.MEDIATOR], form)
    with database.read() as session:
        assert session.get(MediationCase, case_id).referral_doc_no == "京密劳人仲字〔2024〕第318号"
