"""The one search service: which records of a kind hold a piece of text, through the index.

Every list searches through here: ``matching(kind, text)`` is a select of the ids of the
records of ``kind`` (``db.search_kinds``: case, letter, claim, worker, unit, and what
new areas register) whose searchable fields contain ``text``, the same records as
``LIKE '%text%'`` on those fields (ASCII letters in any case), found in the index
``db.search_index`` keeps. Lists combine kinds themselves (a case matches through its
number, its applicants and its employer). ``row_condition(kind, text)`` is the same
search as a condition on the kind's own rows, for a broad search whose list walks its
own order and stops at a page of matches.

- 1 character: the grams starting with it (one range of the index's primary key);
- 2 characters: one key;
- 4 digits: one key (runs of digits are also indexed by their 4-digit pieces);
- longer: one piece drives and ``LIKE`` checks the records holding it: the last four
  digits of its last run of four or more digits (an ID fragment, a case number's
  sequence: about one record in a thousand holds a given 4-digit piece), else its last
  2-character piece. The last piece says most about what is being typed: a case number's or
  an ID number's ending (the common prefix 密工调〔2024〕 or a birth year would read most of
  the file), a given name rather than the surname.
"""

from __future__ import annotations

from sqlalchemy import Select, func, or_, select

from db.models.search import SearchGram
from db.search_index import SearchKind, digit_key, kind_named, normalize, stored_kind

G = SearchGram


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with % _ and \\ taken literally (escape '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def query_text(text: str) -> str:
    """What is searched for: the typed text without surrounding spaces, normalized."""
    return normalize(text.strip())


def matching(kind: str | SearchKind, text: str) -> Select:
    """Ids of the records of ``kind`` whose searchable fields contain ``text`` (not empty)."""
    kind = kind_named(kind) if isinstance(kind, str) else kind
    query = query_text(text)
    if not query:
        raise ValueError("empty search")
    grams = select(G.entity_id).where(G.kind == kind.name)
    if len(query) == 1:
        return grams.where(G.gram >= query, G.gram < chr(ord(query) + 1)).distinct()
    if len(query) == 2:
        return grams.where(G.gram == query)
    driver = digit_key(query) or query[-2:]
    by_driver = select(G.entity_id).where(G.kind == stored_kind(kind.name, driver), G.gram == driver)
    if driver == query:
        return by_driver
    return by_driver.join(kind.model, kind.model.id == G.entity_id).where(_like(kind, query))


def row_condition(kind: str | SearchKind, text: str):
    """The same search as a condition on the kind's rows (``LIKE`` on its fields)."""
    kind = kind_named(kind) if isinstance(kind, str) else kind
    return _like(kind, query_text(text))


def _like(kind: SearchKind, query: str):
    pattern = contains_pattern(query)
    return or_(*(func.lower(column).like(pattern, escape="\\") for column in kind.columns))

