"""Font roles, overrides, and the engine's independence from Qt."""

import subprocess
import sys

import pytest

from desktop.documents import fonts
from desktop.documents.layout import render_document
from desktop.documents.model import OfficialDocument, Paragraph
from desktop.errors import UserError
from tests.documents.pdfread import all_text


def test_every_role_has_a_truetype_font():
    chosen = fonts.font_set()
    for role in fonts.ROLES:
        choice = chosen[role]
        assert choice.path.lower().endswith((".ttf", ".ttc"))
        assert choice.official


def test_font_set_is_cached():
    assert fonts.font_set() is fonts.font_set()


def test_substitutions_are_described():
    text = fonts.font_set().substitutions()
    assert "正文：仿宋" in text and "页码：宋体" in text


def test_override_per_role():
    body = fonts.font_set()["heading2"].path
    chosen = fonts.font_set({"body": body})
    assert chosen["body"].path == body and chosen["body"].substituted
    doc = OfficialDocument("letter", "北京市密云区总工会", "密工〔2024〕1号", "字体", "", [Paragraph("正文")])
    assert render_document(doc, chosen)


def test_cff_and_unknown_roles_are_refused(tmp_path):
    otf = tmp_path / "NotoSansCJK.otf"
    otf.write_bytes(b"OTTO" + b"\0" * 64)
    with pytest.raises(UserError, match="TrueType"):
        fonts.font_set({"body": str(otf)})
    with pytest.raises(UserError, match="未知的字体用途「caption」"):
        fonts.font_set({"caption": str(otf)})


def test_engine_does_not_import_qt():
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "import desktop.documents.templates, desktop.documents.layout\n"
            "assert not any(m.startswith('PySide6') and sys.modules[m] for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_glyphs_come_from_a_fallback_font():
    from desktop.documents.geometry import Styles
    styles = Styles.build(fonts.font_set())
    rare = next((chr(c) for c in range(0x3400, 0x4DB6)
                 if c not in fonts.coverage(styles.body.font.name) and fonts.fallback_font(c)), None)
    if rare is None:
        pytest.skip("no font here covers more than the body font")
    runs = styles.body.runs(f"申请人张{rare}华")
    assert len(runs) == 3 and runs[1][1] == rare and runs[1][0] != styles.body.font.name
    doc = OfficialDocument("letter", "北京市密云区总工会", "密工〔2024〕1号", "字体", "", [Paragraph(f"张{rare}华")])
    assert rare in all_text(render_document(doc))


def test_official_fonts_are_preferred_when_installed(tmp_path, monkeypatch):
    uming = fonts.font_index().get("uming.ttc")
    if uming is None:
        pytest.skip("needs fonts-arphic-uming")
    (tmp_path / "SIMFANG.TTF").symlink_to(uming)  # a stand-in file under the official name
    original = fonts.font_dirs
    monkeypatch.setattr(fonts, "font_dirs", lambda: [tmp_path, *original()])
    fonts.font_index.cache_clear()
    fonts._font_set.cache_clear()
    try:
        chosen = fonts.font_set()
        assert chosen["body"].path == str(tmp_path / "SIMFANG.TTF")
        assert not chosen["body"].substituted
        assert chosen.substitutions().startswith("正文：仿宋（")
    finally:
        fonts.font_index.cache_clear()
        fonts._font_set.cache_clear()
