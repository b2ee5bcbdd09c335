"""Sort keys for Chinese names: by pinyin (with tone), as officers expect a list of units
to be ordered, not by the characters' code points."""

from __future__ import annotations

from functools import lru_cache

SORT_KEY_LENGTH = 1200


@lru_cache(maxsize=65536)
def pinyin_key(text: str | None) -> str | None:
    """``北京宏达`` -> ``bei3 jing1 hong2 da2``; other characters are kept, lower-cased."""
    if not text:
        return None
    from pypinyin import Style, lazy_pinyin  # ~0.15 s to load: only when a name is written

    return " ".join(lazy_pinyin(text.strip(), style=Style.TONE3)).lower()[:SORT_KEY_LENGTH]
