"""The claim, batch and payment workflows: which state may follow which, and which moves need a reason."""

from __future__ import annotations

from db.enums import BatchStatus, ClaimStatus, PaymentStatus
from desktop.workflow import Workflow

S = ClaimStatus

CLAIM_FLOW = Workflow(
    entity_type="aid_claim",
    allowed={
        S.SUBMITTED: frozenset({S.REVIEWED, S.DOCS_INCOMPLETE, S.REJECTED}),
        S.DOCS_INCOMPLETE: frozenset({S.SUBMITTED, S.REJECTED}),
        S.REVIEWED: frozenset({S.APPROVED, S.REJECTED, S.DOCS_INCOMPLETE}),
        S.APPROVED: frozenset({S.PAID}),
        S.PAID: frozenset({S.ARCHIVED}),
    },
    needs_reason=frozenset({S.REJECTED, S.DOCS_INCOMPLETE}),
)

BATCH_FLOW = Workflow(
    entity_type="payment_batch",
    allowed={
        BatchStatus.DRAFT: frozenset({BatchStatus.APPROVED, BatchStatus.VOIDED}),
        BatchStatus.APPROVED: frozenset({BatchStatus.PAID, BatchStatus.PARTIAL}),
        BatchStatus.PARTIAL: frozenset({BatchStatus.PAID}),
    },
    needs_reason=frozenset({BatchStatus.VOIDED}),
)

PAYMENT_FLOW = Workflow(
    entity_type="payment",
    allowed={PaymentStatus.PENDING: frozenset({PaymentStatus.PAID, PaymentStatus.FAILED, PaymentStatus.CANCELLED})},
    needs_reason=frozenset({PaymentStatus.CANCELLED}),
)
"""Cancelling and the bank's return file go through it; ``mark_paid`` still sets PAID on each payment directly."""

COUNTED_STATUSES = (S.APPROVED, S.PAID, S.ARCHIVED)
"""Claims whose approved amount counts towards the yearly cap."""
