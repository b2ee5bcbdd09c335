"""The navigation areas of the main window, in order.

Each area is its own module exposing ``TITLE`` and ``create(context, parent) -> QWidget``;
add it to ``AREAS`` here. The main window knows nothing else about them.
"""

from __future__ import annotations

from ui import stats
from ui.aid import page as aid_page
from ui.cases import page as cases_page
from ui.claims import page as claims_page
from ui.documents import page as documents_page
from ui.frontdesk import consultations_page, legal_aid_page, tickets_page
from ui.hardship import page as hardship_page
from ui.letters import page as letters_page
from ui.pages import settings_page
from ui.registers import page as registers_page
from ui.trust import page as trust_page
from ui.workbench import page as workbench_page

AREAS = [
    workbench_page,
    cases_page,
    letters_page,
    claims_page,
    hardship_page,
    aid_page,
    consultations_page,
    legal_aid_page,
    tickets_page,
    documents_page,
    registers_page,
    stats,
    trust_page,
    settings_page,
]
