"""Evidence files: stored once by content hash, listed on the case, refused on a closed file."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from db.models import Attachment
from desktop.cases.attachments import stored_path
from desktop.errors import ConflictError, TransitionError, UserError
from desktop.filestore import stored_attachment, viewing_copy
from tests.cases.helpers import TODAY, drive, version_of

pytestmark = pytest.mark.db


def test_file_is_copied_by_hash_and_listed(services, database, mediator, tmp_path):
    evidence = tmp_path / "工资条.pdf"
    evidence.write_bytes(b"%PDF-1.4 payslip")
    sha = hashlib.sha256(b"%PDF-1.4 payslip").hexdigest()
    case_id = drive(services, mediator, "IN_MEDIATION")
    stored = services.attachments.add(mediator, case_id, evidence, tmp_path / "files", "三个月工资条")
    again = services.attachments.add(mediator, case_id, evidence, tmp_path / "files")
    assert stored.path == stored_path(tmp_path / "files", sha, "x.PDF") == tmp_path / "files" / "attachments" / sha[:2] / f"{sha}.pdf"
    assert stored.path.read_bytes() == b"%PDF-1.4 payslip" and again.path == stored.path
    assert [(name, h) for _, name, h in services.queries.detail(case_id).attachments] == [("工资条.pdf", sha)] * 2
    with database.read() as session:
        row = session.scalars(select(Attachment)).first()
        assert (row.owner_type, row.owner_id, row.size, row.description) == ("mediation_case", case_id, 16, "三个月工资条")


def test_viewing_copy_has_the_original_name_and_refuses_an_altered_file(services, mediator, tmp_path):
    evidence = tmp_path / "劳动合同 第2页.JPG"
    evidence.write_bytes(b"jpeg scan")
    case_id = drive(services, mediator, "IN_MEDIATION")
    stored = services.attachments.add(mediator, case_id, evidence, tmp_path / "files")
    assert stored.path.suffix == ".jpg"
    copy = viewing_copy(tmp_path / "files", stored.sha256, "劳动合同 第2页.JPG", tmp_path / "view")
    assert copy.name == "劳动合同 第2页.JPG" and copy.read_bytes() == b"jpeg scan"
    stored.path.write_bytes(b"tampered")
    with pytest.raises(UserError, match="已被改动"):
        viewing_copy(tmp_path / "files", stored.sha256, "劳动合同 第2页.JPG", tmp_path / "view2")


def test_file_stored_before_extensions_were_kept_is_still_found(tmp_path):
    sha = hashlib.sha256(b"old").hexdigest()
    legacy = tmp_path / "attachments" / sha[:2] / sha
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"old")
    assert stored_attachment(tmp_path, sha, "旧.pdf") == legacy
    assert viewing_copy(tmp_path, sha, "旧.pdf", tmp_path / "view").name == "旧.pdf"


def test_missing_file_and_closed_case_are_refused(services, database, mediator, tmp_path):
    case_id = drive(services, mediator, "CLOSED")
    with pytest.raises(UserError, match="找不到文件"):
        services.attachments.add(mediator, case_id, tmp_path / "none.pdf", tmp_path)
    evidence = tmp_path / "a.jpg"
    evidence.write_bytes(b"jpg")
    with pytest.raises(TransitionError, match="只读"):
        services.attachments.add(mediator, case_id, evidence, tmp_path / "files")
    assert not (tmp_path / "files").exists()


def test_step_from_a_stale_window_is_refused(services, database, mediator):
    case_id = drive(services, mediator, "UNDER_REVIEW")
    shown = version_of(services, case_id)
    services.review.accept(mediator, case_id, TODAY, version=shown)
    with pytest.raises(ConflictError, match="已修改"):
        services.review.reject(mediator, case_id, TODAY, "理由", version=shown)
