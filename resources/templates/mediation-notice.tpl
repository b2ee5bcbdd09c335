; 调解通知书 — one to each party: when and where the mediation is held, and who mediates.
@version 1
@kind mediation-notice
@format letter
@header {org.centre}
@number {case.number}
@title 调解通知书
@addressee {notice.recipient}：
{case.applicant.name}与{case.respondent.name}{case.categories}劳动争议一案，本中心已于{case.accepted_on|cn_date}受理。本中心定于{notice.date|cn_date}以{notice.mode}方式在{notice.place}进行调解，由调解员{case.mediator}主持调解。
@if case.recorder
记录员：{case.recorder}。
@end
@if notice.to_respondent
请你单位法定代表人或者委托代理人携带营业执照副本、法定代表人身份证明或者授权委托书，以及与本争议有关的劳动合同、工资支付记录、考勤记录等材料准时参加。
@else
请携带本人身份证件及与本争议有关的劳动合同、工资条、考勤记录等证据材料准时参加；委托他人参加的，应当提交授权委托书。
@end
当事人认为调解员与本案有利害关系或者有其他关系，可能影响公正调解的，可以在调解开始前向本中心申请回避。无正当理由不参加调解的，视为不同意调解。
特此通知。
@signature {org.centre}
@date {doc.date}
@court_date {doc.court_style|default:no}
@note 联系人：{org.contact}；联系电话：{org.phone}；地址：{org.address}
