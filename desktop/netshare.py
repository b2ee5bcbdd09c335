"""Is a database file on a network share? SQLite there corrupts, so the window warns.

Pure functions over the path and the mount table, so they are testable anywhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import PurePosixPath

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p", "ceph", "glusterfs",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.glusterfs", "fuse.rclone", "lustre", "gpfs",
})


def is_unc_path(path: str) -> bool:
    """``\\\\server\\share\\...`` (or with forward slashes), but not the ``\\\\?\\C:`` local prefix."""
    text = path.replace("/", "\\")
    if not text.startswith("\\\\"):
        return False
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        return text[4:].upper().startswith("UNC\\")
    return len(text) > 2 and text[2] not in "\\"


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """``(mount point, filesystem type)`` pairs from /proc/mounts text."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((_unescape(parts[1]), parts[2]))
    return mounts


def _unescape(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def filesystem_of(path: str, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the filesystem holding ``path`` (longest matching mount point)."""
    target = PurePosixPath(path)
    best, best_len = None, -1
    for point, fstype in mounts:
        mount = PurePosixPath(point)
        if (target == mount or mount in target.parents) and len(point) > best_len:
            best, best_len = fstype, len(point)
    return best


def is_network_path(path: str, *, platform: str | None = None, mounts_text: str | None = None) -> bool:
    platform = platform or sys.platform
    if is_unc_path(path):
        return True
    if platform.startswith("win"):
        return _windows_remote_drive(path)
    if mounts_text is None:
        mounts_text = _read_mounts()
    fstype = filesystem_of(os.path.abspath(path) if platform == sys.platform else path, parse_mounts(mounts_text))
    return fstype in NETWORK_FILESYSTEMS


def _read_mounts() -> str:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""


def _windows_remote_drive(path: str) -> bool:
    """A mapped drive letter (``Z:``) that points at a server."""
    if len(path) < 2 or path[1] != ":" or not sys.platform.startswith("win"):
        return False
    import ctypes

    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(f"{path[0]}:\\") == DRIVE_REMOTE


WARNING = ("数据库文件位于网络共享文件夹上：{path}\n\n"
           "多台电脑通过网络共享同时使用一个 SQLite 文件，会导致数据库损坏、数据丢失。"
           "多个工作站共用数据时，请改用 PostgreSQL 服务器（见使用说明《多工作站设置》）；"
           "单机使用时，请把数据库放在本机硬盘上。")
