"""Open the window on a small made-up database, for screenshots of the case screens.

    uv run python scripts/screenshot.py out/list.png --wait 4 -- python scripts/show_cases.py list
    ... -- python scripts/show_cases.py intake   # the intake form, parties tab, employer chosen
    ... -- python scripts/show_cases.py case     # a case window
    ... -- python scripts/show_cases.py amend    # correcting a registered case (更正登记信息)
    ... -- python scripts/show_cases.py party    # correcting an applicant's own details
    ... -- python scripts/show_cases.py list sqlite:////tmp/demo.db   # an existing database (e.g. from `demo`)
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from db.engine import Database
from db.enums import CaseSource, DisputeCategory, Role
from db.migrate import upgrade
from db.models import Officer
from desktop.auth import Actor
from desktop.cases.forms import ClaimInput, EmployerInput, IntakeForm, WorkerInput
from desktop.cases.services import CaseServices
from desktop.validation import make_credit_code, make_id_number

NAMES = ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴秀英", "徐明", "孙丽"]
EMPLOYERS = ["北京云岭建筑工程有限公司", "北京密云百货商场有限公司", "北京燕山物流有限公司", "密云区老王饭馆",
             "北京京北快递服务有限公司", "北京溪翁庄保洁服务有限公司"]


def fill(services: CaseServices, actor: Actor) -> None:
    today = date.today()
    for i in range(40):
        name = NAMES[i % len(NAMES)]
        form = IntakeForm(
            source=list(CaseSource)[i % 3], received_on=today - timedelta(days=i % 20),
            applicants=(WorkerInput(name=name, id_number=make_id_number("110228", date(1985, 1, 1 + i % 27), i),
                                    phone="13800138000"),),
            employer=EmployerInput(name=EMPLOYERS[i % len(EMPLOYERS)],
                                   credit_code=make_credit_code(f"91110228MA{i % len(EMPLOYERS):07d}"), street="鼓楼街道"),
            categories=(DisputeCategory.UNPAID_WAGES,), claims=(ClaimInput("拖欠工资", str(3000 + 250 * i)),),
            facts="拖欠工资。")
        case_id = services.intake.register(actor, form)
        if i % 4:
            services.review.submit(actor, case_id, version=services.queries.detail(case_id).version)
        if i % 4 > 1:
            services.review.accept(actor, case_id, form.received_on, version=services.queries.detail(case_id).version)


def main() -> int:
    what = sys.argv[1] if len(sys.argv) > 1 else "list"
    folder = Path(tempfile.mkdtemp())
    existing = sys.argv[2] if len(sys.argv) > 2 and "://" in sys.argv[2] else None
    database = Database(existing or f"sqlite:///{folder / 'show.db'}")
    if existing:
        actor = Actor(None, "演示", Role.DIRECTOR)
    else:
        upgrade(database)
        with database.write(None) as session:
            officer = Officer(username="wang", display_name="王调解", role=Role.DIRECTOR)
            session.add(officer)
            session.flush()
            actor = Actor(officer.id, officer.display_name, Role.DIRECTOR)
        fill(CaseServices(database), actor)

    from ui.app import make_application, make_context
    from ui.main_window import MainWindow
    from ui.qt import QSettings

    app = make_application()
    prefs = QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat)
    window = MainWindow(make_context(database, actor, prefs))
    window.showMaximized()
    page = window.show_area("调解案件")
    if what == "intake":
        dialog = page.open_intake()
        dialog.tabs.setCurrentIndex(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
        dialog.employer.search.setText("云岭")
        dialog.employer.search.run_search()
        dialog.employer.search.choose(0)
        dialog.applicants.search.setFocus()
        dialog.applicants.search.setText("王芳")
        dialog.applicants.search.run_search()
    elif what == "amend":  # correcting case 3 (accepted), on its parties tab
        case_window = page.open_case(3)
        dialog = case_window.run("amend")
        dialog.tabs.setCurrentIndex(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
        dialog.reason.setText("请求金额录入错误")
    elif what == "party":  # correcting case 3's applicant
        case_window = page.open_case(3)
        case_window.tabs.setCurrentIndex(1)
        case_window.run("edit_worker").inputs["reason"].setText("身份证号录入错误")
    elif what == "case":
        window = page.open_case(int(sys.argv[3]) if len(sys.argv) > 3 else 3)
        window.tabs.setCurrentIndex(int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
