"""Files kept under their SHA-256: issued PDFs and scanned receipts.

Issued documents live at ``files_dir/documents/ab/abcd….pdf``, attachments at
``files_dir/attachments/ab/abcd….jpg`` with the extension of the file the officer chose
(files stored before extensions were kept have none and are still found). Opening an
attachment gives a checked copy under its original name (``viewing_copy``), so the
system viewer knows what it is and shows the name the officer gave it. A file
is written to a temporary name and renamed, so a half-written file never has
the final name; reading checks the hash, so an altered file is refused.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from desktop.errors import UserError

CHUNK = 1 << 20


def document_path(files_dir: Path, sha256: str) -> Path:
    return Path(files_dir) / "documents" / sha256[:2] / f"{sha256}.pdf"


def attachment_path(files_dir: Path, sha256: str, filename: str | None = None) -> Path:
    """Where an attachment is kept: its hash plus the extension of ``filename`` (if any)."""
    return Path(files_dir) / "attachments" / sha256[:2] / f"{sha256}{_extension(filename)}"


def _extension(filename: str | None) -> str:
    suffix = Path(filename or "").suffix.lower()
    return suffix if 1 < len(suffix) <= 10 and suffix[1:].isalnum() else ""


def stored_attachment(files_dir: Path, sha256: str, filename: str | None) -> Path:
    """The stored file of an attachment: with its extension, or as stored before extensions were kept."""
    path = attachment_path(files_dir, sha256, filename)
    legacy = attachment_path(files_dir, sha256)
    return legacy if not path.exists() and legacy.exists() else path


def viewing_copy(files_dir: Path, sha256: str, filename: str, folder: Path) -> Path:
    """A copy of the attachment, checked against its hash, named as the officer's file was."""
    data = read_verified(stored_attachment(files_dir, sha256, filename), sha256, f"附件「{filename}」")
    target = Path(folder) / sha256[:12] / safe_file_name(filename)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or sha256_of(target.read_bytes()) != sha256:
            target.write_bytes(data)
    except OSError as exc:
        raise UserError(f"无法准备附件「{filename}」以供查看：{exc.strerror or exc}。") from exc
    return target


def safe_file_name(filename: str) -> str:
    """``filename`` without a folder and without the characters Windows refuses in a name."""
    name = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in Path(filename).name).strip()
    return name or f"附件{_extension(filename)}"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def store_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder."""
    if target.exists():
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError as exc:
        raise UserError(f"无法保存文书文件：{exc.strerror or exc}。请检查磁盘空间和文件夹权限后重试。") from exc


def store_file(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through a temporary file in the same folder."""
    if target.exists():
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    except OSError as exc:
        raise UserError(f"无法保存附件：{exc.strerror or exc}。请检查磁盘空间后重试。") from exc


def read_verified(path: Path, sha256: str, what: str) -> bytes:
    """The stored bytes, refused when missing or when their hash is not ``sha256``."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"找不到{what}的存档文件：{path}。请从备份恢复文件后再试。") from None
    except OSError as exc:
        raise UserError(f"无法读取{what}的存档文件：{exc.strerror or exc}。") from exc
    if sha256_of(data) != sha256:
        raise UserError(f"{what}的存档文件已被改动或损坏（校验值不符）：{path}。"
                        "请勿使用该文件；请从备份恢复，或以「更正重出」重新出具。")
    return data
