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
- longer: the records holding its last, first and middle 2-character pieces (at most
  three keys, intersected: each key's ids come sorted from the primary key, so the
  intersection is a merge), then ``LIKE`` checks those few. One piece alone is not
  enough for digits: any 2-digit piece of an ID number is held by a sixth of all ID
  numbers, while three pieces together leave a handful; the last piece says most about
  what is being typed (a number's ending, a given name), the first and middle ones
  cut what it leaves.
"""

from __future__ import annotations

from sqlalchemy import Select, func, intersect, or_, select

from db.models.search import SearchGram
from db.search_index import SearchKind, kind_named, normalize

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
    held = intersect(*(grams.where(G.gram == piece) for piece in driving_pieces(query))).subquery()
    model = kind.model
    return select(model.id).where(model.id.in_(select(held.c.entity_id)), _like(kind, query))


def driving_pieces(query: str) -> tuple[str, ...]:
    """The 2-character pieces of a 3-or-more-character ``query`` looked up in the index:
    its last, its first and one from the middle (distinct, at most three)."""
    last, middle = len(query) - 2, (len(query) - 2) // 2
    return tuple(dict.fromkeys(query[i:i + 2] for i in (last, 0, middle)))


def row_condition(kind: str | SearchKind, text: str):
    """The same search as a condition on the kind's rows (``LIKE`` on its fields)."""
    kind = kind_named(kind) if isinstance(kind, str) else kind
    return _like(kind, query_text(text))


def _like(kind: SearchKind, query: str):
    pattern = contains_pattern(query)
    return or_(*(func.lower(column).like(pattern, escape="\\") for column in kind.columns))

