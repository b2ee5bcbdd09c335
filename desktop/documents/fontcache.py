"""Parsed font metrics kept on disk, so a command does not parse 20 MB CJK files each run.

reportlab parses a whole TrueType file when a font is registered (its character
map, widths and glyph offsets): 0.1-0.3 s for each of the CJK files a document
uses, most of a ``render`` command's time. The parsed face is pickled once into
the user's data folder (``font-cache/``) under a key made of the file's path,
size and modification time, the reportlab version and this module's format; a
later process reads it back in a few milliseconds and only reads the file's bytes
(needed to subset it when drawing). The large tables (character map, widths,
glyph offsets: 20-45 thousand entries each) are stored as packed arrays, which
load about ten times faster than pickled dicts. A stale, damaged or unwritable cache is
ignored: the font is then parsed as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from array import array
from itertools import accumulate
from pathlib import Path

import reportlab
from reportlab.pdfbase.ttfonts import TTFontFace

from desktop.paths import data_dir

FORMAT = 2
_SKIPPED = ("_ttf_data", "_pdfScale")  # the file's bytes, and a lambda pickle cannot keep


def cache_dir() -> Path:
    return data_dir() / "font-cache"


def _key(path: str) -> str | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    text = f"{os.path.abspath(path)}|{stat.st_size}|{stat.st_mtime_ns}|{reportlab.Version}|{FORMAT}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def load_face(path: str) -> TTFontFace:
    """The first face of ``path``, from the cache when it is there and current."""
    key = _key(path)
    face = _read(key) if key else None
    if face is None:
        face = TTFontFace(path, subfontIndex=0)
        if key:
            _write(key, face)
        return face
    with open(path, "rb") as handle:
        face._ttf_data = handle.read()
    face._pdfScale = _scale(face.unitsPerEm)
    return face


def _scale(units_per_em: int):
    factor = 1000 / units_per_em
    return (lambda value: value) if units_per_em == 1000 else (lambda value: value * factor)


def _read(key: str) -> TTFontFace | None:
    try:
        state = pickle.loads((cache_dir() / f"{key}.pickle").read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("_cache_format") != FORMAT:
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update({name: _unpack(value) for name, value in state.items() if name != "_cache_format"})
    return face


def _write(key: str, face: TTFontFace) -> None:
    state = {name: _pack(value) for name, value in face.__dict__.items() if name not in _SKIPPED}
    state["_cache_format"] = FORMAT
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(state, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, folder / f"{key}.pickle")
    except (OSError, pickle.PicklingError):
        return


def _ints(values) -> bytes:
    return array("q", values).tobytes()


def _floats(values) -> bytes:
    return array("d", values).tobytes()


def _all(values, kind) -> bool:
    return all(type(value) is kind for value in values)


def _pack(value):
    """A large table as ("kind", arrays...); anything else as it is."""
    if isinstance(value, dict) and len(value) > 256 and _all(value, int):
        values = list(value.values())
        if _all(values, int):
            return ("dict-int", _ints(value), _ints(values))
        if _all(values, float):
            return ("dict-float", _ints(value), _floats(values))
        if _all(values, list) and all(_all(item, int) for item in values):
            return ("dict-lists", _ints(value), _ints(map(len, values)), _ints(x for item in values for x in item))
    if isinstance(value, list) and len(value) > 256:
        if _all(value, int):
            return ("list-int", _ints(value))
        if _all(value, tuple) and all(len(item) == 2 and _all(item, int) for item in value):
            return ("list-pairs", _ints(a for a, _b in value), _ints(b for _a, b in value))
    return ("value", value)


def _unpack(packed):
    kind, *parts = packed
    if kind == "value":
        return parts[0]
    arrays = [array("d" if kind == "dict-float" and index == 1 else "q", part) for index, part in enumerate(parts)]
    if kind in ("dict-int", "dict-float"):
        return dict(zip(arrays[0], arrays[1], strict=True))
    if kind == "dict-lists":
        keys, counts, flat = arrays
        if len(flat) == len(keys):  # one character a glyph: the usual case
            return {key: [char] for key, char in zip(keys, flat, strict=True)}
        ends = list(accumulate(counts))
        return {key: flat[end - count:end].tolist() for key, count, end in zip(keys, counts, ends, strict=True)}
    if kind == "list-int":
        return arrays[0].tolist()
    return list(zip(arrays[0], arrays[1], strict=True))
