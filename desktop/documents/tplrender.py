"""Filling a checked template with a context to build an OfficialDocument."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from desktop.documents import filters
from desktop.documents.model import (
    BlankLine,
    Cell,
    Heading,
    OfficialDocument,
    PageBreak,
    Paragraph,
    ReplySlip,
    Row,
    Signature,
    SignatureLines,
    Table,
)
from desktop.documents.template import FOR, Expr, Node, Text, template_error
from desktop.documents.textdates import plain_date, to_date
from desktop.errors import UserError

_CELL = re.compile(r"^<(\d*)([lcr]?)>\s*")
_ALIGN = {"": "left", "l": "left", "c": "center", "r": "right"}
_MISSING = object()
_YES = {"yes", "true", "1", "是"}


class Filler:
    """Walks the template tree once, collecting the document's parts."""

    def __init__(self, context: Mapping[str, object]) -> None:
        self.context = context
        self.fields: dict[str, object] = {"attachments": []}
        self.blocks: list = []
        self.table: Table | None = None
        self.rows = 1

    # values -------------------------------------------------------------
    def lookup(self, path: str, scope: dict[str, object], line: int) -> object:
        head, *rest = path.split(".")
        value = scope[head] if head in scope else _child(self.context, head)
        for key in rest:
            if value is _MISSING or value is None:
                return _MISSING
            value = _child(value, key)
        return _MISSING if value is None or value == "" else value

    def value(self, expr: Expr, scope: dict[str, object], line: int) -> object:
        value = self.lookup(expr.path, scope, line)
        if value is _MISSING and not any(name == "default" for name, _ in expr.filters):
            raise template_error(line, f"所需的「{expr.path}」{_which_item(expr.path, scope)}没有填写，请补充后再生成文书")
        for name, args in expr.filters:
            value = self._apply(name, None if value is _MISSING else value, args, expr, line)
        return value

    @staticmethod
    def _apply(name: str, value: object, args: tuple[str, ...], expr: Expr, line: int) -> object:
        try:
            return filters.apply(name, value, args)
        except UserError:
            raise
        except (ValueError, TypeError, ArithmeticError):
            raise template_error(line, f"的「{expr.path}」的值「{value}」无法用「{name}」格式化") from None

    def text(self, text: Text | None, scope: dict[str, object], line: int) -> str:
        if text is None:
            return ""
        return "".join(part if isinstance(part, str) else _format(self.value(part, scope, line))
                       for part in text.parts)

    def raw(self, node: Node, scope: dict[str, object]) -> object:
        single = node.text.single if node.text else None
        return self.value(single, scope, node.line) if single else self.text(node.text, scope, node.line)

    # walking ------------------------------------------------------------
    def run(self, nodes: list[Node], scope: dict[str, object]) -> None:
        for node in nodes:
            handler = getattr(self, f"_do_{node.kind}", None)
            if handler is None:
                self._set_field(node, scope)
            else:
                handler(node, scope)

    def _set_field(self, node: Node, scope: dict[str, object]) -> None:
        """A document field such as @title or @date (dates keep their raw value)."""
        if node.kind in ("date", "printed_on"):
            self.fields[node.kind] = self.raw(node, scope)
        elif node.text is None:
            self.fields[node.kind] = node.arg
        else:
            self.fields[node.kind] = self.text(node.text, scope, node.line)

    def _do_if(self, node: Node, scope: dict[str, object]) -> None:
        negate, path = node.arg.startswith("not "), node.arg.split()[-1]
        value = self.lookup(path, scope, node.line)
        truth = value is not _MISSING and bool(value)
        self.run(node.body if truth != negate else node.orelse, scope)

    def _do_for(self, node: Node, scope: dict[str, object]) -> None:
        name, source = FOR.match(node.arg).groups()
        items = self.lookup(source, scope, node.line)
        items = [] if items is _MISSING else list(items)
        for index, item in enumerate(items, start=1):
            loop = {"index": index, "cn": filters.cn_index(index),
                    "first": index == 1, "last": index == len(items)}
            self.run(node.body, {**scope, name: item, "loop": loop, f"#{name}": index})

    def _do_table(self, node: Node, scope: dict[str, object]) -> None:
        widths = [float(w) for w in node.arg.split(",")]
        self.table, self.rows = Table(widths, []), 1
        self.run(node.body, scope)
        self.blocks.append(self.table)
        self.table = None

    def _do_rows(self, node: Node, scope: dict[str, object]) -> None:
        self.rows = int(node.arg or 1)

    def _do_row(self, node: Node, scope: dict[str, object]) -> None:
        cells = [_cell(self.text(cell, scope, node.line)) for cell in node.cells]
        self.table.rows.append(Row(cells, self.rows))

    def _do_reply(self, node: Node, scope: dict[str, object]) -> None:
        outer, self.blocks = self.blocks, []
        self.run(node.body, scope)
        self.fields["reply_slip"] = ReplySlip(self.text(node.text, scope, node.line), self.blocks)
        self.blocks = outer

    def _do_attachment(self, node: Node, scope: dict[str, object]) -> None:
        self.fields["attachments"].append(self.text(node.text, scope, node.line))

    def _do_p(self, node: Node, scope: dict[str, object]) -> None:
        """A paragraph; a value with line breaks gives one paragraph per line."""
        for part in self.text(node.text, scope, node.line).splitlines():
            if part.strip():
                self.blocks.append(Paragraph(part.strip()))

    def _do_heading(self, node: Node, scope: dict[str, object], level: int) -> None:
        self.blocks.append(Heading(self.text(node.text, scope, node.line), level))

    def _do_h1(self, node, scope): self._do_heading(node, scope, 1)
    def _do_h2(self, node, scope): self._do_heading(node, scope, 2)
    def _do_h3(self, node, scope): self._do_heading(node, scope, 3)
    def _do_h4(self, node, scope): self._do_heading(node, scope, 4)

    def _aligned(self, node: Node, scope: dict[str, object], align: str) -> None:
        self.blocks.append(Paragraph(self.text(node.text, scope, node.line), 0, align))

    def _do_left(self, node, scope): self._aligned(node, scope, "left")
    def _do_center(self, node, scope): self._aligned(node, scope, "center")
    def _do_right(self, node, scope): self._aligned(node, scope, "right")

    def _do_blank(self, node: Node, scope: dict[str, object]) -> None:
        self.blocks.append(BlankLine(int(node.arg or 1)))

    def _do_pagebreak(self, node: Node, scope: dict[str, object]) -> None:
        self.blocks.append(PageBreak())

    def _do_sign(self, node: Node, scope: dict[str, object]) -> None:
        labels = [self.text(cell, scope, node.line) for cell in node.cells]
        self.blocks.append(SignatureLines([label for label in labels if label]))

    def _do_version(self, node, scope): self.fields["version"] = node.arg
    def _do_kind(self, node, scope): pass

    # result -------------------------------------------------------------
    def document(self) -> OfficialDocument:
        f = self.fields
        signed = to_date(f["date"], "成文日期") if f.get("date") else None
        signature = Signature(f["signature"], signed, str(f.get("seal", "yes")).lower() in _YES,
                              str(f.get("court_date", "no")).lower() in _YES) \
            if f.get("signature") and signed else None
        return OfficialDocument(
            format=f.get("format", "letter"), organ_header=f.get("header", ""),
            number=f.get("number", ""), title=f.get("title", ""),
            addressee=f.get("addressee", ""), blocks=self.blocks,
            attachments=f["attachments"], signature=signature, note=f.get("note", ""),
            copy_to=f.get("copy_to", ""), printed_by=f.get("printed_by", ""),
            printed_on=to_date(f["printed_on"], "印发日期") if f.get("printed_on") else None,
            reply_slip=f.get("reply_slip"), issued_on=signed,
            keywords=f"模板版本 {f.get('version', '')}；{f.get('keywords', '')}".rstrip("；"))


def _which_item(path: str, scope: dict[str, object]) -> str:
    """For a field of a list item, which item: （第2项：李娜）."""
    head = path.split(".")[0]
    if f"#{head}" not in scope:
        return ""
    name = _child(scope[head], "name")
    label = f"：{name}" if isinstance(name, str) and name else ""
    return f"（第{scope[f'#{head}']}项{label}）"


def _child(value: object, key: str) -> object:
    if isinstance(value, Mapping):
        return value.get(key, _MISSING)
    return getattr(value, key, _MISSING)


def _format(value: object) -> str:
    if isinstance(value, date):
        return plain_date(value)
    if isinstance(value, Decimal):
        return f"{value:f}"
    return "" if value is None else str(value)


def _cell(raw: str) -> Cell:
    raw = raw.strip().replace("\\n", "\n")
    match = _CELL.match(raw)
    if not match:
        return Cell(raw)
    return Cell(raw[match.end():], int(match.group(1) or 1), _ALIGN[match.group(2)])


def fill(nodes: list[Node], context: Mapping[str, object]) -> OfficialDocument:
    filler = Filler(context)
    filler.run(nodes, {})
    return filler.document()
