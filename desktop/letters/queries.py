"""Reading letters: one matter's chain, the filtered letter list, and what needs action."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Select, and_, func, or_, select

from db.enums import LetterStatus as S
from db.enums import LetterKind
from db.models import Employer, MediationCase, SupervisionLetter, SupervisionMatter
from desktop import search
from desktop.number_text import normalise_number
from desktop.auth import Actor, Permission, require
from desktop.calendar import calendar_of
from desktop.errors import NotFound
from desktop.letters.base import LetterServiceBase, get_matter
from desktop.letters.chain import addressee, build_chain
from desktop.letters.flow import AWAITING, UNRESOLVED
from desktop.letters.views import ChainView, LetterFilter, LetterRow

NEAR_DAYS = 3


class LetterQueries(LetterServiceBase):
    def chain(self, actor: Actor, matter_id: int) -> ChainView:
        require(actor, Permission.VIEW)
        with self.database.read() as session:
            return build_chain(session, get_matter(session, matter_id), actor, self.today())

    def matter_of_letter(self, letter_id: int) -> int:
        with self.database.read() as session:
            return session.scalar(select(SupervisionLetter.matter_id).where(SupervisionLetter.id == letter_id))

    def letters_for_case(self, case_id: int) -> tuple[tuple[int, str | None, LetterKind, str], ...]:
        """(letter id, number, kind, status label) of every letter of matters linked to the case."""
        with self.database.read() as session:
            rows = session.execute(
                select(SupervisionLetter.id, SupervisionLetter.number, SupervisionLetter.kind, SupervisionLetter.status)
                .join(SupervisionMatter).where(SupervisionMatter.case_id == case_id).order_by(SupervisionLetter.id)
            ).all()
        return tuple((r.id, r.number, r.kind, r.status.label) for r in rows)

    def find_case(self, number: str) -> int:
        """The id of the mediation case with this number (e.g. 密工调〔2024〕12号)."""
        with self.database.read() as session:
            number = normalise_number(number)
            case_id = session.scalar(select(MediationCase.id).where(MediationCase.number == number))
        if case_id is None:
            raise NotFound(f"没有案号为「{number}」的调解案件，请核对后重新输入。")
        return case_id

    def letter_source(self, letter_filter: LetterFilter):
        """A paged source of the filtered letters for the window's lazy table."""
        from desktop.letters.listing import letter_source

        return letter_source(self.database, letter_filter, self.today())

    def count_letters(self, letter_filter: LetterFilter) -> int:
        with self.database.read() as session:
            return session.scalar(filtered(select(func.count(SupervisionLetter.id)), letter_filter))

    def list_letters(self, letter_filter: LetterFilter, offset: int = 0, limit: int = 200) -> list[LetterRow]:
        statement = filtered(select(SupervisionLetter), letter_filter)
        statement = statement.order_by(SupervisionLetter.id.desc()).offset(offset).limit(limit)
        with self.database.read() as session:
            return [_row(letter) for letter in session.scalars(statement)]

    def needs_action(self, letter_filter: LetterFilter = LetterFilter(), near_days: int = NEAR_DAYS) -> list[LetterRow]:
        """Letters whose deadline is near or past with no reply, and those waiting to be escalated or closed."""
        today = self.today()
        due = and_(SupervisionLetter.status.in_(AWAITING), SupervisionLetter.deadline_on <= today + timedelta(near_days))
        statement = filtered(select(SupervisionLetter), letter_filter).where(
            or_(due, SupervisionLetter.status.in_(UNRESOLVED)))
        with self.database.read() as session:
            letters = session.scalars(statement.order_by(SupervisionLetter.deadline_on, SupervisionLetter.id)).all()
            calendar = calendar_of(session)
            return [_row(letter, _note(letter, today) + _calendar_flag(letter, calendar)) for letter in letters]


def filtered(statement: Select, f: LetterFilter) -> Select:
    statement = statement.join(Employer, Employer.id == SupervisionLetter.employer_id)
    if f.employer.strip():  # any part of the unit's name or credit code, or of the letter's number
        text = normalise_number(f.employer)
        statement = statement.where(or_(SupervisionLetter.employer_id.in_(search.matching("unit", text)),
                                        SupervisionLetter.id.in_(search.matching("letter", text))))
    if f.street.strip():
        statement = statement.where(Employer.street == f.street.strip())
    if f.kind is not None:
        statement = statement.where(SupervisionLetter.kind == f.kind)
    if f.status is not None:
        statement = statement.where(SupervisionLetter.status == f.status)
    if f.matter_id is not None:
        statement = statement.where(SupervisionLetter.matter_id == f.matter_id)
    if f.year is not None:
        statement = statement.where(_in_year(f.year))
    return statement


def _in_year(year: int):
    issued = SupervisionLetter.issued_on.between(date(year, 1, 1), date(year, 12, 31))
    created = and_(SupervisionLetter.issued_on.is_(None),
                   SupervisionLetter.created_at >= datetime(year, 1, 1, tzinfo=UTC),
                   SupervisionLetter.created_at < datetime(year + 1, 1, 1, tzinfo=UTC))
    return or_(issued, created)


def _row(letter: SupervisionLetter, note: str = "") -> LetterRow:
    return LetterRow(
        letter.id, letter.matter_id, letter.number, letter.kind, letter.status, letter.employer.name,
        letter.employer.street, addressee(letter), letter.issued_on, letter.deadline_on, letter.reply_on,
        letter.result, note,
    )


def _calendar_flag(letter: SupervisionLetter, calendar) -> str:
    """Flag a deadline counted on plain weekends because its year's arrangement is not entered."""
    if letter.status in AWAITING and letter.deadline_on and not calendar.covers(letter.deadline_on.year):
        return f"（{letter.deadline_on.year}年节假日安排未录入，请在 设置 → 节假日安排 中补录）"
    return ""


def _note(letter: SupervisionLetter, today: date) -> str:
    if letter.status in UNRESOLVED:
        return f"{letter.status.label}，待决定升级或办结"
    days = (letter.deadline_on - today).days
    waiting = "部门答复" if letter.status is S.AWAITING_DEPARTMENT else "单位回复"
    if days < 0:
        return f"已逾期 {-days} 天，未收到{waiting}"
    return "今天到期" if days == 0 else f"{days} 天后到期，尚未收到{waiting}"
