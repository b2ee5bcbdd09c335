"""The template language: parsing and checking, before anything is rendered.

A template is plain text, one element a line::

    ; a comment
    @version 3
    @format letter
    @title 受理通知书
    @addressee {applicant.name}：
    @h1 一、受理事项
    你于{case.received_on|cn_date}提出的调解申请……      (a paragraph)
    @for claim in case.claims
    {loop.index}. {claim.item}：人民币{claim.amount|money}元
    @end
    @if case.agent
    …
    @else
    …
    @end
    @table 3,7
    | 送达文书 | <c> {service.document} |
    @end
    @sign 申请人（签名）：|被申请人（盖章）：
    @reply 回　执
    …
    @end

Fields are ``{dotted.path|filter|filter:arg}``; ``{{`` and ``}}`` stand for
braces. Every field must be declared by the document kind: a template naming any
other is refused with its line number before anything is drawn.

Why not Jinja2 (issue #22 asked us to decide): we keep this language.
Jinja2's ``SandboxedEnvironment`` with ``StrictUndefined`` would only replace the
``{field|filter}`` substitution; the layout lines (``@table``, ``@sign``,
``@reply``, ``@h1``…) would still need this parser on top of Jinja's output, so a
centre's administrator would edit two languages in one file. The per-kind field
whitelist checks every dotted path statically, with the line number, before
rendering; Jinja's ``meta.find_undeclared_variables`` sees only top-level names, so
we would walk its AST ourselves to keep that check. And a sandbox is what this
language is by construction: no expressions, calls, attribute access or loops over
anything but declared lists, with Chinese messages naming the line. Migrating every
stored centre template to a new version buys none of that. Revisit when templates
need arithmetic or expressions the filters cannot give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.documents import filters
from desktop.errors import ValidationError

BLOCK_OPENERS = {"if", "for", "table", "reply"}
SIMPLE = {"version", "kind", "format", "header", "number", "title", "addressee",
          "signature", "date", "seal", "court_date", "attachment", "note", "copy_to",
          "printed_by", "printed_on", "keywords", "h1", "h2", "h3", "h4", "left",
          "center", "right", "blank", "pagebreak", "sign", "rows", "else", "end"}
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
_WIDTHS = re.compile(r"^\d+(\.\d+)?(,\s*\d+(\.\d+)?)*$")
FORMATS = ("standard", "letter", "form")
FOR = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s+in\s+(\S+)$")


@dataclass(frozen=True)
class Expr:
    path: str
    filters: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass
class Text:
    """Literal pieces and expressions, in order."""

    parts: tuple[str | Expr, ...]

    @property
    def single(self) -> Expr | None:
        return self.parts[0] if len(self.parts) == 1 and isinstance(self.parts[0], Expr) else None


@dataclass
class Node:
    line: int
    kind: str  # a directive name, "p" for a paragraph, "row" for a table row
    arg: str = ""
    text: Text | None = None
    body: list[Node] = field(default_factory=list)
    orelse: list[Node] = field(default_factory=list)
    in_else: bool = False  # while parsing: lines now go to ``orelse``
    cells: list[Text] = field(default_factory=list)  # table cells, signing labels

    def texts(self) -> list[Text]:
        return ([self.text] if self.text else []) + self.cells


def template_error(line: int, message: str) -> ValidationError:
    return ValidationError(f"模板第 {line} 行{message}")


def parse_text(raw: str, line: int) -> Text:
    parts: list[str | Expr] = []
    position = 0
    for match in _FIELD.finditer(raw):
        parts.append(raw[position:match.start()])
        token = match.group(0)
        parts.append(token[0] if token in ("{{", "}}") else _parse_expr(match.group(1), line))
        position = match.end()
    parts.append(raw[position:])
    leftover = _FIELD.sub("", raw)
    if "{" in leftover or "}" in leftover:
        raise template_error(line, f"的字段写法有误：「{raw}」（字段应写在一对花括号内）")
    return Text(tuple(p for p in parts if p != ""))


def _parse_expr(source: str, line: int) -> Expr:
    path, *chain = [piece.strip() for piece in source.split("|")]
    if not _PATH.match(path):
        raise template_error(line, f"的字段写法有误：「{{{source}}}」")
    parsed = []
    for item in chain:
        name, *args = item.split(":")
        if not filters.known(name):
            raise template_error(line, f"使用了未知过滤器「{name}」")
        parsed.append((name, tuple(args)))
    return Expr(path, tuple(parsed))


def parse(source: str) -> list[Node]:
    """The template as a tree of nodes; raises ValidationError with the line number."""
    root: list[Node] = []
    stack: list[Node] = []
    for number, raw in enumerate(source.splitlines(), start=1):
        node = _parse_line(raw.strip(), number)
        if node is None:
            continue
        target = _target(stack)
        if node.kind == "end":
            if not stack:
                raise template_error(number, "有多余的 @end")
            stack.pop()
        elif node.kind == "else":
            if not stack or stack[-1].kind != "if" or stack[-1].in_else:
                raise template_error(number, "的 @else 没有对应的 @if")
            stack[-1].in_else = True
        else:
            if node.kind == "row" and not any(open_.kind == "table" for open_ in stack):
                raise template_error(number, "的表格行不在 @table 与 @end 之间")
            (root if target is None else target).append(node)
            if node.kind in BLOCK_OPENERS:
                stack.append(node)
    if stack:
        raise template_error(stack[-1].line, f"的 @{stack[-1].kind} 缺少对应的 @end")
    return root


def _target(stack: list[Node]) -> list[Node] | None:
    if not stack:
        return None
    top = stack[-1]
    return top.orelse if top.in_else else top.body


def _parse_line(line: str, number: int) -> Node | None:
    if not line or line.startswith(";"):
        return None
    if line.startswith("|"):
        return Node(number, "row", cells=_split_cells(line.strip("|"), number))
    if not line.startswith("@"):
        return Node(number, "p", text=parse_text(line, number))
    name, _, arg = line[1:].partition(" ")
    if name not in SIMPLE and name not in BLOCK_OPENERS:
        raise template_error(number, f"使用了未知指令「@{name}」")
    arg = arg.strip()
    if name == "sign":
        return Node(number, name, arg, cells=_split_cells(arg, number))
    if name in ("if", "for", "version", "kind", "format", "rows", "blank", "table"):
        _check_arg(name, arg, number)
        return Node(number, name, arg)
    return Node(number, name, arg, text=parse_text(arg, number))


def _split_cells(raw: str, line: int) -> list[Text]:
    """Split on ``|`` outside braces (inside them it chains filters), then parse each."""
    cells, depth, current = [], 0, ""
    for char in raw:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "|" and depth == 0:
            cells.append(current)
            current = ""
        else:
            current += char
    return [parse_text(cell.strip(), line) for cell in cells + [current]]


def _check_arg(name: str, arg: str, line: int) -> None:
    """Literal arguments: formats, counts and column widths."""
    if name == "format" and arg not in FORMATS:
        raise template_error(line, f"的版式「{arg}」无效：可用的有 {'、'.join(FORMATS)}")
    if name in ("rows", "blank") and arg and not (arg.isdigit() and 0 < int(arg) <= 22):
        raise template_error(line, f"的行数「{arg}」无效：应为 1 到 22 的整数")
    if name == "table" and not _WIDTHS.match(arg):
        raise template_error(line, f"的列宽「{arg}」无效：应为逗号分隔的正数，如 3,7")
