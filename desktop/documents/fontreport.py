"""What the settings page says about the document fonts: what stands in, what to install."""

from __future__ import annotations

from desktop.documents.fonts import FontSet, fallback_font
from desktop.documents.glyphs import INSTALL_ADVICE

EXT_B_PROBES = (0x20BB7, 0x2A6A5)  # 𠮷 and 𪚥: names officers meet that need an Ext-B font
OFFICIAL_FILES = {"仿宋": "仿宋_GB2312 或 仿宋（simfang.ttf）", "方正小标宋简体": "方正小标宋简体（fzxbsjw.ttf）",
                  "黑体": "黑体（simhei.ttf）", "楷体": "楷体_GB2312 或 楷体（simkai.ttf）", "宋体": "宋体（simsun.ttc）"}


def font_report(fonts: FontSet) -> list[str]:
    """One line per role, then what to install (the official faces, an Ext-B font)."""
    lines = [choice.describe() for choice in fonts.choices]
    missing = list(dict.fromkeys(choice.official for choice in fonts.choices if choice.substituted))
    if missing:
        wanted = "、".join(OFFICIAL_FILES.get(name, name) for name in missing)
        lines.append(f"建议安装公文标准字体：{wanted}；安装后重新启动本程序即可使用。")
    lines.append(ext_b_status())
    return lines


def ext_b_status() -> str:
    names = [fallback_font(code) for code in EXT_B_PROBES]
    if all(names):
        return "生僻字（CJK 扩展B区，如「𠮷」「𪚥」）：可以打印。"
    absent = "、".join(f"「{chr(code)}」（U+{code:04X}）" for code, name in zip(EXT_B_PROBES, names) if not name)
    return f"生僻字（CJK 扩展B区）：本机没有字体包含{absent}，姓名等含这些字的文书无法出具。{INSTALL_ADVICE}"
