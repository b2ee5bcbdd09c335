"""``main.py render DOC REF --out FILE.pdf`` as a script runs it."""

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.engine import Database
from db.enums import Role
from desktop.issuing.service import DocumentService
from desktop.paths import files_dir
from tests.conftest import make_officers
from tests.documents.pdfread import all_text
from tests.issuing import records

ROOT = Path(__file__).resolve().parents[2]


def run(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "--db", url, *args], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture
def db_url(sqlite_template, tmp_path):
    import shutil

    path = tmp_path / "cli.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


def test_render_draft_then_issued_original(db_url, tmp_path):
    from desktop.bootstrap import bootstrap

    bootstrap()
    database = Database(db_url)
    actors = make_officers(database)
    with database.write(None) as session:
        records.accepted_case(session, actors[Role.MEDIATOR].officer_id)
    draft = tmp_path / "draft.pdf"
    result = run(db_url, "render", "acceptance", "密工调〔2024〕12号", "--out", str(draft))
    assert result.returncode == 0, result.stderr
    assert "草稿" in result.stdout
    assert len(PdfReader(draft).pages) >= 1 and "受理通知书" in all_text(draft.read_bytes())
    service = DocumentService(database, files_dir(db_url))
    issued = service.issue(actors[Role.MEDIATOR], "acceptance", "密工调〔2024〕12号")
    original = tmp_path / "original.pdf"
    result = run(db_url, "render", "acceptance", "密工调〔2024〕12号", "--out", str(original))
    assert result.returncode == 0, result.stderr
    assert "原件" in result.stdout
    assert original.read_bytes() == service.reprint(issued.id)
    database.dispose()


def test_unknown_ref_and_unsuitable_kind_exit_1(db_url, tmp_path):
    out = tmp_path / "x.pdf"
    result = run(db_url, "render", "acceptance", "密工调〔2099〕1号", "--out", str(out))
    assert result.returncode == 1
    assert "找不到编号为「密工调〔2099〕1号」" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    result = run(db_url, "render", "no-such-kind", "X", "--out", str(out))
    assert result.returncode == 2
