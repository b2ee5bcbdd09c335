"""Every kind renders from a sample context; bad templates are refused before drawing."""

import pytest

from desktop.documents import filters, layout, templates
from desktop.documents.fields import KINDS
from desktop.documents.templates import build, render, shipped_text
from desktop.errors import UserError, ValidationError
from tests.documents.pdfread import all_text
from tests.documents.samples import CASE, LETTER, sample_context, stub_capitals

PARTIES = {
    "acceptance": [CASE["applicant"]["name"], CASE["respondent"]["name"]],
    "rejection": [CASE["applicant"]["name"], CASE["respondent"]["name"]],
    "termination": [CASE["applicant"]["name"], CASE["respondent"]["name"]],
    "agreement": [CASE["applicant"]["name"], CASE["respondent"]["name"], "110228199003154316"],
    "service-receipt": [CASE["respondent"]["name"], "调解协议书"],
    "prompt-letter": [LETTER["recipient"]],
    "opinion-letter": [LETTER["recipient"]],
    "recommendation-letter": ["北京市密云区人力资源和社会保障局", LETTER["employer"]],
    "payout-notice": ["陈淑芬"],
    "application": [CASE["applicant"]["name"], CASE["respondent"]["name"], "110228199003154316", "拖欠2024年8月"],
    "mediation-notice": [CASE["respondent"]["name"], "2024年11月12日", "本中心第一调解室", "李秀兰"],
    "rights-notice": [CASE["applicant"]["name"], CASE["respondent"]["name"], "回避", "李秀兰"],
    "session-record": [CASE["applicant"]["name"], "孙丽", "分两期支付", "记录人"],
    "follow-up-record": [CASE["applicant"]["name"], "满意", "李秀兰", "2025年1月20日", "被回访人"],
    "legal-aid-acceptance": ["刘桂英", "北京密云兴达物流有限公司", "工会法律援助办法"],
    "legal-aid-refusal": ["刘桂英", "不予援助", "困难职工认定标准"],
    "legal-aid-assignment": ["周明律师", "北京京密律师事务所", "刘桂英", "仲裁"],
}
AMOUNTS = {
    "acceptance": ["10,409.02", "6,000.00", "16,409.02", "壹万陆仟肆佰零玖元零贰分", "陆仟元整"],
    "application": ["10,409.02", "16,409.02", "壹万陆仟肆佰零玖元零贰分"],
    "agreement": ["10,409.02", "16,409.02", "壹万零肆佰零玖元零贰分", "壹万陆仟肆佰零玖元零贰分"],
    "payout-notice": ["6,007.14", "1,409.50", "陆仟零柒元壹角肆分", "壹仟肆佰零玖元伍角"],
    "legal-aid-acceptance": ["23,600.00", "贰万叁仟陆佰元整"],
    "legal-aid-assignment": ["23,600.00"],
}
NUMBERS = {
    "prompt-letter": "密工法监提〔2024〕5号",
    "opinion-letter": "密工法监意〔2024〕2号",
    "recommendation-letter": "密工法监建〔2025〕1号",
    "payout-notice": "密工互〔2024〕903号",
    **{kind: "密工援〔2024〕8号" for kind in ("legal-aid-acceptance", "legal-aid-refusal", "legal-aid-assignment")},
}


@pytest.fixture(scope="module")
def rendered():
    filters.register_filter("capitals", stub_capitals)
    return {kind: render(kind, sample_context(kind)) for kind in KINDS}


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_shows_number_parties_and_amounts(rendered, kind):
    text = all_text(rendered[kind])
    assert NUMBERS.get(kind, CASE["number"]) in text
    for expected in PARTIES[kind] + AMOUNTS.get(kind, []):
        assert expected in text


def test_wording_follows_the_law(rendered):
    assert "劳动争议调解仲裁法" in all_text(rendered["acceptance"])
    termination = all_text(rendered["termination"])
    assert "申请仲裁" in termination and "一年" in termination
    agreement = all_text(rendered["agreement"])
    for phrase in ("支付令", "司法确认", "本协议一式三份", "调解员（签名）"):
        assert phrase in agreement
    receipt = all_text(rendered["service-receipt"])
    for label in ("送达机关", "受送达人", "送达地址", "送达方式", "代收理由", "见证人", "送达人", "备注"):
        assert label in receipt
    letter = all_text(rendered["prompt-letter"])
    for phrase in ("回执", "抄送：北京市密云区人民检察院", "书面回复", "2024年12月7日"):
        assert phrase in letter


def test_same_context_same_bytes(rendered):
    assert render("agreement", sample_context("agreement")) == rendered["agreement"]


def test_metadata_names_fonts_and_issue_date(rendered):
    from io import BytesIO

    from pypdf import PdfReader
    info = PdfReader(BytesIO(rendered["acceptance"])).metadata
    assert "替代" in info["/Subject"] or "仿宋" in info["/Subject"]
    assert info["/CreationDate"].startswith("D:20241122")
    assert "模板版本 1" in info["/Keywords"]


def test_unknown_field_is_refused_before_drawing(monkeypatch):
    monkeypatch.setattr(layout, "render_document", lambda *a, **k: pytest.fail("drawn"))
    lines = shipped_text("acceptance").splitlines()
    lines.insert(11, "这一段引用了{case.foo}。")
    with pytest.raises(ValidationError) as error:
        render("acceptance", sample_context("acceptance"), "\n".join(lines))
    assert str(error.value) == "模板第 12 行使用了未知字段「case.foo」"


def test_loop_variable_fields_are_checked():
    text = "@version 1\n@for claim in case.claims\n{claim.colour}\n@end\n"
    with pytest.raises(ValidationError, match="模板第 3 行使用了未知字段「claim.colour」"):
        build("acceptance", sample_context("acceptance"), text)


@pytest.mark.parametrize("text, message", [
    ("@version 1\n{case.number|shout}\n", "模板第 2 行使用了未知过滤器「shout」"),
    ("@version 1\n@if case.agent\n甲\n", "模板第 2 行的 @if 缺少对应的 @end"),
    ("@version 1\n@end\n", "模板第 2 行有多余的 @end"),
    ("@version 1\n@else\n", "模板第 2 行的 @else 没有对应的 @if"),
    ("@version 1\n@bold 甲\n", "模板第 2 行使用了未知指令「@bold」"),
    ("@title 甲\n", "模板缺少版本号（@version）"),
    ("@version 1\n@for x in letter.problems\n@end\n", "模板第 2 行使用了未知字段「letter.problems」"),
    ("@version 1\n@format poster\n", "模板第 2 行的版式「poster」无效：可用的有 standard、letter、form"),
    ("@version 1\n@table 3,x\n@end\n", "模板第 2 行的列宽「3,x」无效：应为逗号分隔的正数，如 3,7"),
    ("@version 1\n@blank 0\n", "模板第 2 行的行数「0」无效：应为 1 到 22 的整数"),
    ("@version 1\n甲{case.number\n",
     "模板第 2 行的字段写法有误：「甲{case.number」（字段应写在一对花括号内）"),
    ("@version 1\n{case.number}乙}\n",
     "模板第 2 行的字段写法有误：「{case.number}乙}」（字段应写在一对花括号内）"),
])
def test_malformed_templates_are_refused(text, message):
    with pytest.raises(ValidationError) as error:
        build("acceptance", sample_context("acceptance"), text)
    assert str(error.value) == message


def test_missing_value_is_named():
    context = sample_context("termination")
    context["termination"] = {"date": "2024-11-18"}
    with pytest.raises(ValidationError, match="termination.reason"):
        render("termination", context)


def test_capitals_must_be_supplied():
    filters.unregister_filter("capitals")
    with pytest.raises(UserError, match="人民币金额大写"):
        render("payout-notice", sample_context("payout-notice"))


def test_unknown_kind_is_refused():
    with pytest.raises(UserError, match="未知的文书种类「invoice」"):
        render("invoice", {})


def test_every_template_has_a_version():
    """At 2: the letters say 工作日 or 日 as the letter was set (was always 工作日); the
    agreement names every applicant (was the first only). Agreement at 3: a term
    written as a sentence is not repeated. Letters at 3 and the service receipt at 2:
    what the window may leave empty prints as 「未登记」 or blank (was: refused). Letters at 4:
    the 回执 is an 附件 before the 版记, 整改情况 5 lines (was 7) so both share its page."""
    versions = {kind: templates.template_version(kind) for kind in KINDS}
    changed = {"prompt-letter": "4", "opinion-letter": "4", "recommendation-letter": "4", "agreement": "3",
               "service-receipt": "2"}
    assert versions == {kind: changed.get(kind, "1") for kind in KINDS}


def test_standard_format_through_a_template():
    text = shipped_text("acceptance").replace("@format letter", "@format standard")
    text += "\n@printed_by {org.centre}\n@printed_on {doc.date}\n"
    document = build("acceptance", sample_context("acceptance"), text)
    assert document.format == "standard" and document.printed_on.day == 22
    assert "2024年11月22日印发" in all_text(render("acceptance", sample_context("acceptance"), text))


def test_same_bytes_in_another_process(rendered):
    import subprocess
    import sys
    code = ("import sys; from tests.documents.samples import *; install_capitals();"
            "from desktop.documents.templates import render;"
            "sys.stdout.buffer.write(render('agreement', sample_context('agreement')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    assert out == rendered["agreement"]


def test_fields_used_splits_required_from_optional():
    from desktop.documents.templates import fields_used
    usage = fields_used("agreement")
    assert {"case.number", "agreement.total", "case.applicants[].name", "case.applicants[].title"} <= usage.required
    assert {"case.agent", "case.agent.name", "agreement.copies", "agreement.terms[].amount",
            "case.applicants[].id_number", "case.applicants[].address"} <= usage.optional  # 「未登记」 when missing
    assert not usage.required & usage.optional


def test_values_are_printed_literally():
    context = sample_context("service-receipt")
    context["service"] = {**context["service"], "remarks": "代收|见{case.number}}"}
    document = build("service-receipt", context)
    remarks = [row.cells for table in document.blocks if hasattr(table, "rows")
               for row in table.rows if row.cells[0].text == "备注"][0]
    assert remarks[1].text == "代收|见{case.number}}"


def test_line_breaks_in_a_value_make_paragraphs():
    context = sample_context("prompt-letter")
    context["letter"] = {**context["letter"], "facts": "第一段。\n\n第二段。"}
    texts = [block.text for block in build("prompt-letter", context).blocks if hasattr(block, "indent")]
    assert "第一段。" in texts and "第二段。" in texts


def test_table_row_outside_a_table_is_refused():
    with pytest.raises(ValidationError, match="模板第 2 行的表格行不在 @table 与 @end 之间"):
        build("acceptance", {}, "@version 1\n| 甲 | 乙 |\n")


def test_bad_values_are_refused_with_the_line():
    context = sample_context("acceptance")
    context["case"] = {**context["case"], "amount_claimed": "一万元"}
    with pytest.raises(ValidationError, match="一万元"):
        render("acceptance", context)
    context["case"] = {**context["case"], "amount_claimed": 1.5}
    with pytest.raises(ValidationError, match="浮点数"):
        render("acceptance", context)


def test_empty_required_value_counts_as_missing():
    context = sample_context("acceptance")
    context["case"] = {**context["case"], "mediator": ""}
    with pytest.raises(ValidationError, match="「case.mediator」没有填写"):
        render("acceptance", context)


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_rendered_line_breaks_the_rules(rendered, kind):
    from desktop.documents.linebreak import violations
    from tests.documents.pdfread import line_texts
    lines = line_texts(rendered[kind])
    assert violations(lines) == []


def test_a_missing_field_of_a_list_item_names_the_item():
    context = sample_context("agreement")
    second = {**context["case"]["applicants"][0], "name": "李娜", "title": None}
    context["case"] = {**context["case"], "applicants": [*context["case"]["applicants"], second]}
    with pytest.raises(UserError, match="「applicant.title」（第2项：李娜）没有填写"):
        render("agreement", context)
