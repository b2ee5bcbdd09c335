; 工会劳动法律监督意见书 — second step, when the prompt letter had no effect.
@version 4
@kind opinion-letter
@format letter
@header {org.name}
@number {letter.number}
@title 工会劳动法律监督意见书
@addressee {letter.recipient}：
@if letter.previous_number
本会于此前向你单位发出《工会劳动法律监督提示函》（{letter.previous_number}），提示你单位对存在的问题开展自查整改。截至目前，你单位未按要求完成整改并书面回复。
@end
{letter.checked_on|cn_date}，本会通过{letter.check_method|default:调查核实}查明：{letter.facts}
根据《中华人民共和国工会法》第二十三条、《中华人民共和国劳动合同法》第七十八条及中华全国总工会《工会劳动法律监督办法》的规定，本会提出如下意见：
@h1 一、存在的问题及法律依据
@for problem in letter.problems
@h2 （{loop.cn}）{problem.issue}
{problem.basis}
@end
@h1 二、整改意见
@for request in letter.requests
{loop.index}. {request.text}
@end
@h1 三、书面回复
请你单位自收到本意见书之日起{letter.deadline_span}内（即{letter.deadline|cn_date}前）将整改措施和整改结果书面回复本会。逾期不回复或者拒不整改的，本会将依法向劳动保障行政部门等有关部门发出工会劳动法律监督建议书，提请依法处理，并可以将有关情况通报人民检察院。
特此函告。
@attachment 回执
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
@rows 5
| <c>整改措施\n及结果 | |
@rows 1
| <c>联系人及电话 | |
@rows 2
| <c>单位负责人签字 | |
@rows 3
| <c>单位盖章 | <r>\n\n年　　月　　日 |
@end
@blank
@left 请于{letter.deadline|cn_date}前将本回执及整改材料送达或者寄回{org.name}（地址：{org.address}）。
@end
