; 回访记录 — every follow-up visit of a closed file: when, how, who visited, the party's satisfaction and what was found.
@version 1
@kind follow-up-record
@format form
@header {org.centre}
@number {case.number}
@title 回访记录
@table 2.6,5,2.4,4
| <c>案由 | <3>{case.applicant.name}与{case.respondent.name}{case.categories}劳动争议 |
| <c>调解员 | {case.mediator|default:} | <c>结案日期 | <c>{visits.closed_on|cn_date} |
@end
@blank
@for visit in visits.rows
@h1 {visit.date|cn_date}　{visit.method}回访
回访人：{visit.officer}；当事人满意度：{visit.satisfaction}。
{visit.result}
@end
@sign 回访人：|被回访人：
