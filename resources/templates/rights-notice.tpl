; 权利义务告知书 — the parties' rights and duties in mediation, signed as read at the first session.
@version 1
@kind rights-notice
@format letter
@header {org.centre}
@number {case.number}
@title 权利义务告知书
@addressee {case.applicant.name}、{case.respondent.name}：
为保障当事人在调解中的合法权益，根据《中华人民共和国劳动争议调解仲裁法》《企业劳动争议协商调解规定》等规定，现将你们在本案调解中享有的权利和应当履行的义务告知如下：
@h1 一、当事人享有的权利
1. 自愿选择调解，自愿达成或者拒绝达成调解协议，随时要求终止调解；
2. 认为调解员与本案有利害关系或者有其他关系可能影响公正调解的，申请调解员回避；
3. 陈述意见、提供证据，委托代理人参加调解；
4. 自本中心收到调解申请之日起十五日内未达成调解协议的，依法申请仲裁；
5. 达成调解协议后，一方当事人在协议约定期限内不履行的，另一方当事人可以依法申请仲裁；因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成的调解协议，用人单位在协议约定期限内不履行的，劳动者可以持调解协议书依法向人民法院申请支付令；
6. 双方当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。
@h1 二、当事人应当履行的义务
1. 如实陈述案件事实，提供真实的证据材料，不得伪造、隐匿证据；
2. 遵守调解秩序，尊重对方当事人和调解员；
3. 按时参加调解，不得无故拖延；
4. 自觉履行依法达成的调解协议。
本案由调解员{case.mediator}主持调解。以上告知内容，当事人已阅读并知悉。
@sign 申请人（签名）：|被申请人（盖章）：
@signature {org.centre}
@date {doc.date}
@court_date {doc.court_style|default:no}
