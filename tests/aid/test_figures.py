"""The year's aid figures: ``stats --json`` section ``aid`` and the 统计 page's 帮扶救助 box (SQLite + PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest

from db.enums import AidKind, Role
from desktop.aid.applications import ApplicationDraft
from desktop.aid.programmes import ProgrammeDraft
from desktop.stats.figures import to_json_dict, year_figures
from tests.aid.helpers import aid, approved, child_id, hardship_worker, school_draft, school_round

pytestmark = pytest.mark.db


def _year(database, actors):
    services = aid(database)
    programme = school_round(database, actors, services)
    first = services.applications.apply(actors[Role.CLERK], school_draft(programme, hardship_worker(database, actors)))
    approved(services, actors, first.id)
    other = hardship_worker(database, actors, "李强", 245)
    second = services.applications.apply(actors[Role.CLERK], school_draft(programme, other, child_id_number=child_id(47)))
    services.applications.reject(actors[Role.DIRECTOR], second.id, second.version, "材料不实")
    winter = services.programmes.create(actors[Role.ADMIN], ProgrammeDraft(AidKind.WINTER, "2025年送温暖", 2025,
                                                                           fixed_amount="600"))
    third = services.applications.apply(actors[Role.CLERK], ApplicationDraft(winter, other, date(2025, 9, 12)))
    approved(services, actors, third.id)
    withdrawn = services.applications.apply(actors[Role.CLERK], school_draft(
        programme, other, child_id_number=child_id(63), child_name="李小红"))
    approved(services, actors, withdrawn.id)
    version = services.queries.detail(withdrawn.id).row.version
    services.applications.withdraw(actors[Role.DIRECTOR], withdrawn.id, version, "公示期间查实不符合条件")


def test_stats_json_has_the_aid_section(database, actors):
    _year(database, actors)
    section = to_json_dict(year_figures(database, 2025))["aid"]
    assert section == {"received": 4, "approved": 2, "rejected": 1, "amount_approved": "5600.00", "school": 1,
                       "school_amount": "5000.00", "winter": 1, "winter_amount": "600.00", "model_worker": 0,
                       "model_worker_amount": "0.00"}
    assert to_json_dict(year_figures(database, 2024))["aid"]["received"] == 0


def test_the_statistics_page_shows_the_aid_box(qtbot, database, actors, qapp):
    from ui.stats.headline import HeadlinePanel

    _year(database, actors)
    panel = HeadlinePanel()
    qtbot.addWidget(panel)
    panel.show_figures(year_figures(database, 2025))
    assert panel.text_of("aid", "approved") == "2" and panel.text_of("aid", "amount_approved") == "5,600.00"
    assert "撤销的不计" in panel.values[("aid", "approved")].toolTip()
