"""The centre's list of what is due: every area's deadlines in one place (工作台).

Each area provides a ``DueSource`` (``sources.py`` lists them) that yields ``DueItem``s
due up to a horizon, for one officer or for the whole centre; ``DueList`` asks every
source, groups the items (已超期 / 今天到期 / 三个工作日内 / 本周 / 以后) and counts them per
area. The items say what is due, whose it is, its last day and how that day was
computed, and point at the record (``RecordRef``) so the window can open it at the
right tab. Nothing here imports Qt.
"""

from desktop.due.items import DueItem, DueScope, RecordRef
from desktop.due.grouping import GROUP_LABELS, DueGroup, group_of
from desktop.due.service import DueList, DueSummary

__all__ = [
    "GROUP_LABELS",
    "DueGroup",
    "DueItem",
    "DueList",
    "DueScope",
    "DueSummary",
    "RecordRef",
    "group_of",
]
