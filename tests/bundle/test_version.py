"""The program knows its version; a database from a newer version is refused before anything is written."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db.migrate import NewerSchemaError, head_revision, upgrade
from desktop.about import about_facts
from desktop.version import __version__
from main import main


def test_version_flag_prints_the_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"工会调解工作台 UnionDesk {__version__}"


def test_version_with_db_prints_the_schema_revision(capsys, sqlite_database):
    url = sqlite_database.url.render_as_string(hide_password=False)
    assert main(["--db", url, "--version"]) == 0
    out = capsys.readouterr().out
    assert f"数据库结构版本：{head_revision()}（本程序：{head_revision()}）" in out


def test_version_does_not_create_a_missing_database(capsys, tmp_path):
    missing = tmp_path / "none.db"
    assert main(["--db", f"sqlite:///{missing}", "--version"]) == 0
    assert "数据库文件不存在" in capsys.readouterr().out
    assert not missing.exists()


def test_package_metadata_has_the_same_version():
    from importlib.metadata import version

    assert version("uniondesk") == __version__


def _pretend_newer(database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))


@pytest.mark.db
def test_newer_database_is_refused_and_left_alone(database):
    _pretend_newer(database)
    with pytest.raises(NewerSchemaError) as refused:
        upgrade(database)
    assert "更新版本" in str(refused.value) and "9999_from_the_future" in str(refused.value)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_from_the_future"


@pytest.mark.db
def test_command_line_refuses_a_newer_database_with_exit_1(database, capsys):
    _pretend_newer(database)
    assert main(["--db", database.url.render_as_string(hide_password=False), "init"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：这个数据库由更新版本的工会调解工作台写入")
    assert "Traceback" not in err


@pytest.mark.db
def test_about_facts_name_version_schema_location_and_fonts(database):
    facts = dict(about_facts(database).lines())
    assert facts["程序版本"] == __version__
    assert facts["数据库结构版本"] == f"{head_revision()}（最新）"
    assert facts["数据库位置"] == database.url.render_as_string(hide_password=True)
    assert "正文：" in facts["文书字体"] and "标题：" in facts["文书字体"]
