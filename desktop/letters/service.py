"""The legal-supervision letters service (一函两书), one object for the window.

Every public method takes the acting officer, checks the permission, runs one
unit of work (validated first, nothing half-saved) and returns plain data.
"""

from __future__ import annotations

from desktop.letters.department import DepartmentMixin
from desktop.letters.drafting import DraftingMixin
from desktop.letters.escalation import EscalationMixin
from desktop.letters.matters import MattersMixin
from desktop.letters.queries import QueriesMixin
from desktop.letters.replies import RepliesMixin


class LettersService(MattersMixin, DraftingMixin, RepliesMixin, EscalationMixin, DepartmentMixin, QueriesMixin):
    """Matters, drafting and signing, replies, escalation, department handling and queries."""
