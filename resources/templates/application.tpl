; 调解申请书 / 口头申请笔录 — the applicant's application as the file keeps it (oral applications written down).
@version 1
@kind application
@format form
@header {org.centre}
@number {case.number}
@title {application.title}
@table 3,5.4,2.4,3.2
@for person in case.applicants
| <c>{person.title} | {person.name} | <c>性别 | <c>{person.gender|default:} |
| <c>身份证号码 | {person.id_number|default:} | <c>联系电话 | <c>{person.phone|default:} |
| <c>住址 | <3>{person.address|default:} |
@end
| <c>被申请人 | <3>{case.respondent.name} |
| <c>统一社会信用代码 | {case.respondent.credit_code|default:} | <c>法定代表人 | <c>{case.respondent.legal_rep|default:} |
| <c>地址 | <3>{case.respondent.address|default:} |
@if case.agent
| <c>委托代理人 | {case.agent.name}（{case.agent.relation}） | <c>联系电话 | <c>{case.agent.phone|default:} |
@end
@end
@blank
@h1 一、请求事项
@for claim in case.claims
{loop.index}. {claim.item}，金额人民币{claim.amount|money}元。
@end
@if case.amount_claimed
以上合计人民币{case.amount_claimed|money}元（大写：{case.amount_claimed|capitals}）。
@end
@h1 二、事实和理由
@for paragraph in application.facts
{paragraph.text}
@end
@if application.oral
以上内容系申请人于{application.received_on|cn_date}以口头方式提出，由本中心工作人员记录，经向申请人宣读（或交其阅读）确认无误。
@else
为此，根据《中华人民共和国劳动争议调解仲裁法》第十二条的规定，特向贵中心申请调解，请依法予以调解。
@end
@sign 申请人（签名或盖章）：|记录人：
@blank
@left 此致
@left {org.centre}
