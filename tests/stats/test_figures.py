"""The year's headline figures against a hand-built dataset, on SQLite and PostgreSQL."""

import json

import pytest

from desktop.stats import Rate, to_json_dict, year_figures
from tests.stats import dataset, frontdesk_dataset

pytestmark = pytest.mark.db


@pytest.fixture
def built(database):
    dataset.build(database)
    return database


def test_json_figures_match_hand_count(built):
    assert to_json_dict(year_figures(built, 2024)) == dataset.EXPECTED_2024


def test_json_keys_in_contract_order(built):
    result = to_json_dict(year_figures(built, 2024))
    assert list(result) == ["year", "cases", "letters", "claims", "consultations", "tickets", "legal_aid", "aid"]
    assert list(result["cases"]) == ["accepted", "closed", "agreed", "success_rate", "amount_claimed",
                                     "amount_agreed", "amount_recovered", "workers_involved", "collective"]
    assert list(result["letters"]) == ["prompt", "opinion", "recommendation", "rectified", "workers_covered"]
    assert list(result["claims"]) == ["received", "paid", "rejected", "amount_paid"]
    text = json.dumps(result)
    assert '"success_rate": 0.6,' in text and '"amount_paid": "3000.50"' in text


def test_extra_figures(built):
    figures = year_figures(built, 2024)
    assert figures.cases.not_counted == 3
    assert figures.cases.on_time_rate == dataset.EXPECTED_2024_ON_TIME
    assert isinstance(figures.cases.on_time_rate, Rate)
    assert str(figures.cases.amount_performed) == "14500.00"
    letters = figures.letters
    assert (letters.issued, letters.replied, letters.reply_rate, letters.rectification_rate) == (4, 3, 0.75, 0.5)
    assert (str(letters.wages_recovered), str(letters.insurance_backpaid)) == ("10000.00", "2000.00")
    assert (letters.contracts_signed, letters.workers_benefiting) == (5, 20)
    claims = figures.claims
    assert (claims.members_covered, str(claims.average_payout), claims.rejection_rate) == (2, "1000.25", 0.3333)


def test_neighbouring_years(built):
    figures_2025 = to_json_dict(year_figures(built, 2025))
    assert figures_2025["cases"]["closed"] == 1 and figures_2025["cases"]["agreed"] == 1
    assert figures_2025["cases"]["amount_agreed"] == "900.00"
    assert figures_2025["letters"]["opinion"] == 1 and figures_2025["letters"]["rectified"] == 1
    assert figures_2025["claims"] == {"received": 0, "paid": 1, "rejected": 1, "amount_paid": "500.00"}
    figures_2023 = to_json_dict(year_figures(built, 2023))
    assert figures_2023["cases"]["accepted"] == 1 and figures_2023["cases"]["success_rate"] == 1.0


def test_empty_year_is_all_zero(built):
    result = to_json_dict(year_figures(built, 2019))
    assert result["cases"]["success_rate"] == 0.0 and result["cases"]["amount_claimed"] == "0.00"
    assert set(result["letters"].values()) == {0}


def test_front_desk_figures_match_hand_count(built):
    figures = year_figures(built, 2024)
    result = to_json_dict(figures)
    assert result["consultations"] == frontdesk_dataset.EXPECTED_CONSULTATIONS_2024
    assert result["tickets"] == frontdesk_dataset.EXPECTED_TICKETS_2024
    assert list(result["tickets"])[:6] == ["received", "responded_on_time", "on_time_response_rate", "closed",
                                           "closed_rate", "visited"]
    assert (figures.consultations.answered, figures.consultations.to_legal_aid) == (1, 1)
    assert isinstance(figures.tickets.satisfaction_rate, Rate)


def test_front_desk_neighbouring_and_empty_years(built):
    result_2025 = to_json_dict(year_figures(built, 2025))
    assert result_2025["consultations"]["total"] == 1 and result_2025["consultations"]["by_channel"]["来电"] == 1
    assert result_2025["tickets"]["received"] == 1 and result_2025["tickets"]["by_platform"]["12351职工热线"][
        "received"] == 1
    result_2023 = to_json_dict(year_figures(built, 2023))
    assert result_2023["tickets"]["closed"] == 1 and result_2023["tickets"]["satisfaction_rate"] == 1.0
    empty = to_json_dict(year_figures(built, 2019))
    assert empty["consultations"]["total"] == 0 and set(empty["consultations"]["by_month"].values()) == {0}
    assert empty["tickets"]["closed_rate"] == 0.0 and empty["tickets"]["satisfaction_rate"] == 0.0
