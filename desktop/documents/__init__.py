"""Formal documents: GB/T 9704-2012 layout, templates and PDF rendering (no Qt).

``render(kind, context)`` returns PDF bytes; see ``fields.KINDS`` for the kinds
and ``fields.allowed_fields(kind)`` for what each template may use.
"""

from desktop.documents.fields import KINDS, allowed_fields
from desktop.documents.filters import register_filter
from desktop.documents.fonts import FontChoice, FontSet, font_set
from desktop.documents.layout import render_document
from desktop.documents.templates import build, render, shipped_text

__all__ = [
    "KINDS", "FontChoice", "FontSet", "allowed_fields", "build", "font_set",
    "register_filter", "render", "render_document", "shipped_text",
]
