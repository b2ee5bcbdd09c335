"""Document kinds as one enum, and the one table of the three letter kinds.

``db.enums.DocumentKind`` is the closed set of kinds (its values are the codes
stored in ``issued_document.kind``, the template file names and the ``render``
command's DOC). A letter kind has three spellings for three purposes: the
letter's ``LetterKind`` (``PROMPT``), its document kind (``prompt-letter``) and
its number sequence (``prompt_letter``); ``LETTER_DOCUMENTS`` is the only place
that relates them. What each kind is issued from, numbered by and filled with is
in ``desktop.issuing.registry``.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.enums import DocumentKind, LetterKind
from desktop.errors import UserError

KINDS: dict[str, str] = {kind.value: kind.label for kind in DocumentKind}


def document_kind(value: DocumentKind | str) -> DocumentKind:
    """The kind named by ``value``; an unknown name is refused listing the known ones."""
    try:
        return DocumentKind(value)
    except ValueError:
        names = "、".join(f"{kind.value}（{kind.label}）" for kind in DocumentKind)
        raise UserError(f"未知的文书种类「{value}」，可用的有：{names}") from None


@dataclass(frozen=True)
class LetterDocument:
    """What one kind of supervision letter is as a document."""

    letter_kind: LetterKind
    document: DocumentKind
    number_kind: str  # the numbering sequence (settings, number register)
    title: str  # the full title printed on the letter and cited by later ones


LETTER_DOCUMENTS: dict[LetterKind, LetterDocument] = {
    item.letter_kind: item for item in (
        LetterDocument(LetterKind.PROMPT, DocumentKind.PROMPT_LETTER, "prompt_letter", "工会劳动法律监督提示函"),
        LetterDocument(LetterKind.OPINION, DocumentKind.OPINION_LETTER, "opinion_letter", "工会劳动法律监督意见书"),
        LetterDocument(LetterKind.RECOMMENDATION, DocumentKind.RECOMMENDATION_LETTER, "recommendation_letter",
                       "工会劳动法律监督建议书"),
    )
}


def letter_document(kind: LetterKind) -> LetterDocument:
    return LETTER_DOCUMENTS[LetterKind(kind)]
