from __future__ import annotations

import pytest

from db.enums import Role
from desktop.cases.services import CaseServices


@pytest.fixture
def services(database):
    return CaseServices(database)


@pytest.fixture
def mediator(actors):
    return actors[Role.MEDIATOR]


@pytest.fixture
def director(actors):
    return actors[Role.DIRECTOR]
