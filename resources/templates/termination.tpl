; 终止调解通知书 — tells both parties mediation has ended and arbitration is open to them.
@version 1
@kind termination
@format letter
@header {org.centre}
@number {case.number}
@title 终止调解通知书
@addressee {case.applicant.name}、{case.respondent.name}：
{case.applicant.name}与{case.respondent.name}{case.categories}劳动争议一案，本中心于{case.accepted_on|cn_date}受理，并由调解员{case.mediator}主持调解。因{termination.reason}，根据《中华人民共和国劳动争议调解仲裁法》第十四条第三款及有关规定，本中心决定自{termination.date|cn_date}起终止调解。
@if termination.detail
{termination.detail}
@end
当事人可以依法向{org.arbitration}申请仲裁。根据《中华人民共和国劳动争议调解仲裁法》第二十七条的规定，劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算；劳动关系存续期间因拖欠劳动报酬发生争议的，劳动者申请仲裁不受一年仲裁时效期间的限制，但是劳动关系终止的，应当自劳动关系终止之日起一年内提出。
@if org.arbitration_address
{org.arbitration}地址：{org.arbitration_address}。
@end
特此通知。
@signature {org.centre}
@date {doc.date}
@court_date {doc.court_style|default:no}
@note 本通知书一式三份，双方当事人各执一份，本中心存档一份
