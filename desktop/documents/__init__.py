"""Formal documents: GB/T 9704-2012 layout, templates and PDF rendering (no Qt).

``render(kind, context)`` returns PDF bytes; see ``kinds.KINDS`` for the kinds
and ``fields.allowed_fields(kind)`` for what each template may use.

The names below are loaded on first use (PEP 562): importing a light submodule
(``kinds``, ``filters``) does not pull in reportlab, so ``main.py --help`` and
commands that print nothing stay fast.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "KINDS": "kinds", "allowed_fields": "fields", "register_filter": "filters",
    "FontChoice": "fonts", "FontSet": "fonts", "font_set": "fonts", "render_document": "layout",
    "build": "templates", "render": "templates", "shipped_text": "templates",
}

__all__ = sorted(_EXPORTS)  # noqa: PLE0605 - the lazily loaded names


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'desktop.documents' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"desktop.documents.{module}"), name)
    globals()[name] = value
    return value
