"""Parsed font metrics kept on disk: the same face, the same PDF, a bad cache ignored."""

from reportlab.pdfbase.ttfonts import TTFontFace

from desktop.documents import fontcache, fonts
from desktop.documents.embedded import DocumentFont

SAMPLE = [ord(char) for char in "北京市密云区总工会劳动争议调解中心１２３abc〔〕"]


def _compared(face: TTFontFace) -> dict:
    return {name: value for name, value in face.__dict__.items() if name not in ("_pdfScale", "_ttf_data")}


def test_cached_face_is_the_parsed_face(tmp_path, monkeypatch):
    path = fonts.font_set()["body"].path
    monkeypatch.setenv("UNIONDESK_HOME", str(tmp_path))
    first = fontcache.load_face(path)  # parsed, then written
    assert len(list((tmp_path / "font-cache").glob("*.pickle"))) == 1
    second = fontcache.load_face(path)  # read back
    parsed = TTFontFace(path, subfontIndex=0)
    assert _compared(second) == _compared(parsed) == _compared(first)
    assert second.makeSubset(SAMPLE) == parsed.makeSubset(SAMPLE)
    assert second._pdfScale(500) == parsed._pdfScale(500)


def test_cached_font_draws_the_same_pdf(tmp_path, monkeypatch):
    path = fonts.font_set()["body"].path
    monkeypatch.setenv("UNIONDESK_HOME", str(tmp_path))
    fontcache.load_face(path)
    cached = DocumentFont.from_face("UD-cache-test", fontcache.load_face(path))
    plain = DocumentFont("UD-cache-test", path, subfontIndex=0)
    for font in (cached, plain):
        assert font.stringWidth("调解协议书1,409.50", 16) == plain.stringWidth("调解协议书1,409.50", 16)
    assert cached.shapable == plain.shapable and cached._asciiReadable == plain._asciiReadable


def test_damaged_or_stale_cache_is_ignored(tmp_path, monkeypatch):
    path = fonts.font_set()["body"].path
    monkeypatch.setenv("UNIONDESK_HOME", str(tmp_path))
    fontcache.load_face(path)
    cache_file = next((tmp_path / "font-cache").glob("*.pickle"))
    cache_file.write_bytes(b"not a pickle")
    face = fontcache.load_face(path)
    assert _compared(face) == _compared(TTFontFace(path, subfontIndex=0))
    monkeypatch.setattr(fontcache, "FORMAT", fontcache.FORMAT + 1)  # another format: a new key
    assert fontcache.load_face(path).charToGlyph == face.charToGlyph
    assert len(list((tmp_path / "font-cache").glob("*.pickle"))) == 2
