; 调解协议书 — parties' blocks, numbered terms (figures and capitals), remedies, signatures.
@version 3
@kind agreement
@format form
@header {org.centre}
@title 调解协议书
@number {case.number}
@table 2,8
@for applicant in case.applicants
| <c>{applicant.title} | {applicant.name}，{applicant.gender|default:未登记}，公民身份号码{applicant.id_number|default:未登记}，住址{applicant.address|default:未登记}，联系电话{applicant.phone|default:未登记}。 |
@end
@if case.represented
| <c>涉及职工 | 共{case.represented}人，由上列代表人代表参加调解并签署本协议（名单附后）。 |
@end
@if case.agent
| <c>委托代理人 | {case.agent.name}，{case.agent.relation}，联系电话{case.agent.phone|default:无}。 |
@end
| <c>被申请人 | {case.respondent.name}，统一社会信用代码{case.respondent.credit_code|default:未登记}，住所{case.respondent.address|default:未登记}；法定代表人{case.respondent.legal_rep|default:未登记}；联系电话{case.respondent.phone|default:未登记}。 |
@end
@blank
@h1 一、争议事项
{agreement.facts}
@h1 二、协议内容
经本中心调解员{case.mediator}主持调解，双方当事人在平等、自愿的基础上，就上述劳动争议达成如下协议：
@for term in agreement.terms
@if term.worded
{loop.index}. {term.text}（大写：{term.amount|capitals}）。
@else
@if term.amount
{loop.index}. {term.text}人民币{term.amount|money}元（大写：{term.amount|capitals}），由{term.payer}于{term.due_date|cn_date}前以{term.method}方式支付。
@else
{loop.index}. {term.text}
@end
@end
@end
以上款项合计人民币{agreement.total|money}元（大写：{agreement.total|capitals}）。
@if agreement.account
上述款项支付至{agreement.account.name}名下账户（开户银行：{agreement.account.bank}；账号：{agreement.account.number}）。
@end
@h1 三、履行与救济
双方当事人应当按照本协议约定自觉履行。本协议履行完毕后，双方就本劳动争议再无其他争议。
一方当事人在协议约定期限内不履行本协议的，另一方当事人可以依照《中华人民共和国劳动争议调解仲裁法》第十五条的规定依法申请仲裁。
因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成本协议，用人单位在协议约定期限内不履行的，劳动者可以依照《中华人民共和国劳动争议调解仲裁法》第十六条的规定，持本协议书依法向人民法院申请支付令。
双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。
@h1 四、生效与份数
本协议自双方当事人签名或者盖章、调解员签名并加盖本中心印章之日起生效。本协议一式{agreement.copies|default:三}份，双方当事人各执一份，本中心存档一份，具有同等效力。
@blank
@sign 申请人（签名）：|被申请人（盖章）：|调解员（签名）：|记录人（签名）：
@signature {org.centre}
@date {agreement.signed_on}
@court_date {doc.court_style|default:no}
