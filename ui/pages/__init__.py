"""The navigation areas of the main window, in order.

Each area is its own module exposing ``TITLE`` and ``create(context, parent) -> QWidget``;
add it to ``AREAS`` here. The main window knows nothing else about them.
"""

from __future__ import annotations

from ui import stats
from ui.cases import page as cases_page
from ui.claims import page as claims_page
from ui.pages import settings_page

# 理赔支付 stays third once 一函两书 takes the second place.
AREAS = [cases_page, claims_page, stats, settings_page]
