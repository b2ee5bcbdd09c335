"""Recording a signed letter's delivery (送达): the deadline is counted again from that day."""

from __future__ import annotations

from db.enums import LetterStatus
from db.models import SupervisionLetter
from desktop.auth import Actor
from desktop.documents.kinds import letter_document
from desktop.frozen import ensure_issued
from desktop.letters.base import LetterServiceBase, get_letter, not_after_today, not_before, set_deadline
from desktop.letters.flow import ENTITY, awaiting_state, flow_for
from desktop.letters.inputs import Delivery


class DeliveryService(LetterServiceBase):
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
            set_deadline(letter, delivery.delivered_on, "自送达之日起算")


def _apply_delivery(letter: SupervisionLetter, delivery: Delivery) -> None:
    letter.delivery_method = delivery.method
    letter.delivered_on = delivery.delivered_on
    if delivery.copy_to is not None:
        letter.copy_to = delivery.copy_to.strip() or None
    if delivery.copied_to_procuratorate is not None:
        letter.copied_to_procuratorate = delivery.copied_to_procuratorate
