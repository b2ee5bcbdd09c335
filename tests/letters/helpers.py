"""Building blocks for the letters tests: an employer, a clock, a filled-in matter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from db.enums import IssueCategory, MatterSource
from db.models import Employer
from desktop.letters import LetterContent, LetterServices, MatterInput, ProblemInput


class Clock:
    def __init__(self, today: date) -> None:
        self.day = today

    def __call__(self) -> date:
        return self.day


PROBLEMS = (
    ProblemInput("未为 32 名快递员缴纳工伤保险", "《工伤保险条例》第二条、第十条", "立即为全部快递员办理工伤保险参保登记"),
    ProblemInput("拖欠 2024 年 6-7 月工资 186,000.00 元", "《劳动法》第五十条", "于期限内足额支付所欠工资"),
)


def add_employer(database, name="北京顺达速递有限公司", street="鼓楼街道") -> int:
    with database.write(None) as session:
        employer = Employer(name=name, street=street, industry="快递物流", address="密云区滨河路 8 号")
        session.add(employer)
        session.flush()
        return employer.id


def matter_input(employer_id: int, **changes) -> MatterInput:
    values = dict(
        employer_id=employer_id, source=MatterSource.COMPLAINT, found_on=date(2024, 9, 10),
        facts="经职工投诉并现场核查，该单位未为快递员缴纳工伤保险，并拖欠两个月工资。", check_method="现场检查、查阅工资台账",
        workers_affected=32, amount_involved=Decimal("186000.00"),
        letter=LetterContent(categories=(IssueCategory.SOCIAL_INSURANCE, IssueCategory.PAY), problems=PROBLEMS,
                             copy_to="密云区人民检察院"),
    )
    values.update(changes)
    return MatterInput(**values)


def service(database, today=date(2024, 9, 20)) -> tuple[LetterServices, Clock]:
    """The letters service as the window has it: 签发 issues the letter's PDF at once."""
    clock = Clock(today)
    return LetterServices(database, today=clock, documents=documents_for(database, clock)), clock


def documents_for(database, clock):
    import tempfile

    from desktop.issuing.service import DocumentService

    return DocumentService(database, Path(tempfile.mkdtemp(prefix="letters-docs-")), today=clock)


def version(svc: LetterServices, actor, letter_id: int) -> int:
    matter_id = svc.queries.matter_of_letter(letter_id)
    return svc.queries.chain(actor, matter_id).letter(letter_id).version
