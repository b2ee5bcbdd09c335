"""Officers, employers and workers: one identity each, valid ID numbers and credit codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from random import Random

from sqlalchemy import select

from db.enums import Gender, Role
from db.models import Employer, Officer, Worker
from db.sortkeys import pinyin_key
from desktop.auth.passwords import hash_password
from desktop.demo import identity, vocab
from desktop.demo.bulk import BulkWriter, moment
from desktop.demo.weighted import pick

DEMO_PASSWORD = "demo1234"
OFFICERS = (
    ("admin", "孙立新", Role.ADMIN), ("director", "张明", Role.DIRECTOR),
    ("mediator1", "王建国", Role.MEDIATOR), ("mediator2", "李秀兰", Role.MEDIATOR),
    ("mediator3", "陈卫东", Role.MEDIATOR), ("clerk", "赵晓燕", Role.CLERK), ("auditor", "钱志刚", Role.AUDITOR),
)


@dataclass
class Staff:
    """Officer ids by job, taken from the database or created."""

    director: int
    mediators: list[int]
    clerk: int
    names: dict[int, str] = field(default_factory=dict)
    created: int = 0


@dataclass(frozen=True)
class Firm:
    id: int
    name: str
    business: int
    street: str
    credit_code: str
    legal_representative: str


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    male: bool
    employer_id: int | None
    unit_name: str | None
    card_no: str | None


def ensure_staff(writer: BulkWriter, start: date) -> Staff:
    """Use the officers already there; create the demo team only if there are none."""
    query = select(Officer.id, Officer.role, Officer.display_name).order_by(Officer.id)
    rows = [tuple(r) for r in writer.connection.execute(query)]
    created = 0
    if not rows:
        rows, created = _create_officers(writer, start), len(OFFICERS)
    by_role: dict[Role, list[int]] = {}
    for officer_id, role, _ in rows:
        by_role.setdefault(Role(role), []).append(officer_id)
    anyone = rows[0][0]
    director = (by_role.get(Role.DIRECTOR) or by_role.get(Role.ADMIN) or [anyone])[0]
    mediators = by_role.get(Role.MEDIATOR) or [director]
    clerk = (by_role.get(Role.CLERK) or [director])[0]
    return Staff(director, mediators, clerk, {r[0]: r[2] for r in rows}, created)


def _create_officers(writer: BulkWriter, start: date) -> list[tuple[int, Role, str]]:
    password = hash_password(DEMO_PASSWORD)  # slow on purpose: computed once, shared
    rows = []
    for username, name, role in OFFICERS:
        officer_id = writer.next_id("officer")
        writer.add("officer", {
            "id": officer_id, "username": username, "display_name": name, "role": role,
            "password_hash": password, "must_change_password": False, "active": True,
            "version": 1, "created_at": moment(start), "updated_at": moment(start),
        })
        rows.append((officer_id, role, name))
    return rows


@dataclass
class Directory:
    """Creates employers and workers, keeping ID numbers and credit codes unique."""

    writer: BulkWriter
    rng: Random
    start: date
    firms: list[Firm] = field(default_factory=list)
    _ids: set[str] = field(default_factory=set)
    _codes: set[str] = field(default_factory=set)
    _cum_weights: list[float] = field(default_factory=list)

    def load_existing(self) -> None:
        conn = self.writer.connection
        self._ids.update(n for n in conn.scalars(select(Worker.id_number)) if n)
        self._codes.update(c for c in conn.scalars(select(Employer.credit_code)) if c)

    def add_firms(self, count: int) -> None:
        total = 0.0
        for _ in range(count):
            self.firms.append(self._new_firm())
            total += 1.0 / (len(self.firms) ** 0.6)  # a few employers have many disputes
            self._cum_weights.append(total)

    def pick_firm(self) -> Firm:
        return self.rng.choices(self.firms, cum_weights=self._cum_weights)[0]

    def _new_firm(self) -> Firm:
        rng = self.rng
        name, business = vocab.employer_name(rng)
        street = pick(rng, vocab.STREETS)
        code = self._unique(self._codes, lambda: identity.credit_code(rng))
        boss = vocab.person_name(rng, male=rng.random() < 0.75)
        firm = Firm(self.writer.next_id("employer"), name, business, street, code, boss)
        contact = vocab.person_name(rng, male=rng.random() < 0.4)
        phone = identity.landline(rng) if rng.random() < 0.4 else identity.mobile(rng)
        when = moment(self.start)
        self.writer.add("employer", {
            "id": firm.id, "name": name, "credit_code": code, "address": vocab.address(rng, street),
            "legal_representative": boss, "contact_name": contact, "contact_phone": phone,
            "industry": vocab.BUSINESSES[business][1], "street": street, "name_sort": pinyin_key(name),
            "version": 1, "created_at": when, "updated_at": when,
        })
        return firm

    def new_worker(self, firm: Firm | None, on: date, *, member: bool) -> Person:
        rng = self.rng
        male = rng.random() < 0.6
        name = vocab.person_name(rng, male=male)
        id_number, born = self._unique_id(male)
        card = identity.member_card(rng) if member else None
        person = Person(self.writer.next_id("worker"), name, male, firm.id if firm else None,
                        firm.name if firm else None, card)
        street = firm.street if firm else pick(rng, vocab.STREETS)
        self.writer.add("worker", {
            "id": person.id, "name": name, "id_number": id_number, "birth_date": born,
            "gender": Gender.MALE if male else Gender.FEMALE, "phone": identity.mobile(rng),
            "address": vocab.home_address(rng, street), "is_member": member, "member_card_no": card,
            "employer_id": person.employer_id, "unit_name": person.unit_name,
            "version": 1, "created_at": moment(on, 5), "updated_at": moment(on, 5),
        })
        return person

    def _unique_id(self, male: bool) -> tuple[str, date]:
        while True:
            number, born = identity.id_number(self.rng, male=male)
            if number not in self._ids:
                self._ids.add(number)
                return number, born

    @staticmethod
    def _unique(seen: set[str], make) -> str:
        while True:
            value = make()
            if value not in seen:
                seen.add(value)
                return value
