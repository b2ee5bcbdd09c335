"""Correcting an applicant's or the employer's own details from the case window."""

from __future__ import annotations

from dataclasses import replace

from db.enums import Gender
from desktop.parties import EMPLOYER_COLUMNS
from desktop.party_records import EMPLOYER_LABELS, WORKER_LABELS
from ui.cases.widgets import Field, FormDialog

WORKER_KINDS = {"gender": "combo", "is_member": "check"}
WORKER_SHOWN = ("name", "id_number", "gender", "phone", "address", "is_member", "member_card_no")


def worker_dialog(window) -> FormDialog:
    """The selected applicant (the first when none is selected)."""
    s, actor = window.services, window.context.actor
    applicant = window.detail.applicants[max(window.tabs.applicants.currentRow(), 0)]
    current = s.parties.worker(applicant.worker_id)
    inputs = [_field(current.data, key, WORKER_LABELS[key], WORKER_KINDS.get(key, "line")) for key in WORKER_SHOWN]

    def submit(values: dict) -> None:
        data = replace(current.data, **{key: values[key] for key in WORKER_SHOWN})
        s.parties.correct_worker(actor, current.id, data, current.version, values["reason"])

    return FormDialog(f"修改申请人信息 — {current.data.name}", [*inputs, Field("reason", "更正原因")], submit)


def employer_dialog(window) -> FormDialog:
    s, actor = window.services, window.context.actor
    current = s.parties.employer(window.detail.employer.id)
    keys = EMPLOYER_COLUMNS
    inputs = [_field(current.data, key, EMPLOYER_LABELS[key]) for key in keys]

    def submit(values: dict) -> None:
        data = replace(current.data, **{key: values[key] for key in keys})
        s.parties.correct_employer(actor, current.id, data, current.version, values["reason"])

    return FormDialog(f"修改被申请人单位信息 — {current.data.name}", [*inputs, Field("reason", "更正原因")], submit)


def _field(data, key: str, label: str, kind: str = "line") -> Field:
    value = getattr(data, key)
    if kind == "combo":
        return Field(key, label, kind, Gender, default=value, empty="（未填）")
    return Field(key, label, kind, default=value if kind == "check" else value or "")
