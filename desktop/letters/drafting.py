"""Editing a draft: its content and, while none of its matter's letters is signed, how the matter was found."""

from __future__ import annotations

from db.enums import LetterStatus, MatterSource
from db.models import SupervisionLetter
from desktop import settings as org_settings
from desktop.auth import Actor
from desktop.errors import TransitionError, ValidationError
from desktop.letters.base import LetterServiceBase, get_letter, not_after_today
from desktop.letters.content import apply_content
from desktop.letters.inputs import LetterContent, MatterOrigin


class DraftService(LetterServiceBase):
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
