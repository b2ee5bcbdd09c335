"""Checking a parsed template against its kind's fields, before anything is drawn."""

from __future__ import annotations

from desktop.documents.template import FOR, Expr, Node, template_error
from desktop.errors import ValidationError

LOOP_FIELDS = ("loop.index", "loop.cn", "loop.first", "loop.last")


def version_of(nodes: list[Node]) -> str:
    for node in nodes:
        if node.kind == "version" and node.arg:
            return node.arg
    raise ValidationError("模板缺少版本号（@version）")


def check_fields(nodes: list[Node], allowed: frozenset[str],
                 scope: dict[str, str] | None = None) -> None:
    """Refuse any field, condition or list the kind does not declare."""
    scope = scope or {}
    for node in nodes:
        if node.kind == "for":
            _check_for(node, allowed, scope)
            continue
        if node.kind == "if":
            _check_path(_condition_path(node), node.line, allowed, scope)
        for text in node.texts():
            for part in text.parts:
                if isinstance(part, Expr):
                    _check_path(part.path, node.line, allowed, scope)
        check_fields(node.body, allowed, scope)
        check_fields(node.orelse, allowed, scope)


def _check_for(node: Node, allowed: frozenset[str], scope: dict[str, str]) -> None:
    match = FOR.match(node.arg)
    if not match:
        raise template_error(node.line, "的 @for 写法有误：应为「@for 项 in 列表」")
    name, source = match.groups()
    list_path = resolve(source, scope) + "[]"
    if list_path not in allowed:
        raise template_error(node.line, f"使用了未知字段「{source}」")
    check_fields(node.body, allowed, {**scope, name: list_path, "loop": "loop"})


def _condition_path(node: Node) -> str:
    words = node.arg.split()
    if not words or len(words) > 2 or (len(words) == 2 and words[0] != "not"):
        raise template_error(node.line, "的 @if 写法有误：应为「@if 字段」或「@if not 字段」")
    return words[-1]


def resolve(path: str, scope: dict[str, str]) -> str:
    head, _, rest = path.partition(".")
    if head in scope:
        return scope[head] + ("." + rest if rest else "")
    return path


def _check_path(path: str, line: int, allowed: frozenset[str], scope: dict[str, str]) -> None:
    full = resolve(path, scope)
    if full in LOOP_FIELDS and "loop" in scope:
        return
    if full not in allowed and full + "[]" not in allowed:
        raise template_error(line, f"使用了未知字段「{path}」")
