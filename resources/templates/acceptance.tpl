; 受理通知书 — sent to the applicant when the centre accepts an application.
@version 1
@kind acceptance
@format letter
@header {org.centre}
@number {case.number}
@title 受理通知书
@addressee {case.applicant.name}：
你于{case.received_on|cn_date}向本中心提出的与{case.respondent.name}{case.categories}劳动争议调解申请，经审查，符合《中华人民共和国劳动争议调解仲裁法》第十条、第十二条规定的受理条件，本中心决定予以受理。现将有关事项通知如下：
@h1 一、申请调解事项
@for claim in case.claims
{loop.index}. {claim.item}，请求金额人民币{claim.amount|money}元（大写：{claim.amount|capitals}）。
@end
@if case.amount_claimed
以上请求金额合计人民币{case.amount_claimed|money}元（大写：{case.amount_claimed|capitals}）。
@end
@h1 二、调解员
本案由调解员{case.mediator}主持调解。当事人认为调解员与本案有利害关系或者有其他关系，可能影响公正调解的，可以在调解开始前向本中心申请回避。
@h1 三、调解时间和地点
@if session.date
定于{session.date|cn_date}在{session.place}进行调解，请携带身份证件准时参加。无正当理由不参加调解的，视为不同意调解。
@else
调解的具体时间和地点另行通知。
@end
@h1 四、需提交的材料
@if notice.documents
请于调解前向本中心提交下列材料：
@for item in notice.documents
{loop.index}. {item.name}；
@end
@else
请于调解前向本中心提交身份证件复印件及与本争议有关的劳动合同、工资支付记录、考勤记录等证据材料。
@end
@h1 五、权利义务和期限
调解遵循自愿、合法、公正的原则，当事人享有自愿达成或者拒绝达成调解协议、随时要求终止调解的权利，并应当如实陈述事实、提供证据，遵守调解秩序。根据《中华人民共和国劳动争议调解仲裁法》第十四条第三款的规定，自本中心收到调解申请之日起十五日内未达成调解协议的，当事人可以依法申请仲裁。
特此通知。
@signature {org.centre}
@date {doc.date}
@court_date {doc.court_style|default:no}
@note 联系人：{org.contact}；联系电话：{org.phone}；地址：{org.address}
