"""签发: the letter is numbered, its deadline starts, and its PDF is issued in the same unit of work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from db.engine import Database
from db.enums import LetterStatus
from db.models import SupervisionLetter
from desktop.auth import Actor, Permission
from desktop.documents.kinds import letter_document
from desktop.letters.base import LetterServiceBase, get_letter, not_after_today, not_before, set_deadline
from desktop.letters.content import check_ready_to_sign
from desktop.letters.flow import ENTITY, flow_for
from desktop.numbering import take_number

if TYPE_CHECKING:
    from desktop.issuing.service import DocumentService


class SigningService(LetterServiceBase):
    def __init__(self, database: Database, *, today: Callable[[], date] = date.today,
                 documents: DocumentService | None = None) -> None:
        super().__init__(database, today=today)
        self.documents = documents  # with it (as the window has), 签发 issues the letter's PDF at once

    def sign(self, actor: Actor, letter_id: int, version: int, issued_on: date) -> str:
        """Sign and number the letter; its deadline runs from the issue date until delivery.

        With a document service the letter's PDF is issued in the same unit of work:
        a letter that cannot be printed is not signed either.
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
        _check_after_previous(session, letter, issued_on)
        flow_for(letter.kind).move(session, letter, LetterStatus.SIGNED, actor)
        letter.issued_on = issued_on
        number = take_number(session, letter_document(letter.kind).number_kind, issued_on.year,
                             entity_type="supervision_letter", entity_id=letter.id).number
        letter.number = number
        set_deadline(letter, issued_on, "自签发之日起算")
        return number


def _check_after_previous(session: Session, letter: SupervisionLetter, issued_on: date) -> None:
    if letter.previous_letter_id is None:
        return
    previous = session.get(SupervisionLetter, letter.previous_letter_id)
    if previous is not None:
        not_before(issued_on, previous.issued_on, "签发日期", f"前一份{previous.kind.label}的签发日期")
