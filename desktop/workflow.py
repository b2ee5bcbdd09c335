"""Guarded state transitions: only the allowed next steps, each one recorded.

A module declares its ``Workflow`` once (entity type, allowed moves, which moves
need a reason); services call ``workflow.move(session, record, to, actor, reason)``.
The transition row says who, when, from, to and why; the audit trail sees it too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from sqlalchemy.orm import Session

from db.models import StateTransition
from db.types import utcnow
from desktop.errors import TransitionError, ValidationError


def _label(state: Enum) -> str:
    """A state's Chinese label (every workflow's states are ``LabelledEnum`` members)."""
    return str(getattr(state, "label", state.name))


@dataclass(frozen=True)
class Workflow:
    entity_type: str
    allowed: Mapping[Enum, frozenset[Enum]]
    needs_reason: frozenset[Enum] = field(default_factory=frozenset)
    state_attr: str = "status"

    def next_states(self, current: Enum) -> frozenset[Enum]:
        return self.allowed.get(current, frozenset())

    def check(self, current: Enum, target: Enum) -> None:
        if target not in self.next_states(current):
            options = "、".join(_label(s) for s in self.next_states(current)) or "无（已是最终状态）"
            raise TransitionError(f"当前状态为「{_label(current)}」，不能转为「{_label(target)}」。可进行：{options}。")

    def move(self, session: Session, record, target: Enum, actor, reason: str | None = None) -> None:
        """Change ``record``'s state to ``target`` or refuse; record the transition."""
        current = getattr(record, self.state_attr)
        self.check(current, target)
        reason = (reason or "").strip() or None
        if target in self.needs_reason and not reason:
            raise ValidationError(f"转为「{_label(target)}」必须填写原因", field="原因")
        setattr(record, self.state_attr, target)
        session.add(StateTransition(
            entity_type=self.entity_type, entity_id=record.id, from_state=current.value,
            to_state=target.value, at=utcnow(), officer_id=getattr(actor, "officer_id", None), reason=reason,
        ))
