"""Where UnionDesk keeps its files, and which database it opens."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "UnionDesk"
REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "resources"
# free fonts copied into the installed bundle (packaging/uniondesk.spec); absent in a checkout
BUNDLED_FONTS = REPO_ROOT / "fonts"


def data_dir() -> Path:
    """The user's data folder (``UNIONDESK_HOME`` overrides it)."""
    override = os.environ.get("UNIONDESK_HOME")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'uniondesk.db'}"


def resolve_database_url(cli_value: str | None) -> str:
    """``--db`` first, then ``UNIONDESK_DB``, then the SQLite file in the data folder."""
    return cli_value or os.environ.get("UNIONDESK_DB") or default_database_url()


def files_dir(database_url: str) -> Path:
    """Attachments and issued PDFs live beside a SQLite file, else in the data folder."""
    if database_url.startswith("sqlite:///") and not database_url.endswith(":memory:"):
        db_file = Path(database_url.removeprefix("sqlite:///"))
        path = db_file.with_name(db_file.stem + "-files")
    else:
        path = data_dir() / "files"
    path.mkdir(parents=True, exist_ok=True)
    return path
