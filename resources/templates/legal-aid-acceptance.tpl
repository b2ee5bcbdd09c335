; 法律援助受理通知书 — tells the applicant the union accepts the application for legal aid.
@version 1
@kind legal-aid-acceptance
@format letter
@header {org.name}
@number {aid.number}
@title 法律援助受理通知书
@addressee {aid.applicant.name}：
你于{aid.applied_on|cn_date}提出的法律援助申请（{aid.matter}），经审查，符合《工会法律援助办法》规定的援助条件，本会决定给予法律援助。
@if aid.employer
援助事项：你与{aid.employer}之间的{aid.category}争议。
@end
@if aid.amount_claimed
请求金额人民币{aid.amount_claimed|money}元（大写：{aid.amount_claimed|capitals}）。
@end
@if aid.reason
受理意见：{aid.reason}
@end
本会将指派工会法律服务律师或值班律师为你提供法律援助，承办律师确定后另行通知。请如实提供与案件有关的证据材料，及时与承办律师联系，并注意仲裁、诉讼的时效期间，及时主张权利。
特此通知。
@signature {org.name}
@date {doc.date}
@court_date {doc.court_style|default:no}
@note 联系人：{org.contact}；联系电话：{org.phone}
