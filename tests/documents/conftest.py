import pytest

from tests.documents.samples import install_capitals


@pytest.fixture(autouse=True)
def capitals():
    install_capitals()
    yield
