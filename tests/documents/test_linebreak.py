"""禁则 and unbreakable runs, on generated text and on the rendered PDF."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.documents.layout import render_document
from desktop.documents.linebreak import (
    NO_END,
    NO_START,
    atoms,
    break_paragraph,
    code_groups,
    violations,
)
from desktop.documents.model import OfficialDocument, Paragraph
from tests.documents.pdfread import line_texts

CHAR = 442.205 / 28
WIDTH = 28 * CHAR
HANS = "劳动争议调解中心依法受理职工申请组织双方进行工资补偿金合同"
PUNCT = "，。、；：？！）》」』】〕”’…（《「『【〔“‘"


def measure(text: str) -> float:
    return sum(CHAR if ord(ch) > 0x2000 else CHAR / 2 for ch in text)


def punctuated(seed: int, length: int = 3000) -> str:
    rng = random.Random(seed)
    out = []
    while len(out) < length:
        roll = rng.random()
        if roll < 0.3:
            out.append(rng.choice(PUNCT))
        elif roll < 0.36:
            out.append(str(rng.randint(1, 99999)) + rng.choice(["", ".50", "%"]))
        else:
            out.append(rng.choice(HANS))
    # a paragraph may well start or end with these; only the breaks are tested
    return "".join(out).lstrip("".join(NO_START)).rstrip("".join(NO_END))


def test_numbers_and_words_are_atoms():
    assert atoms("共计1,409.50元ID号") == ["共", "计", "1,409.50", "元", "ID", "号"]


def test_full_lines_keep_28_characters():
    lines = break_paragraph(HANS * 20, WIDTH, measure)
    assert all(len(line.text) == 28 for line in lines[:-1])


def test_punctuation_is_pulled_down_with_a_character():
    text = "甲" * 28 + "。乙"
    lines = break_paragraph(text, WIDTH, measure)
    assert [line.text for line in lines] == ["甲" * 27, "甲。乙"]


def test_opening_bracket_does_not_end_a_line():
    text = "甲" * 27 + "《劳动法》"
    lines = break_paragraph(text, WIDTH, measure)
    assert lines[0].text == "甲" * 27 and lines[1].text == "《劳动法》"


def test_long_generated_texts_keep_the_rules():
    for seed in range(20):
        lines = [line.text for line in break_paragraph(punctuated(seed), WIDTH, measure, 2 * CHAR)]
        assert violations(lines) == []
        assert all(measure(line) <= WIDTH + 1e-6 for line in lines)


def test_numbers_are_never_split():
    text = "金额" * 13 + "1234567.89元" * 5
    lines = [line.text for line in break_paragraph(text, WIDTH, measure)]
    for line in lines[1:]:
        assert not line[0].isdigit() or line.startswith("1234567.89")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=HANS + PUNCT + "0123456789AB ", min_size=1, max_size=400))
def test_any_text_breaks_within_the_rules_or_keeps_every_character(text):
    lines = break_paragraph(text, WIDTH, measure)
    assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")
    found = [v for v in violations([line.text for line in lines])
             if not (v[0] == len(lines) and v[1].startswith("行尾"))]
    # only a run of punctuation longer than a line may break the rules
    assert not found or any(len(set(line.text) - NO_START - NO_END) == 0 for line in lines)


def test_rendered_lines_keep_the_rules():
    paragraphs = [Paragraph(punctuated(seed, 900)) for seed in range(6)]
    doc = OfficialDocument("letter", "北京市密云区总工会", "密工法监提〔2024〕5号", "禁则测试", "", paragraphs)
    lines = line_texts(render_document(doc))
    assert len(lines) > 150
    assert violations(lines[2:]) == []  # after the number and the addressee


ID_NUMBER = "11010519491231002X"
CREDIT_CODE = "91350100M000100Y43"


def test_codes_split_only_at_their_groupings():
    assert code_groups(ID_NUMBER) == ["110105", "19491231", "002X"]
    assert code_groups(CREDIT_CODE) == ["91", "350100", "M000100Y43"]
    # an 18-digit number that is neither (wrong check) stays whole
    assert code_groups("110105194912310021") == ["110105194912310021"]


def test_a_pushed_down_id_number_breaks_at_its_grouping():
    # 22 characters of text leave room for 6 half-width digits: the area code stays on the line
    text = "甲" * 19 + "身份证号：" + ID_NUMBER + "，住址乙。"
    lines = [line.text for line in break_paragraph(text, WIDTH, measure)]
    assert lines[0].endswith("身份证号：110105") or lines[0].endswith("身份证号：11010519491231")
    assert "".join(lines) == text
    assert measure(lines[0]) > WIDTH - 2 * CHAR  # not 24 characters spread over 28


def test_a_credit_code_never_breaks_inside_a_group():
    for lead in range(15, 28):
        text = "甲" * lead + CREDIT_CODE + "。"
        lines = [line.text for line in break_paragraph(text, WIDTH, measure)]
        cut = len(lines[0][lead:].rstrip("。"))
        assert cut in (0, 2, 8, 18), (lead, lines)


def test_rendered_agreement_breaks_a_code_at_its_grouping():
    # 2 indent + 21 characters leave room for the first two groups (8 of 10 half-width places)
    text = "乙方" + "某" * 13 + "，信用代码：" + CREDIT_CODE + "。"
    doc = OfficialDocument("form", "", "", "测试", "", [Paragraph(text)])
    lines = line_texts(render_document(doc))
    first = next(line for line in lines if line.startswith("乙方"))
    assert first.endswith("信用代码：91350100"), lines
