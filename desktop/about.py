"""What 帮助 → 关于 and ``--version`` tell: program version, schema, where the data is, fonts."""

from __future__ import annotations

from dataclasses import dataclass

from db.engine import Database
from db.migrate import current_revision, head_revision
from desktop.paths import files_dir
from desktop.version import __version__


@dataclass(frozen=True)
class AboutFacts:
    version: str
    schema_revision: str | None  # the database's
    schema_head: str  # what this program writes
    database: str  # URL without the password
    files: str
    fonts: str

    def lines(self) -> list[tuple[str, str]]:
        return [("程序版本", self.version),
                ("数据库结构版本", _schema_text(self.schema_revision, self.schema_head)),
                ("数据库位置", self.database), ("附件与文书存放位置", self.files),
                ("文书字体", self.fonts.replace("；", "\n"))]


def _schema_text(revision: str | None, head: str) -> str:
    if revision is None:
        return f"（未建立）本程序：{head}"
    if revision == head:
        return f"{revision}（最新）"
    return f"{revision}（本程序：{head}）"


def version_line() -> str:
    return f"工会调解工作台 UnionDesk {__version__}"


def about_facts(database: Database) -> AboutFacts:
    url = database.url.render_as_string(hide_password=False)
    return AboutFacts(__version__, current_revision(database), head_revision(),
                      database.url.render_as_string(hide_password=True), str(files_dir(url)),
                      fonts_in_use())


def fonts_in_use() -> str:
    from desktop.documents.fonts import font_set
    from desktop.errors import UserError

    try:
        return font_set().substitutions()
    except UserError as error:
        return str(error)
