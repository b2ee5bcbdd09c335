"""The search index's one table: which records hold which 1- or 2-character pieces of text
(and 4-digit pieces of digit runs).

See ``db.search_index`` for why it is built like this and how it is kept up to date.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base

GRAM = String(4).with_variant(String(4, collation="C"), "postgresql")
"""Compared code point by code point on both databases (SQLite's BINARY, PostgreSQL's "C"),
so "every gram starting with 王" is one range of the primary key whatever the server's locale."""


class SearchGram(Base):
    """``(kind, gram, entity_id)``: record ``entity_id`` of ``kind`` holds ``gram`` in one of its
    searchable fields. The primary key is the whole row (SQLite: a table without rowid)."""

    __tablename__ = "search_gram"
    __table_args__ = {"sqlite_with_rowid": False}

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    gram: Mapped[str] = mapped_column(GRAM, primary_key=True)
    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
