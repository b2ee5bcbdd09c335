"""A window on the small demo data set (the one tests/demo builds), on the demo's 'today'."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Officer
from desktop.auth import Actor
from tests.conftest import gui_context_for
from tests.demo.conftest import TODAY, demo_db  # noqa: F401  (fixture re-exported)


def demo_actor(database, username: str) -> Actor:
    with database.read() as session:
        officer = session.scalar(select(Officer).where(Officer.username == username))
        return Actor(officer.id, officer.display_name, officer.role)


@pytest.fixture
def demo_context(demo_db, preferences, qapp):  # noqa: F811
    def make(username: str = "director"):
        context = gui_context_for(demo_db, demo_actor(demo_db, username), preferences, qapp)
        context.services.due.today = lambda: TODAY
        return context

    return make
