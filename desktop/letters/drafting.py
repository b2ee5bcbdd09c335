"""Editing a draft, signing it (number and deadline) and recording its delivery."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, object_session

from db.enums import LetterStatus, MatterSource
from db.models import SupervisionLetter
from desktop import settings as org_settings
from desktop.auth import Actor, Permission
from desktop.documents.kinds import letter_document
from desktop.errors import TransitionError, ValidationError
from desktop.letters.base import ServiceBase, get_letter, not_after_today, not_before
from desktop.letters.content import apply_content, check_ready_to_sign
from desktop.frozen import ensure_issued
from desktop.letters.flow import ENTITY, awaiting_state, flow_for
from desktop.letters.inputs import Delivery, LetterContent, MatterOrigin
from desktop.numbering import take_number


class DraftingMixin(ServiceBase):
    def update_draft(self, actor: Actor, letter_id: int, version: int, content: LetterContent,
                     origin: MatterOrigin | None = None) -> None:
        """Save a draft's content and, while no letter of its matter is signed, how the matter was found."""
        with self._write(actor) as session:
            letter = get_letter(session, letter_id, version)
            if letter.status is not LetterStatus.DRAFT:
                raise TransitionError(f"文书已{letter.status.label}，不能再修改内容。")
            if origin is not None:
                self._apply_origin(letter, origin)
            apply_content(letter, content, org_settings.load(session))

    def _apply_origin(self, letter: SupervisionLetter, origin: MatterOrigin) -> None:
        matter = letter.matter
        signed = [other for other in matter.letters if other.number is not None]
        changed = (origin.source, origin.found_on, origin.check_method.strip() or None) != (
            matter.source, matter.found_on, matter.check_method)
        if not changed:
            return
        if signed:
            raise TransitionError(f"{signed[0].kind.label}{signed[0].number}已签发，其中写明的线索来源、发现日期和"
                                  "检查方式不能再修改。")
        from_case = MatterSource.MEDIATION_CASE
        if (origin.source is from_case) != (matter.source is from_case):
            raise ValidationError("来自调解案件的监督事项不能改为其他来源，其他来源也不能改为调解案件",
                                  field="线索来源")
        not_after_today(origin.found_on, self.today(), "发现日期")
        matter.source, matter.found_on = origin.source, origin.found_on
        matter.check_method = origin.check_method.strip() or None

    def sign(self, actor: Actor, letter_id: int, version: int, issued_on: date) -> str:
        """Sign and number the letter; its deadline runs from the issue date until delivery.

        With a document service (``documents``, as the window has) the letter's PDF is issued
        in the same unit of work: a letter that cannot be printed is not signed either.
        """
        with self._write(actor, Permission.LETTER_EDIT, Permission.ISSUE_DOCUMENT) as session:
            letter = get_letter(session, letter_id, version)
            number = self._sign(session, actor, letter, issued_on)
            if self.documents is not None:
                self.documents.issue_in(session, actor, letter_document(letter.kind).document, ENTITY, letter)
            return number

    def _sign(self, session: Session, actor: Actor, letter: SupervisionLetter, issued_on: date) -> str:
        flow_for(letter.kind).check(letter.status, LetterStatus.SIGNED)
        check_ready_to_sign(letter)
        not_after_today(issued_on, self.today(), "签发日期")
        self._check_after_previous(session, letter, issued_on)
        flow_for(letter.kind).move(session, letter, LetterStatus.SIGNED, actor)
        letter.issued_on = issued_on
        letter.number = take_number(session, letter_document(letter.kind).number_kind, issued_on.year,
                                    entity_type="supervision_letter", entity_id=letter.id).number
        self._set_deadline(letter, issued_on, "自签发之日起算")
        return letter.number

    def deliver(self, actor: Actor, letter_id: int, version: int, delivery: Delivery) -> None:
        """Record delivery; the deadline is counted again from the day it was delivered."""
        with self._write(actor) as session:
            letter = get_letter(session, letter_id, version)
            flow = flow_for(letter.kind)
            flow.check(letter.status, LetterStatus.DELIVERED)
            ensure_issued(session, letter_document(letter.kind).document, ENTITY, letter.id, "登记送达")
            not_before(delivery.delivered_on, letter.issued_on, "送达日期", "签发日期")
            not_after_today(delivery.delivered_on, self.today(), "送达日期")
            flow.move(session, letter, LetterStatus.DELIVERED, actor)
            flow.move(session, letter, awaiting_state(letter.kind), actor)
            _apply_delivery(letter, delivery)
            self._set_deadline(letter, delivery.delivered_on, "自送达之日起算")

    def _set_deadline(self, letter: SupervisionLetter, start: date, counted_from: str) -> None:
        letter.deadline_on, letter.deadline_explanation = self._deadline(
            object_session(letter), start, letter.deadline_days, letter.deadline_unit, counted_from)

    @staticmethod
    def _check_after_previous(session: Session, letter: SupervisionLetter, issued_on: date) -> None:
        if letter.previous_letter_id is None:
            return
        previous = session.get(SupervisionLetter, letter.previous_letter_id)
        not_before(issued_on, previous.issued_on, "签发日期", f"前一份{previous.kind.label}的签发日期")


def _apply_delivery(letter: SupervisionLetter, delivery: Delivery) -> None:
    letter.delivery_method = delivery.method
    letter.delivered_on = delivery.delivered_on
    if delivery.copy_to is not None:
        letter.copy_to = delivery.copy_to.strip() or None
    if delivery.copied_to_procuratorate is not None:
        letter.copied_to_procuratorate = delivery.copied_to_procuratorate
