"""Preview of who an import finds on file and who it creates: workers, employers, numbers.

One identity per ID number and per credit code: a worker or employer already in the
database (or earlier in the same file) is matched, never created twice. The actual
rows are made later by ``desktop.parties.find_or_create_*`` in the import's unit of work.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Employer, Officer, Worker
from desktop.parties import WorkerInput, clean_worker
from desktop.validation import mask_id_number, parse_id_number

from .checks import RowChecker, split_list
from .numbers import chunked
from .plan import PlanEntry


class PartyBook:
    def __init__(self, session: Session, entries: list[PlanEntry]) -> None:
        self.session = session
        self.entries = entries
        self._workers: dict[str, str] = {}
        self._on_file: dict[str, str] = {}
        self._employers: set[str] = set()

    def prefetch(self, id_cells) -> None:
        """Look up the names of every ID number in the file at once (cells may list several)."""
        numbers = {part.upper() for cell in id_cells if cell for part in split_list(cell)}
        for chunk in chunked(numbers):
            self._on_file.update(self.session.execute(
                select(Worker.id_number, Worker.name).where(Worker.id_number.in_(chunk))).all())

    def worker(self, check: RowChecker, column: str, name: str, id_number: str | None) -> None:
        """Note the worker; an ID number already known under another name is an error."""
        if id_number is None:
            self.entries.append(PlanEntry(check.number, "新建", "职工", f"{name}（无身份证号）"))
            return
        known = self._workers.get(id_number)
        if known is None:
            known = self._on_file.get(id_number)
            label = f"{name}（{mask_id_number(id_number)}）"
            self.entries.append(PlanEntry(check.number, "匹配" if known else "新建", "职工", label))
            known = self._workers[id_number] = known or name
        if known != name:
            check.error(column, f"身份证号 {mask_id_number(id_number)} 已登记为「{known}」，与本行姓名「{name}」不一致")

    def employer(self, check: RowChecker, column: str, name: str, code: str | None) -> None:
        key = code or name
        if key in self._employers:
            return
        self._employers.add(key)
        match = Employer.credit_code == code if code else Employer.name == name
        found = self.session.scalar(select(Employer.name).where(match).limit(1))
        label = f"{name}（{code or '无信用代码'}）"
        self.entries.append(PlanEntry(check.number, "匹配" if found else "新建", "单位", label))
        if found and found != name:
            check.info(column, f"该信用代码已登记为「{found}」，将使用已登记的单位")


def officers_by_name(session: Session) -> dict[str, int]:
    return {name: id_ for id_, name in session.execute(select(Officer.id, Officer.display_name))}


def resolve_workers(session: Session, people: list[WorkerInput]) -> dict[str, Worker]:
    """Workers by ID number: those on file matched, the others created, in a few statements."""
    wanted = {p.id_number: p for p in people}
    found: dict[str, Worker] = {}
    for chunk in chunked(wanted):
        found.update((w.id_number, w) for w in session.scalars(select(Worker).where(Worker.id_number.in_(chunk))))
    new = [_new_worker(p) for number, p in wanted.items() if number not in found]
    session.add_all(new)
    session.flush()
    found.update((w.id_number, w) for w in new)
    return found


def _new_worker(person: WorkerInput) -> Worker:
    data = clean_worker(person)
    return Worker(**data.columns(), birth_date=parse_id_number(data.id_number).birth_date)
