import pytest

from db.enums import Role
from desktop.bootstrap import bootstrap
from desktop.issuing.owners import CASE, CLAIM
from desktop.issuing.service import DocumentService, OwnerRef
from desktop.issuing.templates_store import TemplateStore
from tests.issuing import records


@pytest.fixture(autouse=True)
def capitals():
    bootstrap()
    yield


@pytest.fixture
def files_dir(tmp_path):
    return tmp_path / "files"


@pytest.fixture
def service(database, files_dir):
    return DocumentService(database, files_dir)


@pytest.fixture
def templates(database):
    return TemplateStore(database)


@pytest.fixture
def mediator(actors):
    return actors[Role.MEDIATOR]


@pytest.fixture
def owners(gui_context, sqlite_actors):
    """A case in mediation and an approved claim, in the window's database."""
    with gui_context.database.write(None) as session:
        case = records.accepted_case(session, sqlite_actors[Role.MEDIATOR].officer_id)
        claim = records.approved_claim(session)
        return OwnerRef(CASE, case.id), OwnerRef(CLAIM, claim.id)


@pytest.fixture
def issued(gui_context, owners):
    """The case's 受理通知书 and the claim's 支付通知, issued from the window's context."""
    from ui.documents.common import document_service

    service = document_service(gui_context)
    return [service.issue(gui_context.actor, "acceptance", owners[0]),
            service.issue(gui_context.actor, "payout-notice", owners[1])]
