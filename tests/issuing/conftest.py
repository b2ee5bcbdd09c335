import pytest

from db.enums import Role
from desktop.bootstrap import bootstrap
from desktop.issuing.service import DocumentService
from desktop.issuing.templates_store import TemplateStore


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
