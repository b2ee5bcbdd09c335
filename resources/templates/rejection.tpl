; 不予受理通知书 — written reasons for refusing an application.
@version 1
@kind rejection
@format letter
@header {org.centre}
@number {case.number}
@title 不予受理通知书
@addressee {case.applicant.name}：
你于{case.received_on|cn_date}向本中心提出的与{case.respondent.name}之间的劳动争议调解申请，本中心已依法进行审查。经审查，该申请因下列原因不符合受理条件，本中心决定不予受理：
@for reason in rejection.reasons
{loop.index}. {reason.text}
@end
@if rejection.basis
依据：{rejection.basis}
@end
根据《中华人民共和国劳动争议调解仲裁法》第五条的规定，你可以就该劳动争议依法向劳动人事争议仲裁委员会申请仲裁；依法不属于劳动争议的，可以通过其他合法途径解决。劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算，请注意时效，及时主张权利。
特此通知。
@signature {org.centre}
@date {doc.date}
@court_date {doc.court_style|default:no}
@note 联系人：{org.contact}；联系电话：{org.phone}
