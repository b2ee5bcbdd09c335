"""Property: for any names and numbers, the index finds exactly what LIKE '%text%' finds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.models import Worker
from db.models.search import SearchGram
from desktop import search

ALPHABET = "王李芳伟强张aB1X0%_"
TEXT = st.text(ALPHABET, min_size=1, max_size=6)


def like_ids(session, text: str) -> set[int]:
    pattern = search.contains_pattern(search.query_text(text))
    condition = func.lower(Worker.name).like(pattern, escape="\\") | func.lower(Worker.id_number).like(pattern, escape="\\")
    return set(session.scalars(select(Worker.id).where(condition)))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.tuples(TEXT, st.none() | TEXT), min_size=1, max_size=8),
       queries=st.lists(TEXT, min_size=1, max_size=6))
def test_index_search_equals_like_search(database, names, queries):
    with database.write(None) as session:
        for n, (name, code) in enumerate(names):
            session.add(Worker(name=name, id_number=f"{code}{n}" if code else None))
    try:
        with database.read() as session:
            for query in queries:
                if search.query_text(query):
                    assert set(session.scalars(search.matching("worker", query))) == like_ids(session, query), query
    finally:
        with database.write(None) as session:
            for worker in session.scalars(select(Worker)):
                session.delete(worker)
        with database.read() as session:
            assert session.scalar(select(func.count()).select_from(SearchGram)) == 0
