"""The TrueType font as embedded: a right text layer and a subset tag of its own.

reportlab's ``TTFont`` writes each subset's ToUnicode map with ``%04X``: a
character beyond U+FFFF (𠮷 U+20BB7, the Ext-B names) becomes the odd-length
code ``<20BB7>``, so search and copy in the archived PDF return garbage. And it
tags subset *n* of every font ``AAAAAA+…`` alike, where PDF (ISO 32000 §9.6.4)
wants tags that tell different subsets apart. ``DocumentFont`` writes the map in
UTF-16BE (surrogate pairs beyond the BMP) and tags each subset from a hash of the
font and subset number — deterministic, so reprints stay byte-identical.
The rest of ``addObjects`` is reportlab's own (5.x), unchanged.
"""

from __future__ import annotations

import zlib
from fnmatch import fnmatch
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

TAG_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def subset_tag(font_name: str, subset: int) -> str:
    """Six capital letters, the same for the same font and subset in every process."""
    value = zlib.crc32(f"{font_name}#{subset}".encode())
    letters = []
    for _ in range(6):
        value, digit = divmod(value, 26)
        letters.append(TAG_LETTERS[digit])
    return "".join(letters)


def utf16_hex(codepoint: int) -> str:
    """``4E2D`` for 中; ``D842DFB7`` for 𠮷 (a surrogate pair)."""
    return chr(codepoint).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one subset (codes 00..FF to UTF-16BE)."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *(f"<{code:02X}> <{utf16_hex(char)}>" for code, char in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


class DocumentFont(TTFont):
    """A ``TTFont`` whose subsets carry a correct ToUnicode map and their own tags."""

    @classmethod
    def from_face(cls, name: str, face: TTFontFace) -> DocumentFont:
        """The font over an already parsed face (``fontcache``): what ``TTFont.__init__``
        sets, without parsing the file again."""
        font = cls.__new__(cls)
        font.fontName, font.face, font.encoding = name, face, TTEncoding()
        font.state = WeakKeyDictionary()
        font._asciiReadable = rl_config.ttfAsciiReadable
        font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
        return font

    def addObjects(self, doc) -> None:  # noqa: N802 (reportlab's name)
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        for number, subset in enumerate(state.subsets):
            self._add_subset(doc, number, subset)
        del self.state[doc]

    def _add_subset(self, doc, number: int, subset: list[int]) -> None:
        internal_name = self.getSubsetInternalName(number, doc)[1:]
        face_name = (self.face.name + self.face.subfontNameX).decode("pdfdoc")
        base_name = f"{subset_tag(self.fontName, number)}+{face_name}"
        font = pdfdoc.PDFTrueTypeFont()
        font.__Comment__ = f"Font {self.fontName} subset {number}"
        font.Name, font.BaseFont = internal_name, base_name
        font.FirstChar, font.LastChar = 0, len(subset) - 1
        font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
        cmap = pdfdoc.PDFStream()
        cmap.content = to_unicode_cmap(base_name, subset)
        if doc.compression:
            cmap.filters = [pdfdoc.PDFZCompress]
        font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
        font.FontDescriptor = self.face.addSubsetObjects(doc, base_name, subset)
        doc.Reference(font, internal_name)
        doc.idToObject["BasicFonts"].dict[internal_name] = font
