; 法律援助指派函 — sent to the lawyer the union assigns to a legal-aid case.
@version 1
@kind legal-aid-assignment
@format letter
@header {org.name}
@number {aid.number}
@title 法律援助指派函
@addressee {aid.lawyer.name}律师（{aid.lawyer.firm|default:本会工会法律服务律师}）：
本会于{aid.decided_on|cn_date}决定对{aid.applicant.name}的法律援助申请给予援助。现指派你作为该案的承办律师（{aid.lawyer.kind}），代理{aid.procedure}程序。
案件情况：
受援人：{aid.applicant.name}，联系电话：{aid.applicant.phone|default:未登记}；
@if aid.employer
对方当事人：{aid.employer}；
@end
援助事项：{aid.matter}；
@if aid.amount_claimed
请求金额：人民币{aid.amount_claimed|money}元；涉及职工{aid.workers}人。
@end
请自收到本函之日起及时与受援人联系，依法履行代理职责，维护受援人的合法权益；开庭时间、办理进展和结果请及时告知本会，结案后将结案材料报送本会备案。
此函。
@signature {org.name}
@date {doc.date}
@court_date {doc.court_style|default:no}
@note 联系人：{org.contact}；联系电话：{org.phone}
