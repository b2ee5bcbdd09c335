"""Legal-supervision letters (一函两书): matters, the escalation chain, deadlines and results."""

from desktop.letters.actions import LetterAction, action_label, allowed_actions
from desktop.letters.content import DEFAULT_DEPARTMENT
from desktop.letters.inputs import (
    DepartmentResult,
    Delivery,
    Figures,
    LetterContent,
    MatterInput,
    MatterOrigin,
    ProblemInput,
    Reply,
)
from desktop.letters.service import LetterServices
from desktop.letters.views import ChainView, LetterFilter, LetterRow, LetterView, MatterView, TimelineEvent

__all__ = [
    "DEFAULT_DEPARTMENT", "ChainView", "Delivery", "DepartmentResult", "Figures", "LetterAction", "LetterContent",
    "LetterFilter", "LetterRow", "LetterView", "LetterServices", "MatterInput", "MatterOrigin", "MatterView", "ProblemInput", "Reply",
    "TimelineEvent", "action_label", "allowed_actions",
]
