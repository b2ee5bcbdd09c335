"""Finding and running pg_dump / pg_restore for a PostgreSQL database."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from desktop.errors import UserError


def find_tool(name: str) -> str | None:
    """``UNIONDESK_PG_BIN`` first, then PATH, then the usual server folders (newest first)."""
    override = os.environ.get("UNIONDESK_PG_BIN")
    if override and (Path(override) / name).exists():
        return str(Path(override) / name)
    found = shutil.which(name)
    if found:
        return found
    patterns = [f"/usr/lib/postgresql/*/bin/{name}", f"C:/Program Files/PostgreSQL/*/bin/{name}.exe"]
    candidates = sorted((p for pattern in patterns for p in glob.glob(pattern)), key=_version, reverse=True)
    return candidates[0] if candidates else None


def _version(path: str) -> int:
    digits = "".join(ch for ch in Path(path).parent.parent.name if ch.isdigit())
    return int(digits or 0)


def require_tool(name: str) -> str:
    tool = find_tool(name)
    if tool is None:
        raise UserError(f"找不到 PostgreSQL 工具 {name}。请安装 PostgreSQL 客户端工具，"
                        f"或设置环境变量 UNIONDESK_PG_BIN 指向其所在文件夹。")
    return tool


def libpq_args(url: URL) -> tuple[list[str], dict[str, str]]:
    """Connection arguments for the command-line tools; the password goes in the environment."""
    args = ["--dbname", url.database or "postgres"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def run(command: list[str], env: dict[str, str], what: str) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise UserError(f"{what}失败：{result.stderr.strip()[-800:]}")


def dump(url: URL, out: Path) -> None:
    args, env = libpq_args(url)
    run([require_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(out), *args], env, "pg_dump 导出")


def restore(url: URL, dump_file: Path) -> None:
    args, env = libpq_args(url)
    command = [require_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction",
               *args, str(dump_file)]
    run(command, env, "pg_restore 恢复")
