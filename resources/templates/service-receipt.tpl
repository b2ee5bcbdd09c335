; 送达回证 — proof of service, the full ruled form.
@version 2
@kind service-receipt
@format form
@header {org.centre}
@title 送达回证
@number {case.number}
@table 3,4,2.4,2.6
| <c>送达机关 | <3>{org.centre} |
| <c>送达文书名称 | {service.document} | <c>份数 | <c>{service.copies|default:1}份 |
| <c>文书编号 | <3>{service.document_number} |
| <c>受送达人 | <3>{service.recipient} |
| <c>送达地址 | <3>{service.address|default:　} |
| <c>送达方式 | <3>{service.method} |
@rows 2
@if service.signed_on
| <c>受送达人\n签名或盖章 | <3r>\n{service.signed_on|cn_date} |
@else
| <c>受送达人\n签名或盖章 | <3r>\n　　　　年　　月　　日 |
@end
@rows 2
| <c>代收人及\n代收理由 | <3>{service.proxy|default:}　{service.proxy_reason|default:} |
| <c>拒收事由及\n见证人签名 | <3>{service.witness|default:} |
@rows 1
| <c>送达人 | {service.server} | <c>送达日期 | <c>年　月　日 |
| <c>备注 | <3>{service.remarks|default:} |
@end
@blank
@left 说明：受送达人本人不在的，可以交其同住成年家属或者所在单位负责收件的人代收，并注明代收理由；拒绝签收的，送达人可以邀请有关基层组织或者所在单位的代表到场见证，记明拒收事由和日期，将文书留在受送达人的住所，即视为送达。
