"""The year report equals the figures on thousands of cases no demo produced (how fast it is: ``bench.stats``)."""

import pytest

from bench.stats_fill import fill_cases
from desktop.stats import year_figures
from desktop.stats.report import year_report

pytestmark = pytest.mark.db


def test_year_report_agrees_with_the_figures_on_3000_cases(database):
    fill_cases(database, 3000)
    report = year_report(database, 2023)
    assert 700 < report.figures.cases.accepted < 1300
    assert report.figures == year_figures(database, 2023)
