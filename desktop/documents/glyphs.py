"""No character printed as a blank box: every character is checked before drawing.

A character is printable when the body font has it or one of the fallback fonts
does (``fonts.fallback_font``). ``check_context`` walks the render context and
refuses the first character no font has, naming the field, the text and the
code point (「申请人姓名「张𪚥」中的「𪚥」（U+2A6A5）没有可用字体」) and which font to
install; ``check_document`` does the same for the laid-out document (the
template's own words) as a last guard.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator, Mapping

from desktop.documents.fonts import FontSet, coverage, fallback_font
from desktop.errors import UserError

INSTALL_ADVICE = ("请在本机安装含该字的字体后再出具：Windows 可安装「宋体-扩展B」（SimSun-ExtB，文件 simsunb.ttf）"
                  "或「细明体-扩展B」（MingLiU-ExtB，mingliub.ttc）；Linux 可安装 fonts-hanazono（花园明朝）。")
SNIPPET = 12  # characters either side of the missing one in a long text

FIELD_LABELS = {
    "case.applicant.name": "申请人姓名", "case.applicants[].name": "申请人姓名",
    "case.applicant.address": "申请人住址", "case.applicants[].address": "申请人住址",
    "case.respondent.name": "被申请人名称", "case.respondent.address": "被申请人住所",
    "case.respondent.legal_rep": "法定代表人", "case.agent.name": "代理人姓名",
    "case.mediator": "调解员", "case.recorder": "记录人", "case.facts": "争议事实",
    "case.claims[].item": "请求事项", "agreement.facts": "争议事实", "agreement.terms[].text": "协议条款",
    "rejection.reasons[].text": "不予受理理由", "termination.detail": "终止调解说明",
    "service.recipient": "受送达人", "service.address": "送达地址", "service.server": "送达人",
    "letter.recipient": "受文单位", "letter.employer": "用人单位", "letter.facts": "检查发现的情况",
    "letter.problems[].issue": "存在的问题", "letter.problems[].basis": "法律依据",
    "letter.requests[].text": "整改要求", "letter.history[].text": "此前函件情况",
    "claim.name": "申请人姓名", "claim.unit": "所属单位", "claim.event": "事由", "claim.basis": "核定依据",
    "org.name": "工会名称", "org.centre": "调解中心名称", "org.address": "地址", "org.contact": "联系人",
}


def printable(char: str, fonts: FontSet) -> bool:
    if char.isspace() or unicodedata.category(char) == "Cc":
        return True
    return ord(char) in coverage(fonts["body"].name) or fallback_font(ord(char)) is not None


def check_context(context: Mapping[str, object], fonts: FontSet) -> None:
    """Refuse the first character of a context value that no font can print."""
    for path, text in _strings(context, ""):
        _check(text, fonts, FIELD_LABELS.get(path) or f"字段 {path}")


def check_document(document: object, fonts: FontSet) -> None:
    """The same check over the laid-out document (the template's own words included)."""
    for _path, text in _strings(dataclasses.asdict(document), ""):
        _check(text, fonts, "文书内容")


def _check(text: str, fonts: FontSet, label: str) -> None:
    for index, char in enumerate(text):
        if not printable(char, fonts):
            shown = text if len(text) <= 2 * SNIPPET else "…" + text[max(0, index - SNIPPET):index + SNIPPET] + "…"
            raise UserError(f"{label}「{shown}」中的「{char}」（U+{ord(char):04X}）没有可用字体，无法出具。{INSTALL_ADVICE}")


def _strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item, f"{path}[]")
