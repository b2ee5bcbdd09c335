"""Opens one trust screen on a throwaway database, for screenshots:

    uv run python scripts/screenshot.py out/signin.png --wait 15 -- python scripts/trust_screens.py signin
    WHAT: signin | firstrun | history | conflict | audit
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from datetime import date
from decimal import Decimal

from db.enums import CaseSource, CaseStatus, Role
from db.models import Employer, MediationCase, StateTransition
from desktop.auth.officers import OfficerService
from desktop.concurrency import ensure_version
from desktop.errors import ConflictError
from ui.app import make_application, make_context, open_database
from ui.qt import QSettings

LABELS = {"name": "单位名称", "contact_phone": "联系电话", "address": "地址"}


def _team(database):
    officers = OfficerService(database)
    admin = officers.create_first_admin("admin", "孙立新", "demo1234")
    ids = {Role.ADMIN: admin}
    for username, name, role in (("director", "张明", Role.DIRECTOR), ("wang", "王建国", Role.MEDIATOR),
                                 ("zhao", "赵丽", Role.CLERK), ("qian", "钱审计", Role.AUDITOR)):
        officer_id = officers.create(admin, username, name, role, "demo1234")
        from desktop.auth import Actor

        ids[role] = Actor(officer_id, name, role)
    return ids


def _case_story(database, team) -> tuple[int, int]:
    with database.write(team[Role.CLERK]) as session:
        employer = Employer(name="北京密云建工集团有限公司", contact_phone="010-69041111", address="密云区新南路 8 号")
        session.add(employer)
        session.flush()
        case = MediationCase(number="密工调〔2026〕118号", source=CaseSource.WALK_IN, received_on=date(2026, 11, 16),
                             respondent_id=employer.id, requests="支付拖欠工资 26,400 元",
                             amount_claimed=Decimal("26400.00"), workers_involved=3)
        session.add(case)
        session.flush()
        ids = case.id, employer.id
    _move(database, team[Role.MEDIATOR], ids[0], CaseStatus.UNDER_REVIEW, None, {"facts": "申请人称 2026 年 8-10 月工资未发"})
    _move(database, team[Role.DIRECTOR], ids[0], CaseStatus.ACCEPTED, "材料齐全，予以受理", {"accepted_on": date(2026, 11, 18)})
    _move(database, team[Role.MEDIATOR], ids[0], CaseStatus.IN_MEDIATION, None, {"amount_claimed": Decimal("24800.00")})
    return ids


def _move(database, actor, case_id, target, reason, changes) -> None:
    with database.write(actor) as session:
        case = session.get(MediationCase, case_id)
        session.add(StateTransition(entity_type="mediation_case", entity_id=case_id, from_state=case.status.value,
                                    to_state=target.value, officer_id=actor.officer_id, reason=reason))
        case.status = target
        for key, value in changes.items():
            setattr(case, key, value)


def _conflict_text(database, team, employer_id) -> str:
    with database.read() as session:
        row = session.get(Employer, employer_id)
        version, shown = row.version, {k: getattr(row, k) for k in LABELS}
    with database.write(team[Role.DIRECTOR]) as session:
        row = session.get(Employer, employer_id)
        row.contact_phone, row.address = "010-69045678", "密云区鼓楼东大街 3 号"
    try:
        with database.write(team[Role.MEDIATOR]) as session:
            ensure_version(session, session.get(Employer, employer_id), version, shown, LABELS)
    except ConflictError as error:
        return str(error)
    return "（没有冲突）"


def main(what: str) -> int:
    app = make_application()
    folder = Path(tempfile.mkdtemp(prefix="uniondesk-screens-"))
    database = open_database(f"sqlite:///{folder / 'screens.db'}")
    if what == "firstrun":
        from ui.signin import FirstRunDialog

        dialog = FirstRunDialog(OfficerService(database))
        dialog.display_name.setText("孙立新")
        dialog.show()
        return app.exec()
    team = _team(database)
    if what == "signin":
        from ui.signin import SignInDialog

        dialog = SignInDialog(database)
        dialog.username.setText("wang")
        dialog.password.setText("wrong")
        dialog._submit()
        dialog.show()
        return app.exec()
    case_id, employer_id = _case_story(database, team)
    who = team[Role.AUDITOR] if what == "audit" else team[Role.MEDIATOR]
    context = make_context(database, who, QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat))
    from ui.main_window import MainWindow

    window = MainWindow(context)
    window.show()
    if what == "history":
        from ui.widgets.history import HistoryDialog

        HistoryDialog(context, "mediation_case", case_id, window, label="密工调〔2026〕118号").show()
    elif what == "conflict":
        from ui.qt import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "无法完成操作", _conflict_text(database, team, employer_id), parent=window)
        box.show()
    elif what == "audit":
        page = window.show_area("用户与审计")
        page.setCurrentWidget(page.tabs["审计记录"])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
