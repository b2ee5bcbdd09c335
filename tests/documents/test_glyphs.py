"""No blank boxes: a character no font has is refused before drawing; the text layer beyond U+FFFF."""

import copy
import io

import pdfplumber
import pytest
from pypdf import PdfReader

from desktop.documents import font_set, render
from desktop.documents.embedded import subset_tag, to_unicode_cmap, utf16_hex
from desktop.documents.fontreport import font_report
from desktop.documents.fonts import fallback_font
from desktop.documents import samples
from desktop.errors import UserError
from tests.documents.pdfread import all_text



def sample_context(kind: str) -> dict:
    return copy.deepcopy(samples.sample_context(kind))


NO_FONT = "\U000323af"  # CJK Ext-H: no font on any workstation has it yet
EXT_B = "𠮷"  # U+20BB7, in LXGW WenKai (setup installs it) and SimSun-ExtB


def test_a_name_no_font_has_is_refused_naming_field_character_and_code():
    context = sample_context("acceptance")
    context["case"]["applicant"]["name"] = f"张{NO_FONT}"
    with pytest.raises(UserError) as refused:
        render("acceptance", context)
    message = str(refused.value)
    assert message.startswith(f"申请人姓名「张{NO_FONT}」中的「{NO_FONT}」（U+323AF）没有可用字体")
    assert "simsunb.ttf" in message


def test_long_text_is_quoted_around_the_character():
    context = sample_context("agreement")
    context["agreement"]["facts"] = "甲" * 40 + NO_FONT + "乙" * 40
    with pytest.raises(UserError, match=f"争议事实「…甲{{12}}{NO_FONT}乙{{11}}…」"):
        render("agreement", context)


def test_template_words_are_checked_too():
    text = "@version t\n@format form\n@header 测试\n@number 1\n@title 标题\n正文" + NO_FONT + "。\n"
    with pytest.raises(UserError, match="文书内容"):
        render("acceptance", sample_context("acceptance"), text)


@pytest.mark.skipif(fallback_font(ord(EXT_B)) is None, reason="no Ext-B font installed")
def test_characters_beyond_the_bmp_extract_right():
    context = sample_context("acceptance")
    context["case"]["applicant"]["name"] = f"吉{EXT_B}祥"
    pdf = render("acceptance", context)
    assert f"吉{EXT_B}祥" in all_text(pdf)  # pypdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert f"吉{EXT_B}祥" in "".join(document.pages[0].extract_text().split())


def test_to_unicode_map_uses_surrogate_pairs():
    assert utf16_hex(0x4E2D) == "4E2D" and utf16_hex(0x20BB7) == "D842DFB7"
    cmap = to_unicode_cmap("AAAAAA+X", [0, 0x4E2D, 0x20BB7])
    assert "<01> <4E2D>" in cmap and "<02> <D842DFB7>" in cmap and "20BB7" not in cmap


def test_every_subset_has_its_own_tag():
    pdf = render("prompt-letter", sample_context("prompt-letter"))
    names = [font.get_object()["/BaseFont"] for page in PdfReader(io.BytesIO(pdf)).pages
             for font in page["/Resources"]["/Font"].values()]
    tags = {name[1:7] for name in set(names)}
    assert len(tags) == len(set(names)) and all(name[7] == "+" for name in names)
    assert subset_tag("UD-x", 0) != subset_tag("UD-x", 1) and subset_tag("UD-x", 0) == subset_tag("UD-x", 0)


def test_font_report_says_what_to_install():
    report = font_report(font_set())
    assert report[0].startswith("正文：")
    assert any(line.startswith("生僻字") for line in report)
    if any(choice.substituted for choice in font_set().choices):
        assert any("建议安装公文标准字体" in line for line in report)
