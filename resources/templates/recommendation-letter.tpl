; 工会劳动法律监督建议书 — third step, to the labour inspectorate or another department.
@version 4
@kind recommendation-letter
@format letter
@header {org.name}
@number {letter.number}
@title 工会劳动法律监督建议书
@addressee {letter.recipient}：
本会在劳动法律监督工作中发现，{letter.employer}（统一社会信用代码：{letter.employer_credit_code|default:未登记}）存在违反劳动法律法规的行为，涉及职工{letter.workers}人。{letter.facts}
@h1 一、监督经过
@for step in letter.history
{loop.index}. {step.text}
@end
@h1 二、存在的问题及法律依据
@for problem in letter.problems
@h2 （{loop.cn}）{problem.issue}
{problem.basis}
@end
@h1 三、建议事项
根据《中华人民共和国工会法》第二十三条、《中华人民共和国劳动法》第八十八条及中华全国总工会《工会劳动法律监督办法》的规定，本会建议：
@for request in letter.requests
{loop.index}. {request.text}
@end
请你单位自收到本建议书之日起{letter.deadline_span}内决定是否立案处理，并将处理情况书面告知本会；不予立案的，请书面说明理由。
特此建议。
@attachment 回执
@if letter.evidence
@for item in letter.evidence
@attachment {item.name}
@end
@end
@signature {org.name}
@date {letter.date}
@court_date {doc.court_style|default:no}
@note 联系人：{letter.contact}；联系电话：{letter.phone}
@if letter.copy_to
@copy_to {letter.copy_to}
@end
@reply 回　执
@table 3,7
@rows 1
| <c>单位名称 | {letter.recipient} |
| <c>文书编号 | {letter.number} |
| <c>收到日期 | 　　　　年　　月　　日 |
| <c>是否立案 | □ 已立案　　　□ 不予立案 |
@rows 5
| <c>处理情况\n或不予立案理由 | |
@rows 1
| <c>承办人及电话 | |
@rows 3
| <c>单位盖章 | <r>\n\n年　　月　　日 |
@end
@blank
@left 请将本回执送达或者寄回{org.name}（地址：{org.address}）。
@end
