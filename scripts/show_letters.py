"""Open the window on a small made-up database, for screenshots of the 一函两书 chain view.

    uv run python scripts/screenshot.py out/letters.png --wait 30 -- python scripts/show_letters.py
    ... -- python scripts/show_letters.py matter   # the new-matter form over the page
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from db.engine import Database
from db.enums import DeliveryMethod, LetterKind, RectificationResult, Role
from db.migrate import upgrade
from db.models import Officer
from desktop.auth import Actor
from desktop.letters import Delivery, Figures, LetterServices, Reply
from tests.letters.helpers import Clock, add_employer, documents_for, matter_input, version

TODAY = date.today()


def officer(database: Database) -> Actor:
    with database.write(None) as session:
        row = Officer(username="wang", display_name="王调解", role=Role.MEDIATOR)
        session.add(row)
        session.flush()
        return Actor(row.id, row.display_name, row.role)


def sent(svc, clock, actor, letter_id, day):
    clock.day = day
    svc.signing.sign(actor, letter_id, version(svc, actor, letter_id), day)
    svc.delivery.deliver(actor, letter_id, version(svc, actor, letter_id), Delivery(DeliveryMethod.IN_PERSON, day))


def full_chain(database, svc, clock, actor) -> int:
    start = TODAY - timedelta(days=70)
    clock.day = start
    chain = svc.matters.create_matter(actor, matter_input(add_employer(database), found_on=start))
    prompt = chain.letters[0].id
    sent(svc, clock, actor, prompt, start + timedelta(days=1))
    clock.day = start + timedelta(days=20)
    svc.replies.mark_overdue(actor, prompt, version(svc, actor, prompt))
    opinion = svc.escalation.escalate(actor, prompt, version(svc, actor, prompt)).letters[1].id
    sent(svc, clock, actor, opinion, start + timedelta(days=22))
    clock.day = start + timedelta(days=40)
    reply = Reply(clock.day, "已补发部分工资，工伤保险正在办理", RectificationResult.PARTIAL,
                  Figures(Decimal("120000.00"), Decimal("0.00"), 0, 20))
    svc.replies.record_reply(actor, opinion, version(svc, actor, opinion), reply)
    recommendation = svc.escalation.escalate(actor, opinion, version(svc, actor, opinion)).letters[2].id
    sent(svc, clock, actor, recommendation, start + timedelta(days=45))
    clock.day = TODAY - timedelta(days=10)
    svc.department.department_case_opened(actor, recommendation, version(svc, actor, recommendation), clock.day)
    return recommendation


def others(database, svc, clock, actor) -> None:
    for name, street, days_ago in (("北京京北快递服务有限公司", "果园街道", 13), ("北京燕山物流有限公司", "十里堡镇", 30)):
        day = TODAY - timedelta(days=days_ago)
        clock.day = day
        letter_id = svc.matters.create_matter(actor, matter_input(add_employer(database, name, street), found_on=day),
                                      LetterKind.PROMPT).letters[0].id
        sent(svc, clock, actor, letter_id, day)


def main() -> int:
    from ui.app import make_application, make_context
    from ui.main_window import MainWindow
    from ui.qt import QSettings

    app = make_application()
    folder = Path(tempfile.mkdtemp())
    database = Database(f"sqlite:///{folder / 'demo.db'}")
    upgrade(database)
    actor = officer(database)
    clock = Clock(TODAY)
    svc = LetterServices(database, today=clock, documents=documents_for(database, clock))
    letter_id = full_chain(database, svc, clock, actor)
    others(database, svc, clock, actor)
    clock.day = TODAY
    window = MainWindow(make_context(database, actor, QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat)))
    page = window.show_area("一函两书")
    window.showMaximized()
    page.chain.show_matter(svc.queries.matter_of_letter(letter_id))
    if sys.argv[1:] == ["matter"]:
        page.new_matter()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
