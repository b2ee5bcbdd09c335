"""Font discovery and registration for formal documents.

Each role of GB/T 9704 (body 仿宋, title 小标宋, heading1 黑体, heading2 楷体,
page number 宋体) is filled by the first official font found on the machine, or
else by a free TrueType stand-in. reportlab only embeds TrueType outlines, so
CFF-based OpenType files are skipped. Parsing a large CJK file is slow: it
happens once per process, and the parsed metrics are kept on disk between
processes (``fontcache``).
"""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass
from functools import lru_cache, cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.documents.embedded import DocumentFont
from desktop.documents.fontcache import load_face
from desktop.errors import UserError
from desktop.paths import BUNDLED_FONTS

ROLES = ("body", "title", "heading1", "heading2", "page_number")

ROLE_LABELS = {
    "body": "正文",
    "title": "标题",
    "heading1": "一级标题",
    "heading2": "二级标题",
    "page_number": "页码",
}

# role -> (official font name, its file names best first, stand-ins best first:
# other Windows fonts before the free Linux ones)
_CANDIDATES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "body": ("仿宋", ("仿宋_gb2312.ttf", "fs_gb2312.ttf", "fangsong_gb2312.ttf", "simfang.ttf"),
             ("simsun.ttc", "uming.ttc", "lxgwwenkai-regular.ttf", "lxgwwenkai-light.ttf")),
    "title": ("方正小标宋简体", ("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsjw--gb1-0.ttf",
                                "fzxiaobiaosong-b05s.ttf", "fzxiaobiaosong-b05.ttf"),
              ("simhei.ttf", "wqy-zenhei.ttc", "simsun.ttc", "uming.ttc")),
    "heading1": ("黑体", ("simhei.ttf",), ("wqy-zenhei.ttc", "simsun.ttc", "uming.ttc")),
    "heading2": ("楷体", ("楷体_gb2312.ttf", "kaiti_gb2312.ttf", "simkai.ttf"),
                 ("ukai.ttc", "lxgwwenkai-regular.ttf", "lxgwwenkai-light.ttf", "simfang.ttf",
                  "simsun.ttc", "uming.ttc")),
    "page_number": ("宋体", ("simsun.ttc", "simsun.ttf"), ("uming.ttc", "simfang.ttf", "wqy-zenhei.ttc")),
}

_TRUETYPE_SUFFIXES = (".ttf", ".ttc")

# searched, in order, for a character the chosen font lacks (rare name characters)
# (Ext-B: SimSun-ExtB, MingLiU-ExtB, SimSun-ExtG on Windows; HanaMin on Linux)
_FALLBACK_FILES = ("simsun.ttc", "simsunb.ttf", "simsun-extb.ttf", "simsunextg.ttf", "mingliub.ttc",
                   "wqy-zenhei.ttc", "uming.ttc", "ukai.ttc", "lxgwwenkai-regular.ttf", "lxgwwenkai-light.ttf",
                   "simhei.ttf", "hanamina.ttf", "hanaminb.ttf")


@dataclass(frozen=True)
class FontChoice:
    """Which file stands in for the official font of one role."""

    role: str
    official: str
    name: str  # reportlab font name
    path: str
    family: str
    substituted: bool
    ascent: float  # fraction of the em above the baseline
    descent: float  # fraction of the em below the baseline (negative)

    def describe(self) -> str:
        label = ROLE_LABELS[self.role]
        if self.substituted:
            return f"{label}：{self.official}→{self.family}（替代）"
        return f"{label}：{self.official}（{self.family}）"


@dataclass(frozen=True)
class FontSet:
    """The fonts of every role for one document."""

    choices: tuple[FontChoice, ...]

    def __getitem__(self, role: str) -> FontChoice:
        for choice in self.choices:
            if choice.role == role:
                return choice
        raise KeyError(role)

    def substitutions(self) -> str:
        """One line for the PDF metadata and the settings page."""
        return "；".join(choice.describe() for choice in self.choices)


def font_dirs() -> list[Path]:
    """Standard font folders on Windows, Linux and macOS."""
    home = Path.home()
    windir = os.environ.get("WINDIR", "C:/Windows")
    local = os.environ.get("LOCALAPPDATA", str(home / "AppData/Local"))
    dirs = [Path(windir) / "Fonts", Path("C:/Windows/Fonts"),
            Path(local) / "Microsoft/Windows/Fonts", home / ".fonts",
            home / ".local/share/fonts", Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"), Path("/Library/Fonts"), home / "Library/Fonts",
            BUNDLED_FONTS]
    return [d for d in dict.fromkeys(dirs) if d.is_dir()]


@lru_cache(maxsize=1)
def font_index() -> dict[str, str]:
    """Lower-case file name -> path of every TrueType file in the font folders."""
    index: dict[str, str] = {}
    for folder in font_dirs():
        for root, _dirs, files in os.walk(folder):
            for name in sorted(files):
                if name.lower().endswith(_TRUETYPE_SUFFIXES):
                    index.setdefault(name.lower(), os.path.join(root, name))
    return index


def _is_truetype(path: str) -> bool:
    """False for CFF-outline (OpenType 'OTTO') files, which reportlab rejects."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
    except OSError:
        return False
    return head in (b"\x00\x01\x00\x00", b"true", b"ttcf")


_REGISTERED: dict[str, TTFont] = {}


def _register(path: str) -> TTFont | None:
    """Register a file once per process; None when reportlab cannot use it."""
    if path in _REGISTERED:
        return _REGISTERED[path]
    if not _is_truetype(path):
        return None
    name = f"UD-{Path(path).stem}-{zlib.crc32(path.encode('utf-8')):08x}"  # same in every process
    try:
        font = DocumentFont.from_face(name, load_face(path))
    except (TTFError, OSError):
        return None
    pdfmetrics.registerFont(font)
    _REGISTERED[path] = font
    return font


def _choice(role: str, path: str, font: TTFont, substituted: bool) -> FontChoice:
    face = font.face
    family = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
    return FontChoice(role, _CANDIDATES[role][0], font.fontName, path, family,
                      substituted, face.ascent / 1000, face.descent / 1000)


def _pick(role: str, override: str | None) -> FontChoice:
    official, wanted, free = _CANDIDATES[role]
    if override:
        font = _register(override)
        if font is None:
            raise UserError(f"字体文件「{override}」无法使用：只支持 TrueType（.ttf/.ttc）字体。")
        return _choice(role, override, font, substituted=True)
    index = font_index()
    for official_file in wanted:
        if official_file in index and (font := _register(index[official_file])):
            return _choice(role, index[official_file], font, substituted=False)
    for free_file in free:
        if free_file in index and (font := _register(index[free_file])):
            return _choice(role, index[free_file], font, substituted=True)
    raise UserError(f"找不到可用的{ROLE_LABELS[role]}字体（{official}）：请安装{official}，"
                    "或安装 fonts-arphic-uming、fonts-wqy-zenhei 等中文 TrueType 字体。")


@lru_cache(maxsize=16)
def _font_set(overrides: tuple[tuple[str, str], ...]) -> FontSet:
    given = dict(overrides)
    return FontSet(tuple(_pick(role, given.get(role)) for role in ROLES))


def font_set(overrides: dict[str, str] | None = None) -> FontSet:
    """The fonts for every role; ``overrides`` maps a role to a font file path."""
    given = overrides or {}
    unknown = sorted(set(given) - set(ROLES))
    if unknown:
        raise UserError(f"未知的字体用途「{unknown[0]}」：可用的有 {'、'.join(ROLES)}。")
    return _font_set(tuple(sorted(given.items())))


@cache
def coverage(font_name: str) -> frozenset[int]:
    """Code points a registered font has glyphs for."""
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@lru_cache(maxsize=4096)
def fallback_font(codepoint: int) -> str | None:
    """A registered font name that has the character, or None."""
    index = font_index()
    for file_name in _FALLBACK_FILES:
        font = _register(index[file_name]) if file_name in index else None
        if font is not None and codepoint in coverage(font.fontName):
            return font.fontName
    return None
