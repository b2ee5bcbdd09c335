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
  2-character piece that is not two digits (``_pair_driver``): 密工调〔20 is driven by 〔2,
  which no worker or unit holds, not by 20, which most ID numbers and credit codes hold
  (at 1,000,000 cases that keystroke went from 878 to 16 ms). The last piece says most about
  what is being typed: a case number's or an ID number's ending (the common prefix
  密工调〔2024〕 or a birth year would read most of the file), a given name rather than the
  surname.
"""

from __future__ import annotations

from sqlalchemy import Select, func, or_, select

from db.models.search import SearchGram
from db.search_index import SearchKind, digit_key, kind_named, normalize, stored_kind
from desktop.number_text import normalise_number

G = SearchGram


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with % _ and \\ taken literally (escape '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def query_text(text: str) -> str:
    """What is searched for: the typed text without surrounding spaces, normalized; a number
    typed with any bracket pair around its year (【】 [] （）) is read as 〔〕, so every search
    box finds 密工咨【2026】1号 as it finds 密工咨〔2026〕1号."""
    return normalize(normalise_number(text))


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
    driver = digit_key(query) or _pair_driver(query)
    by_driver = select(G.entity_id).where(G.kind == stored_kind(kind.name, driver), G.gram == driver)
    if driver == query:
        return by_driver
    return by_driver.join(kind.model, kind.model.id == G.entity_id).where(_like(kind, query))


def _pair_driver(query: str) -> str:
    """The last 2-character piece of ``query`` that is not two digits (else its last piece):
    a pair of digits is in most ID numbers, phone numbers and credit codes."""
    pairs = [query[i:i + 2] for i in range(len(query) - 1)]
    return next((pair for pair in reversed(pairs) if not (pair.isascii() and pair.isdigit())), pairs[-1])


def row_condition(kind: str | SearchKind, text: str, rows=None):
    """The same search as a condition on the kind's rows (``LIKE`` on its fields); ``rows``
    is an alias of the kind's model to test instead of the model itself (for ``EXISTS``)."""
    kind = kind_named(kind) if isinstance(kind, str) else kind
    return _like(kind, query_text(text), rows)


def _like(kind: SearchKind, query: str, rows=None):
    pattern = contains_pattern(query)
    columns = kind.columns if rows is None else [getattr(rows, field) for field in kind.fields]
    return or_(*(func.lower(column).like(pattern, escape="\\") for column in columns))

