"""Which context fields a template needs, for forms that check before printing."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.documents.template import FOR, Expr, Node
from desktop.documents.tplcheck import LOOP_FIELDS, resolve


@dataclass
class FieldUsage:
    """``required``: printed outside any @if, so rendering fails without them
    (``list[].field``: needed in every item). ``optional``: tested by @if,
    printed only under one, or given a default."""

    required: set[str] = field(default_factory=set)
    optional: set[str] = field(default_factory=set)

    def add(self, path: str, guarded: bool) -> None:
        if path in LOOP_FIELDS:
            return
        (self.optional if guarded else self.required).add(path)

    def settle(self) -> FieldUsage:
        self.optional -= self.required
        return self


def field_usage(nodes: list[Node] | tuple[Node, ...]) -> FieldUsage:
    usage = FieldUsage()
    _walk(list(nodes), {}, False, usage)
    return usage.settle()


def _walk(nodes: list[Node], scope: dict[str, str], guarded: bool,
          usage: FieldUsage) -> None:
    for node in nodes:
        inner, inner_scope = guarded, scope
        if node.kind == "if":
            usage.add(resolve(node.arg.split()[-1], scope), guarded=True)
            inner = True
        elif node.kind == "for":
            name, source = FOR.match(node.arg).groups()
            path = resolve(source, scope)
            usage.add(path, guarded=True)
            inner_scope = {**scope, name: path + "[]"}
        for part in (p for text in node.texts() for p in text.parts):
            if isinstance(part, Expr):
                defaulted = any(name == "default" for name, _ in part.filters)
                usage.add(resolve(part.path, scope), guarded=defaulted or guarded)
        _walk(node.body, inner_scope, inner, usage)
        _walk(node.orelse, scope, inner, usage)
