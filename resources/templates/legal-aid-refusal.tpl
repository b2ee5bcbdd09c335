; 不予援助通知书 — written reasons for refusing an application for legal aid.
@version 1
@kind legal-aid-refusal
@format letter
@header {org.name}
@number {aid.number}
@title 不予援助通知书
@addressee {aid.applicant.name}：
你于{aid.applied_on|cn_date}提出的法律援助申请（{aid.matter}），本会已依照《工会法律援助办法》进行审查。经审查，该申请因下列原因不符合援助条件，本会决定不予援助：
{aid.reason}
如对本决定有异议，可以自收到本通知之日起向本会提出复查。你也可以自行委托代理人，或者向当地法律援助机构申请法律援助。劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算，请注意时效，及时主张权利。
特此通知。
@signature {org.name}
@date {doc.date}
@court_date {doc.court_style|default:no}
@note 联系人：{org.contact}；联系电话：{org.phone}
