"""Every area's due source, in the order the 工作台 shows their counts.

An area adds its source here (one line); the list is built on first use so that
importing this module stays cheap.
"""

from __future__ import annotations

from desktop.due.items import DueSource


def all_sources() -> list[DueSource]:
    from desktop.due.case_clocks import CaseClockSource, InstalmentSource
    from desktop.due.claim_source import ClaimSupplementSource
    from desktop.due.document_source import UnservedDocumentSource
    from desktop.due.follow_up_source import ArchiveLoanSource, FollowUpSource
    from desktop.due.letter_source import LetterSource
    from desktop.frontdesk.due_source import TicketDueSource
    from desktop.frontdesk.legal_aid_due import LegalAidDueSource
    from desktop.hardship.due import HardshipReviewsDue

    return [
        CaseClockSource(),
        InstalmentSource(),
        FollowUpSource(),
        ArchiveLoanSource(),
        LetterSource(),
        ClaimSupplementSource(),
        UnservedDocumentSource(),
        TicketDueSource(),
        HardshipReviewsDue(),
        LegalAidDueSource(),
    ]
