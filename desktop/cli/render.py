"""``render DOC REF --out FILE.pdf``: a formal document of a case, letter or claim."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.context import open_database
from desktop.documents.kinds import KINDS
from desktop.errors import UserError
from desktop.paths import files_dir, resolve_database_url

DESCRIPTION = (
    "写出一份正式文书的 PDF。REF 为案件、一函两书或理赔编号。"
    "若该记录已出具过这种文书，写出存档的原件（与出具时逐字节相同，最新一次更正为准）；"
    "否则按当前数据生成草稿，不编号登记、不存档（需正式出具请在窗口中「出具」）。"
)


class Render:
    NAME = "render"
    HELP = "写出正式文书 PDF（已出具的写出原件，未出具的生成草稿）"

    @staticmethod
    def add_arguments(parser) -> None:
        parser.description = DESCRIPTION
        parser.add_argument("doc", metavar="DOC", choices=list(KINDS),
                            help="文书种类：" + "，".join(f"{k} {v}" for k, v in KINDS.items()))
        parser.add_argument("ref", metavar="REF", help="案件、一函两书或理赔的编号")
        parser.add_argument("--out", required=True, type=Path, help="写出的 PDF 文件")

    @staticmethod
    def run(args) -> int:
        from desktop.issuing.service import DocumentService

        url = resolve_database_url(args.db)
        service = DocumentService(open_database(url), files_dir(url))
        issued = service.latest(args.doc, args.ref)
        if issued is not None:
            data = service.reprint(issued.id)
            note = f"已写出存档原件：{issued.title}（{issued.number}），出具于 {issued.issued_at.astimezone():%Y-%m-%d %H:%M}"
        else:
            data = service.draft(args.doc, args.ref).pdf
            note = f"尚未出具{KINDS[args.doc]}：已按当前数据生成草稿（未编号登记、未存档）"
        _write(args.out, data)
        print(f"{note} → {args.out}")
        return 0


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise UserError(f"无法写入文件「{path}」：{exc.strerror or exc}") from exc
