"""Signature, date, 版记 and letter-format furniture, measured on the PDF."""

import io
from datetime import date

import pdfplumber
import pytest

from desktop.documents.geometry import BLOCK_RIGHT, CHAR, MM, PAGE_HEIGHT
from desktop.documents.layout import render_document
from desktop.documents.model import OfficialDocument, Paragraph, Signature
from tests.documents.pdfread import all_text

ORGAN = "北京市密云区总工会"
TOLERANCE = 1 * MM


def document(fmt="standard", **signature) -> OfficialDocument:
    return OfficialDocument(
        fmt, ORGAN, "京密工发〔2024〕3号", "关于开展劳动法律监督的通知", "各基层工会：",
        [Paragraph("请认真贯彻落实。")],
        signature=Signature(ORGAN, date(2024, 11, 2), **signature),
        copy_to="北京市密云区人民检察院。", printed_by="北京市密云区总工会办公室",
        printed_on=date(2024, 11, 2))


def page(pdf: bytes, number: int = 0):
    document = pdfplumber.open(io.BytesIO(pdf))
    return document.pages[number]


def run_of(chars: list[dict], text: str) -> list[dict]:
    joined = "".join(c["text"] for c in chars)
    start = joined.rindex(text)
    return chars[start:start + len(text)]


def test_sealed_date_is_four_characters_in_and_organ_centred_above():
    chars = [c for c in page(render_document(document())).chars if abs(c["size"] - 16) < 0.3]
    when = run_of(chars, "2024年11月2日")
    organ = run_of(chars, ORGAN)
    assert when[-1]["x1"] == pytest.approx(BLOCK_RIGHT - 4 * CHAR, abs=TOLERANCE)
    date_centre = (when[0]["x0"] + when[-1]["x1"]) / 2
    assert (organ[0]["x0"] + organ[-1]["x1"]) / 2 == pytest.approx(date_centre, abs=TOLERANCE)
    assert when[0]["top"] - organ[0]["top"] == pytest.approx(637.795 / 22, abs=0.1)


def test_unsealed_organ_two_characters_in_and_date_indented_two_more():
    chars = [c for c in page(render_document(document(with_seal=False))).chars
             if abs(c["size"] - 16) < 0.3]
    organ = run_of(chars, ORGAN)
    when = run_of(chars, "2024年11月2日")
    assert organ[-1]["x1"] == pytest.approx(BLOCK_RIGHT - 2 * CHAR, abs=TOLERANCE)
    assert when[0]["x0"] == pytest.approx(organ[0]["x0"] + 2 * CHAR, abs=TOLERANCE)


def test_court_style_date():
    text = all_text(render_document(document(court_style_date=True)))
    assert "二〇二四年十一月二日" in text


def test_imprint_rules_and_lines():
    pdf = render_document(document())
    last = page(pdf, -1)
    rules = sorted((rule for rule in last.lines if rule["x1"] - rule["x0"] > 400),
                   key=lambda rule: rule["top"])
    widths = [round(rule["linewidth"] / MM, 2) for rule in rules
              if rule["stroking_color"] != (0, 0.8, 0.8, 0)]
    assert widths[-3:] == [0.35, 0.25, 0.35]
    text = all_text(pdf)
    assert "抄送：北京市密云区人民检察院。" in text and "2024年11月2日印发" in text


def test_letter_head_geometry():
    first = page(render_document(document("letter")))
    header = [c for c in first.chars if c["text"] == "北"][0]
    assert header["top"] == pytest.approx(30 * MM, abs=TOLERANCE)
    red = [rule for rule in first.lines if tuple(rule["stroking_color"]) == pytest.approx((0, 0.8, 0.8, 0))]
    assert len(red) == 4
    for line in red:
        assert line["x1"] - line["x0"] == pytest.approx(170 * MM, abs=0.5)
        assert line["x0"] == pytest.approx(20 * MM, abs=0.5)
    upper = sorted(red, key=lambda rule: rule["top"])[:2]
    assert upper[0]["linewidth"] > upper[1]["linewidth"]  # thick over thin
    lowest = max(red, key=lambda rule: rule["top"])
    assert PAGE_HEIGHT - (lowest["top"] + lowest["linewidth"] / 2) == pytest.approx(20 * MM, abs=0.5)
    number = run_of(first.chars, "〔2024〕3号")
    assert number[-1]["x1"] == pytest.approx(BLOCK_RIGHT, abs=TOLERANCE)
    # GB/T 9704 §10.1: 7/8 of a 3号 character under the double line, the title two lines under the number
    double_bottom = upper[1]["top"] + upper[1]["linewidth"] / 2
    assert number[0]["top"] - double_bottom == pytest.approx(16 * 7 / 8, abs=TOLERANCE)
    title_top = min(c["top"] for c in first.chars if abs(c["size"] - 22) < 0.3)
    assert title_top - number[0]["bottom"] >= 2 * 28.99 - TOLERANCE
    assert "印发" not in all_text(render_document(document("letter")))


def test_seal_image_is_placed_over_the_signature(tmp_path):
    from PIL import Image, ImageDraw
    seal = tmp_path / "seal.png"
    image = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((4, 4, 116, 116), outline=(220, 0, 0, 255), width=6)
    image.save(seal)
    pdf = render_document(document(seal_image=str(seal)))
    images = page(pdf).images
    assert len(images) == 1
    assert images[0]["x1"] - images[0]["x0"] == pytest.approx(42 * MM, abs=1)


def _closing_document(lines: int, with_seal: bool) -> OfficialDocument:
    """A body of ``lines`` full lines in two paragraphs, then 「特此通知。」 and the signature."""
    text = "调解中心依法受理职工申请并组织双方当事人进行调解工作本中"  # 28 characters: one full line
    first = max(1, lines // 2)
    return OfficialDocument(
        "standard", "北京市密云区总工会劳动争议调解中心", "密工调〔2024〕12号", "关于测试版面的通知", "各有关单位：",
        [Paragraph(text * first, indent=0), Paragraph(text * max(1, lines - first), indent=0), Paragraph("特此通知。")],
        signature=Signature("北京市密云区总工会劳动争议调解中心", date(2024, 11, 22), with_seal=with_seal))


@pytest.mark.parametrize("with_seal", [True, False])
def test_signature_page_never_holds_only_the_closing_and_the_seal_room_stays(with_seal):
    from desktop.documents.layout import render_document
    from tests.documents.pdfread import body_lines, line_texts, page_sizes

    pitch = 28.9907
    for lines in range(10, 40):
        pdf = render_document(_closing_document(lines, with_seal))
        last = len(page_sizes(pdf)) - 1
        rows = [line for line in body_lines(pdf, last) if line]
        texts = ["".join(c["text"] for c in line) for line in rows]
        organ = texts.index("北京市密云区总工会劳动争议调解中心")
        assert texts[organ - 1] == "特此通知。", lines
        if last:
            assert organ >= 3, f"{lines} lines: the signature page holds {texts[:organ]}"
        gap = rows[organ][0]["top"] - rows[organ - 1][0]["top"]
        blank = 2 if with_seal else 1
        assert 2 * pitch - 0.5 < gap < (blank + 1) * pitch + 0.5, f"{lines} lines: seal room {gap / pitch - 1:.1f}"
        body = "".join(p.text for p in _closing_document(lines, with_seal).blocks)
        assert body in "".join(line_texts(pdf)), lines  # no line lost or repeated
