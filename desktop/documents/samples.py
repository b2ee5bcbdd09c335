"""A complete, realistic context for every document kind.

Used by the template editor's live preview, the sample pictures, the benchmark
and the tests. Amounts are ``Decimal``, dates ``date``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

ORG = {
    "name": "北京市密云区总工会",
    "centre": "北京市密云区总工会劳动争议调解中心",
    "address": "北京市密云区鼓楼东大街3号",
    "postcode": "101500",
    "contact": "王建国",
    "phone": "010-69041234",
    "arbitration": "北京市密云区劳动人事争议仲裁委员会",
    "arbitration_address": "北京市密云区新中街18号",
}

CASE = {
    "number": "密工调〔2024〕12号",
    "received_on": date(2024, 11, 1),
    "accepted_on": date(2024, 11, 4),
    "categories": "拖欠劳动报酬、经济补偿金",
    "amount_claimed": Decimal("16409.02"),
    "mediator": "李秀兰",
    "applicant": {"name": "张建华", "gender": "男", "id_number": "110228199003154316",
                  "phone": "13901234567", "address": "北京市密云区果园街道康居小区5号楼2单元301室"},
    "applicants": [{"title": "申请人", "name": "张建华", "gender": "男", "id_number": "110228199003154316",
                    "phone": "13901234567", "address": "北京市密云区果园街道康居小区5号楼2单元301室"}],
    "respondent": {"name": "北京密云宏达建筑工程有限公司", "credit_code": "91110228MA01ABCD3X",
                   "address": "北京市密云区经济开发区兴盛南路8号", "legal_rep": "赵志强",
                   "phone": "010-69087766"},
    "claims": [
        {"item": "支付2024年8月至10月拖欠工资", "amount": Decimal("10409.02")},
        {"item": "支付解除劳动合同经济补偿金", "amount": Decimal("6000.00")},
    ],
}

LETTER = {
    "number": "密工法监提〔2024〕5号",
    "date": date(2024, 11, 22),
    "recipient": "北京密云速达同城配送有限公司",
    "employer": "北京密云速达同城配送有限公司",
    "employer_credit_code": "91110228MA04XYZ12K",
    "source": "接到职工投诉后",
    "checked_on": date(2024, 11, 8),
    "check_method": "实地走访、查阅用工台账和询问职工",
    "facts": "你单位现有配送员90人，其中未签订书面劳动合同的48人，未参加工伤保险的90人；2024年9月起存在安排配送员每日工作超过十一小时且未支付加班费的情况。",
    "workers": 90,
    "problems": [
        {"issue": "未依法签订书面劳动合同",
         "basis": "《中华人民共和国劳动合同法》第十条规定，建立劳动关系，应当订立书面劳动合同；第八十二条规定，用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。"},
        {"issue": "未依法为职工参加工伤保险",
         "basis": "《工伤保险条例》第二条规定，用人单位应当依照本条例规定参加工伤保险，为本单位全部职工或者雇工缴纳工伤保险费。"},
    ],
    "requests": [
        {"text": "与全部在岗配送员依法订立书面劳动合同；"},
        {"text": "为全部职工办理工伤保险参保登记并足额缴纳工伤保险费；"},
        {"text": "核查2024年9月以来的加班情况，依法足额支付加班费。"},
    ],
    "deadline": date(2024, 12, 7),
    "deadline_days": 15,
    "reply_days": 15,
    "deadline_span": "15个工作日",
    "previous_number": "密工法监提〔2024〕5号",
    "history": [
        {"text": "2024年11月22日，本会向该单位发出《工会劳动法律监督提示函》（密工法监提〔2024〕5号），该单位逾期未回复。"},
        {"text": "2024年12月16日，本会向该单位发出《工会劳动法律监督意见书》（密工法监意〔2024〕2号），该单位至今未整改。"},
    ],
    "contact": "刘晓燕",
    "phone": "010-69041235",
    "copy_to": "北京市密云区人民检察院。",
}


AID = {
    "number": "密工援〔2024〕8号", "applied_on": date(2024, 11, 5), "category": "工资",
    "matter": "追讨被拖欠的2024年6月至9月工资", "amount_claimed": Decimal("23600.00"), "workers": 1,
    "applicant": {"name": "刘桂英", "id_number": "110228198505204326", "phone": "13911012345"},
    "employer": "北京密云兴达物流有限公司", "decided_on": date(2024, 11, 8),
    "reason": "申请人系工会会员，家庭经济困难，所请求事项属于劳动报酬争议，符合援助条件。",
    "assigned_on": date(2024, 11, 11), "procedure": "仲裁",
    "lawyer": {"name": "周明", "kind": "工会法律服务律师", "firm": "北京京密律师事务所", "phone": "13801012345"},
}


def _aid(**changes) -> dict:
    return {"aid": {**AID, **changes}, "doc": {"number": AID["number"], "date": date(2024, 11, 22)}}


def sample_context(kind: str) -> dict:
    """A realistic context for ``kind``."""
    base = {"org": ORG, "doc": {"number": CASE["number"], "date": date(2024, 11, 22)}, "case": CASE}
    extra = _EXTRA[kind]()
    return {**base, **extra}


def _letter(number: str, recipient: str | None = None) -> dict:
    letter = {**LETTER, "number": number}
    if recipient:
        letter["recipient"] = recipient
    return {"letter": letter}


_EXTRA = {
    "acceptance": lambda: {"session": {"date": date(2024, 11, 12), "place": "本中心第一调解室"}},
    "rejection": lambda: {"rejection": {"reasons": [
        {"text": "该争议已由北京市密云区劳动人事争议仲裁委员会立案受理（京密劳人仲字〔2024〕第318号）；"},
        {"text": "申请人请求确认的事项不属于劳动争议调解的范围。"}]}},
    "termination": lambda: {"termination": {"reason": "自本中心收到调解申请之日起十五日内双方未能达成调解协议",
                                            "date": date(2024, 11, 18)}},
    "agreement": lambda: {"agreement": {
        "facts": "申请人于2021年3月入职被申请人处任施工员，2024年10月31日双方解除劳动合同。申请人主张被申请人拖欠2024年8月至10月工资并应支付解除劳动合同经济补偿金。",
        "terms": [
            {"text": "被申请人向申请人支付2024年8月至10月工资", "amount": Decimal("10409.02"),
             "payer": "被申请人", "due_date": date(2024, 11, 30), "method": "银行转账"},
            {"text": "被申请人向申请人支付解除劳动合同经济补偿金", "amount": Decimal("6000.00"),
             "payer": "被申请人", "due_date": date(2024, 12, 15), "method": "银行转账"},
            {"text": "被申请人于2024年11月30日前为申请人出具解除劳动合同证明，并办理档案和社会保险关系转移手续。"},
        ],
        "total": Decimal("16409.02"),
        "account": {"name": "张建华", "bank": "北京农商银行密云支行", "number": "6214 8801 2345 6789"},
        "signed_on": date(2024, 11, 22)}},
    "service-receipt": lambda: {"service": {
        "document": "调解协议书", "document_number": "密工调〔2024〕12号", "copies": 1,
        "recipient": "北京密云宏达建筑工程有限公司", "address": "北京市密云区经济开发区兴盛南路8号",
        "method": "直接送达", "server": "李秀兰、王建国", "remarks": "由该公司人事专员孙丽代为签收"}},
    "prompt-letter": lambda: _letter("密工法监提〔2024〕5号"),
    "opinion-letter": lambda: _letter("密工法监意〔2024〕2号"),
    "recommendation-letter": lambda: _letter("密工法监建〔2025〕1号", "北京市密云区人力资源和社会保障局"),
    "payout-notice": lambda: {"claim": {
        "number": "密工互〔2024〕903号", "name": "陈淑芬", "unit": "北京密云云湖度假村有限公司工会",
        "plan": "在职职工住院医疗互助保障", "event": "2024年9月住院治疗",
        "applied_on": date(2024, 10, 15), "amount_applied": Decimal("6007.14"),
        "amount_approved": Decimal("1409.50"), "paid_on": date(2024, 11, 20),
        "method": "银行转账", "bank": "北京银行京卡（互助服务卡）", "account": "****6789",
        "items": [{"name": "住院医疗互助金", "amount": Decimal("1209.50")},
                  {"name": "住院津贴", "amount": Decimal("200.00")}]}},
    "legal-aid-acceptance": lambda: _aid(),
    "legal-aid-refusal": lambda: _aid(reason="申请人家庭月人均收入高于本区困难职工认定标准，且所请求事项已由仲裁委员会作出裁决。",
                                      assigned_on=None, procedure=None, lawyer=None),
    "legal-aid-assignment": lambda: _aid(),
    **{kind: make for kind, make in (
        ("application", lambda: {"application": {
            "title": "调解申请书", "oral": False, "received_on": date(2024, 11, 1),
            "facts": [{"text": "申请人于2021年3月入职被申请人处任施工员，2024年10月31日双方解除劳动合同，被申请人拖欠2024年8月至10月工资。"}]}}),
        ("mediation-notice", lambda: {"notice": {
            "recipient": "北京密云宏达建筑工程有限公司", "date": date(2024, 11, 12), "mode": "现场",
            "place": "本中心第一调解室", "to_respondent": True}}),
        ("rights-notice", dict),
        ("session-record", lambda: {"record": {
            "title": "调解笔录", "date": date(2024, 11, 12), "place": "本中心第一调解室", "mode": "现场",
            "attendees": "申请人张建华、被申请人委托代理人孙丽", "mediator": "李秀兰", "recorder": "王建国",
            "applicant": [{"text": "要求支付拖欠工资10,409.02元及经济补偿金6,000.00元。"}],
            "respondent": [{"text": "同意支付工资，经济补偿金要求分两期支付。"}],
            "proposal": [{"text": "工资于2024年11月30日前付清，经济补偿金于2024年12月15日前付清。"}],
            "narrative": []}}),
        ("follow-up-record", lambda: {"visits": {"closed_on": date(2024, 12, 20), "rows": [
            {"date": date(2025, 1, 20), "method": "电话", "satisfaction": "满意", "officer": "李秀兰",
             "result": "申请人确认工资及经济补偿金已全部到账，对调解工作表示满意。"}]}}),
    )},
}
