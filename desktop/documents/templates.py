"""Document kinds, their template files, and ``render``.

Templates live in ``resources/templates/<kind>.tpl`` (see ``template.py`` for the
language). A template is parsed and every field it names checked against its
kind's declaration before anything is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from db.enums import DocumentKind
from desktop.documents.draftmark import DRAFT_NUMBER
from desktop.documents.fields import allowed_fields
from desktop.documents.kinds import document_kind
from desktop.documents import glyphs
from desktop.documents.fonts import FontSet, font_set
from desktop.documents.layout import render_document
from desktop.documents.model import OfficialDocument
from desktop.documents.template import Node, parse
from desktop.documents.tplcheck import check_fields, version_of
from desktop.documents.tplrender import fill
from desktop.documents.usage import FieldUsage, field_usage
from desktop.errors import UserError

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "resources" / "templates"


def template_path(kind: DocumentKind | str) -> Path:
    return TEMPLATE_DIR / f"{document_kind(kind).value}.tpl"


def shipped_text(kind: DocumentKind | str) -> str:
    """The shipped wording of a kind."""
    try:
        return template_path(kind).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"找不到「{document_kind(kind).label}」的模板文件：{template_path(kind)}") from None


@lru_cache(maxsize=64)
def compile_template(kind: DocumentKind | str, text: str) -> tuple[Node, ...]:
    """Parse and check a template; raises ValidationError naming the line."""
    document_kind(kind)
    nodes = parse(text)
    version_of(nodes)
    check_fields(nodes, allowed_fields(kind))
    return tuple(nodes)


def template_version(kind: str, text: str | None = None) -> str:
    return version_of(list(compile_template(kind, text or shipped_text(kind))))


def build(kind: DocumentKind | str, context: Mapping[str, object],
          template_text_: str | None = None, draft: bool = False) -> OfficialDocument:
    """The document a template and a context describe, not yet drawn.

    ``draft``: not an issued document; its number gives way to 「（草稿，未出具）」
    and every page carries a 草稿 watermark (``draftmark``).
    """
    nodes = compile_template(kind, template_text_ if template_text_ is not None else shipped_text(kind))
    document = fill(list(nodes), context)
    document.keywords = f"{document_kind(kind).label}；{document.keywords}"
    if draft:
        document.draft, document.number = True, DRAFT_NUMBER
    return document


def render(kind: DocumentKind | str, context: Mapping[str, object], template_text: str | None = None,
           fonts: FontSet | None = None, draft: bool = False) -> bytes:
    """PDF bytes of a document of ``kind`` (a ``DocumentKind``) filled from ``context``.

    A character no font can print is refused before anything is drawn (``glyphs``).
    """
    fonts = fonts or font_set()
    glyphs.check_context(context, fonts)
    document = build(kind, context, template_text, draft)
    glyphs.check_document(document, fonts)
    return render_document(document, fonts)


def fields_used(kind: str, text: str | None = None) -> FieldUsage:
    """Fields the template prints: required ones make rendering fail when missing."""
    return field_usage(compile_template(kind, text or shipped_text(kind)))
