"""The year's figures as plain text for a terminal: aligned columns, Chinese counted double width."""

from __future__ import annotations

import unicodedata

from desktop.stats.labels import SECTIONS, display, value_of
from desktop.stats.report import YearReport
from desktop.stats.values import Breakdown


def report_text(report: YearReport) -> str:
    parts = [f"{report.figures.year} 年统计", ""]
    for section in SECTIONS:
        rows = [(figure.label, display(value_of(report.figures, section, figure))) for figure in section.figures]
        parts += [f"【{section.title}】", _table(rows, indent="  "), ""]
    for breakdown in report.breakdowns:
        parts += [_breakdown_text(breakdown), ""]
    return "\n".join(parts).rstrip() + "\n"


def _breakdown_text(breakdown: Breakdown) -> str:
    rows = [breakdown.headers, *((display(cell) for cell in row) for row in breakdown.rows)]
    return "\n".join([f"【{breakdown.title}】", _table(rows, indent="  "), f"  注：{breakdown.footer_note}"])


def _table(rows, indent: str = "") -> str:
    rows = [list(row) for row in rows]
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [_pad(row[0], widths[0], left=True)] + [_pad(c, w) for c, w in zip(row[1:], widths[1:])]
        lines.append(indent + "  ".join(cells).rstrip())
    return "\n".join(lines)


def width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, columns: int, left: bool = False) -> str:
    padding = " " * (columns - width(text))
    return text + padding if left else padding + text
