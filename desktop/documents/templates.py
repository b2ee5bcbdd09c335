"""Document kinds, their template files, and ``render``.

Templates live in ``resources/templates/<kind>.tpl`` (see ``template.py`` for the
language). A template is parsed and every field it names checked against its
kind's declaration before anything is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from desktop.documents.fields import KINDS, allowed_fields
from desktop.documents.fonts import FontSet
from desktop.documents.layout import render_document
from desktop.documents.model import OfficialDocument
from desktop.documents.template import Node, parse
from desktop.documents.tplcheck import check_fields, version_of
from desktop.documents.tplrender import fill
from desktop.documents.usage import FieldUsage, field_usage
from desktop.errors import UserError

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "resources" / "templates"


def template_path(kind: str) -> Path:
    _check_kind(kind)
    return TEMPLATE_DIR / f"{kind}.tpl"


def shipped_text(kind: str) -> str:
    """The shipped wording of a kind."""
    try:
        return template_path(kind).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"找不到「{KINDS[kind]}」的模板文件：{template_path(kind)}") from None


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        names = "、".join(f"{key}（{label}）" for key, label in KINDS.items())
        raise UserError(f"未知的文书种类「{kind}」，可用的有：{names}")


@lru_cache(maxsize=64)
def compile_template(kind: str, text: str) -> tuple[Node, ...]:
    """Parse and check a template; raises ValidationError naming the line."""
    _check_kind(kind)
    nodes = parse(text)
    version_of(nodes)
    check_fields(nodes, allowed_fields(kind))
    return tuple(nodes)


def template_version(kind: str, text: str | None = None) -> str:
    return version_of(list(compile_template(kind, text or shipped_text(kind))))


def build(kind: str, context: Mapping[str, object],
          template_text_: str | None = None) -> OfficialDocument:
    """The document a template and a context describe, not yet drawn."""
    nodes = compile_template(kind, template_text_ if template_text_ is not None else shipped_text(kind))
    document = fill(list(nodes), context)
    document.keywords = f"{KINDS[kind]}；{document.keywords}"
    return document


def render(kind: str, context: Mapping[str, object], template_text: str | None = None,
           fonts: FontSet | None = None) -> bytes:
    """PDF bytes of a document of ``kind`` (see ``fields.KINDS``) filled from ``context``."""
    return render_document(build(kind, context, template_text), fonts)


def fields_used(kind: str, text: str | None = None) -> FieldUsage:
    """Fields the template prints: required ones make rendering fail when missing."""
    return field_usage(compile_template(kind, text or shipped_text(kind)))
