"""The navigation areas of the main window, in order.

Each area is its own module exposing ``TITLE`` and ``create(context, parent) -> QWidget``;
add it to ``AREAS`` here. The main window knows nothing else about them.
"""

from __future__ import annotations

from ui.claims import page as claims_page
from ui.pages import settings_page

# Third position once the cases and letters areas are in: 案件, 一函两书, 理赔支付, ...
AREAS = [claims_page, settings_page]
