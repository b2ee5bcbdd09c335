import pytest
from sqlalchemy import select

from db.enums import CaseSource, CaseStatus, Role
from db.models import Employer, MediationCase, StateTransition
from desktop.concurrency import ensure_version
from desktop.errors import ConflictError, TransitionError, ValidationError
from desktop.workflow import Workflow

pytestmark = pytest.mark.db

FLOW = Workflow(
    "mediation_case",
    {CaseStatus.DRAFT: frozenset({CaseStatus.UNDER_REVIEW}),
     CaseStatus.UNDER_REVIEW: frozenset({CaseStatus.ACCEPTED, CaseStatus.REJECTED})},
    needs_reason=frozenset({CaseStatus.REJECTED}),
)


def make_case(database):
    from datetime import date

    with database.write(None) as session:
        employer = Employer(name="某公司")
        case = MediationCase(source=CaseSource.WALK_IN, received_on=date(2024, 3, 1), respondent=employer)
        session.add(case)
        session.flush()
        return case.id


def test_allowed_move_is_recorded_and_refused_move_names_options(database, actors):
    case_id = make_case(database)
    mediator = actors[Role.MEDIATOR]
    with database.write(mediator) as session:
        FLOW.move(session, session.get(MediationCase, case_id), CaseStatus.UNDER_REVIEW, mediator)
    with pytest.raises(TransitionError, match="不能转为「归档」。可进行：") as info:
        with database.write(mediator) as session:
            FLOW.move(session, session.get(MediationCase, case_id), CaseStatus.ARCHIVED, mediator)
    assert "受理" in str(info.value) and "不予受理" in str(info.value)
    with pytest.raises(ValidationError, match="原因"):
        with database.write(mediator) as session:
            FLOW.move(session, session.get(MediationCase, case_id), CaseStatus.REJECTED, mediator, " ")
    with database.read() as session:
        rows = session.scalars(select(StateTransition)).all()
    assert [(r.from_state, r.to_state, r.officer_id) for r in rows] == [("DRAFT", "UNDER_REVIEW", mediator.officer_id)]


def test_stale_save_names_what_the_other_changed(database, actors):
    case_id = make_case(database)
    with database.read() as session:
        shown = session.get(MediationCase, case_id)
        version, facts = shown.version, shown.facts
    with database.write(actors[Role.DIRECTOR]) as session:
        session.get(MediationCase, case_id).facts = "拖欠三个月工资"
    with pytest.raises(ConflictError) as info:
        with database.write(actors[Role.MEDIATOR]) as session:
            record = session.get(MediationCase, case_id)
            ensure_version(session, record, version, {"facts": facts}, {"facts": "事实与理由"})
    message = str(info.value)
    assert "「李主任」" in message and "事实与理由：（空） → 拖欠三个月工资" in message
