"""The GB/T 9704 numbers, measured on character boxes read back from the PDF."""

import shutil
import subprocess
from datetime import date

import pytest
from PIL import Image

from desktop.documents.geometry import MM
from desktop.documents.layout import render_document
from desktop.documents.model import OfficialDocument, Paragraph, Signature
from tests.documents.pdfread import all_text, body_lines, font_descriptors, page_sizes

TOLERANCE = 1 * MM
LEFT, TOP, WIDTH, HEIGHT = 79.370, 104.882, 442.205, 637.795
SENTENCE = "劳动争议调解中心依法受理职工申请并组织双方当事人进行调解工作"


def long_document(fmt: str = "standard", paragraphs: int = 4) -> OfficialDocument:
    return OfficialDocument(
        fmt, "北京市密云区总工会劳动争议调解中心", "密工调〔2024〕12号", "关于测试版面的通知",
        "各有关单位：", [Paragraph(SENTENCE * 30) for _ in range(paragraphs)],
        signature=Signature("北京市密云区总工会劳动争议调解中心", date(2024, 11, 22)),
        copy_to="北京市密云区人民检察院。", printed_by="北京市密云区总工会劳动争议调解中心",
        printed_on=date(2024, 11, 22))


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_document(long_document())


def test_pages_are_a4(pdf):
    for width, height in page_sizes(pdf):
        assert width == pytest.approx(210 * MM, abs=0.5)
        assert height == pytest.approx(297 * MM, abs=0.5)


def test_full_page_has_22_lines_of_28_characters(pdf):
    lines = body_lines(pdf, 1)
    assert len(lines) == 22
    assert [len(line) for line in lines] == [28] * 22


def test_text_block_position_and_size(pdf):
    lines = body_lines(pdf, 1)
    chars = [c for line in lines for c in line]
    assert min(c["x0"] for c in chars) == pytest.approx(LEFT, abs=TOLERANCE)
    assert max(c["x1"] for c in chars) == pytest.approx(LEFT + WIDTH, abs=TOLERANCE)
    assert min(c["top"] for c in chars) == pytest.approx(TOP, abs=TOLERANCE)
    assert max(c["bottom"] for c in chars) <= TOP + HEIGHT
    pitch = (lines[-1][0]["top"] - lines[0][0]["top"]) / 21
    assert pitch == pytest.approx(HEIGHT / 22, abs=0.05)


def test_characters_advance_one_grid_cell(pdf):
    line = body_lines(pdf, 1)[3]
    steps = [b["x0"] - a["x0"] for a, b in zip(line, line[1:], strict=False)]
    assert all(step == pytest.approx(WIDTH / 28, abs=0.01) for step in steps)


def test_fonts_are_embedded_truetype(pdf):
    descriptors = font_descriptors(pdf)
    assert descriptors
    assert all("/FontFile2" in descriptor for descriptor in descriptors)


def test_page_numbers_alternate_sides(pdf):
    numbers = []
    for page in range(len(page_sizes(pdf))):
        chars = [c for line in body_lines(pdf, page, 14.0) for c in line if c["top"] > TOP + HEIGHT]
        numbers.append(chars)
    first, second = numbers[0], numbers[1]
    assert "".join(c["text"] for c in first).replace(" ", "") == "—1—"
    assert max(c["x1"] for c in first) == pytest.approx(LEFT + WIDTH - 14, abs=TOLERANCE)
    assert min(c["x0"] for c in second) == pytest.approx(LEFT + 14, abs=TOLERANCE)
    # the dashes sit at the middle of the 4号 em box, 7 mm under the block
    dash = next(c for c in first if c["text"] == "—")
    assert dash["top"] + 7.0 == pytest.approx(TOP + HEIGHT + 7 * MM, abs=TOLERANCE)


def test_page_number_dash_is_printed_7_mm_under_the_block(pdf, tmp_path):
    """Measured on the printed page: the dark rows of the first dash of 「— 2 —」."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    (tmp_path / "doc.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "254", "-f", "2", "-l", "2", "-png", str(tmp_path / "doc.pdf"),
                    str(tmp_path / "page")], check=True)
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")  # 10 pixels a millimetre
    bottom = round((297 - 35) * 10)
    dash_x = range(round((28 + 14 / MM) * 10) + 5, round((28 + 28 / MM) * 10) - 5)  # inside the dash
    rows = [y for y in range(bottom, bottom + 150) if any(page.getpixel((x, y)) < 128 for x in dash_x)]
    assert rows and (rows[0] + rows[-1]) / 2 - bottom == pytest.approx(70, abs=3)


def test_red_header_and_imprint(pdf):
    import io

    import pdfplumber
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        first, last = document.pages[0], document.pages[-1]
        header = [c for c in first.chars if c["text"] == "北"][0]
        lines = [rule for rule in last.lines if abs(rule["x1"] - rule["x0"] - WIDTH) < 1]
    assert tuple(header["non_stroking_color"]) == pytest.approx((0, 0.8, 0.8, 0))
    assert header["top"] == pytest.approx(TOP + 35 * MM, abs=TOLERANCE)
    assert max(rule["bottom"] for rule in lines) == pytest.approx(TOP + HEIGHT, abs=TOLERANCE)


def test_letter_format_has_no_number_on_first_page():
    pdf = render_document(long_document("letter"))
    text = all_text(pdf)
    assert "—1—" not in text and "—2—" in text
    first_chars = body_lines(pdf, 0, 14.0)
    assert not [c for line in first_chars for c in line if c["top"] > TOP + HEIGHT]


def test_same_document_same_bytes():
    assert render_document(long_document()) == render_document(long_document())


def test_heading_is_kept_with_the_next_line():
    from desktop.documents.model import Heading, PageBreak
    filler = [Paragraph("甲" * 26) for _ in range(21)]  # 21 full lines on page 2
    doc = OfficialDocument("form", "", "", "标题", "",
                           [PageBreak(), *filler, Heading("一、标题"), Paragraph("乙" * 10)])
    pdf = render_document(doc)
    assert len(body_lines(pdf, 1)) == 21
    assert "".join(c["text"] for c in body_lines(pdf, 2)[0]) == "一、标题"


def _with_slip(attachments: list[str]) -> OfficialDocument:
    from desktop.documents.model import Cell, ReplySlip, Row, Table

    doc = long_document("letter", paragraphs=1)
    doc.attachments = attachments
    doc.reply_slip = ReplySlip("回　执", [Table([0.3, 0.7], [Row([Cell("单位名称"), Cell("测试单位")]),
                                                            Row([Cell("整改情况"), Cell("")], min_lines=5)])])
    return doc


def test_reply_slip_is_an_attachment_before_the_imprint():
    import io

    import pdfplumber
    pdf = render_document(_with_slip(["回执"]))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [page.extract_text() for page in document.pages]
        last = document.pages[-1]
        label = [c for c in last.chars if c["text"] in "附件"][:2]
        title = [c for c in last.chars if c["text"] == "回"][0]
    assert "抄送" not in "".join(pages[:-1]), "the 版记 is not on the body's pages"
    assert "抄送" in pages[-1] and "单位名称" in pages[-1]
    assert "".join(c["text"] for c in label) == "附件"
    assert label[0]["x0"] == pytest.approx(LEFT, abs=TOLERANCE)  # top left, flush with the block
    assert label[0]["top"] == pytest.approx(TOP, abs=TOLERANCE)  # on the first line
    assert title["top"] - label[0]["top"] == pytest.approx(2 * 28.99, abs=TOLERANCE)  # title on the third line
    assert pages[-1].index("附件") < pages[-1].index("回") < pages[-1].index("抄送")


def test_reply_slip_numbered_among_several_attachments():
    pdf = render_document(_with_slip(["工作记录", "回执"]))
    assert "附件2回执" in all_text(pdf).replace("—", "")
