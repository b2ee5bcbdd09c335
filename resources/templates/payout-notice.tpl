; 职工互助保障理赔支付通知 — tells a member what was approved and paid.
@version 1
@kind payout-notice
@format letter
@header {org.name}
@number {claim.number}
@title 职工互助保障理赔支付通知书
@addressee {claim.name}：
你于{claim.applied_on|cn_date}提出的{claim.plan}互助保障金申请（{claim.event}），申请金额人民币{claim.amount_applied|money}元（大写：{claim.amount_applied|capitals}）。经审核，核定给付人民币{claim.amount_approved|money}元（大写：{claim.amount_approved|capitals}）。
@if claim.items
核定明细如下：
@for item in claim.items
{loop.index}. {item.name}：人民币{item.amount|money}元；
@end
@end
@if claim.basis
核定依据：{claim.basis}
@end
@if claim.paid_on
上述款项已于{claim.paid_on|cn_date}通过{claim.method}支付至你本人{claim.bank}账户（卡号{claim.account}），请注意查收。
@else
上述款项将通过{claim.method}支付至你本人{claim.bank}账户（卡号{claim.account}），请注意查收。
@end
如对核定结果有异议，可以自收到本通知之日起三十日内向本会书面提出复核申请。
特此通知。
@signature {org.name}
@date {doc.date}
@court_date {doc.court_style|default:no}
@note 所属单位：{claim.unit}；联系人：{org.contact}；联系电话：{org.phone}
