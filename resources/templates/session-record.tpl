; 调解笔录 / 调查笔录 — the record of one session: who attended, what each side said, and the signatures.
@version 1
@kind session-record
@format form
@header {org.centre}
@number {case.number}
@title {record.title}
@table 3,5.4,2.4,3.2
| <c>案由 | <3>{case.applicant.name}与{case.respondent.name}{case.categories}劳动争议 |
| <c>时间 | {record.date|cn_date} | <c>方式 | <c>{record.mode} |
| <c>地点 | <3>{record.place} |
| <c>参加人员 | <3>{record.attendees} |
| <c>调解员 | {record.mediator|default:} | <c>记录人 | <c>{record.recorder|default:} |
@end
@blank
@left 调解员：本中心依法对本案进行调解。调解前已向双方当事人告知权利义务，双方均表示知悉，不申请调解员回避。
@h1 一、申请人陈述
@for paragraph in record.applicant
{paragraph.text}
@end
@h1 二、被申请人陈述
@for paragraph in record.respondent
{paragraph.text}
@end
@if record.proposal
@h1 三、调解方案
@for paragraph in record.proposal
{paragraph.text}
@end
@end
@if record.narrative
@h1 四、调解经过
@for paragraph in record.narrative
{paragraph.text}
@end
@end
@left 以上笔录经当事人阅读（或向其宣读），确认无误。
@sign 申请人：|被申请人：|调解员：|记录人：
