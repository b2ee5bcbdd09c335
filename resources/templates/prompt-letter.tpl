; 工会劳动法律监督提示函 — first step of 一函两书, to the employer.
@version 4
@kind prompt-letter
@format letter
@header {org.name}
@number {letter.number}
@title 工会劳动法律监督提示函
@addressee {letter.recipient}：
根据《中华人民共和国工会法》第二十三条、《中华人民共和国劳动法》第八十八条、《中华人民共和国劳动合同法》第七十八条及中华全国总工会《工会劳动法律监督办法》的规定，工会依法对用人单位遵守劳动法律法规的情况进行监督。{letter.checked_on|cn_date}，本会{letter.source}，通过{letter.check_method|default:调查核实}了解到你单位存在以下情况：
{letter.facts}
@h1 一、存在的问题及法律依据
@for problem in letter.problems
@h2 （{loop.cn}）{problem.issue}
{problem.basis}
@end
@h1 二、整改要求
@for request in letter.requests
{loop.index}. {request.text}
@end
@h1 三、整改期限及回复
请你单位自收到本提示函之日起{letter.deadline_span}内（即{letter.deadline|cn_date}前）开展自查，依法完成整改，并将整改情况填写所附回执书面回复本会。逾期未整改或者未书面回复的，本会将依法向你单位发出工会劳动法律监督意见书，并可以提请有关部门依法处理。
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
| <c>整改情况 | |
@rows 1
| <c>联系人及电话 | |
@rows 2
| <c>单位负责人签字 | |
@rows 3
| <c>单位盖章 | <r>\n\n年　　月　　日 |
@end
@blank
@left 请于{letter.deadline|cn_date}前将本回执送达或者寄回{org.name}（地址：{org.address}）。
@end
