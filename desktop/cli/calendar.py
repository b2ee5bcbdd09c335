"""``calendar show --year Y`` / ``calendar import FILE``: the working-day calendar in the database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.context import cli_actor, open_database

if TYPE_CHECKING:  # the service pulls in the database layer: not loaded for --help
    from desktop.calendar.service import Preview, YearView


class Calendar:
    NAME = "calendar"
    HELP = "节假日安排：show 查看某年；import 从工作簿（.xlsx）或通知文本（.txt）录入一年"

    @staticmethod
    def add_arguments(parser) -> None:
        sub = parser.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
        show = sub.add_parser("show", help="列出某年的放假和调休上班日（未录入的年份显示「未录入」）")
        show.add_argument("--year", type=int, required=True)
        load = sub.add_parser("import", help="录入一年的安排，整体替换该年原有记录（全部成功或全部不写入）")
        load.add_argument("file", type=Path)
        load.add_argument("--year", type=int, help="通知文本未写明年份时使用")
        load.add_argument("--dry-run", action="store_true", help="只检查并显示，不写入")

    @staticmethod
    def run(args) -> int:
        from desktop.calendar.service import CalendarService

        service = CalendarService(open_database(args.db))
        if args.calendar_command == "show":
            print(show_text(service.year(args.year)))
            return 0
        preview = service.preview_file(args.file, args.year)
        print(preview_text(preview))
        if args.dry_run:
            print("（--dry-run：未写入）")
            return 0
        moved = service.save_year(cli_actor(), preview.arrangement)
        print(f"已录入 {preview.arrangement.year} 年节假日安排，共 {len(preview.arrangement.days)} 天。")
        for item in moved:
            print(f"  重新计算：{item.kind} {item.number} 期限 {item.before} → {item.after}")
        return 0


def show_text(view: YearView) -> str:
    if not view.entered:
        return f"{view.year} 年：未录入（期限按周六、周日休息计算）"
    lines = [f"{view.year} 年节假日安排：{view.source}"]
    lines += [f"{d.day.isoformat()}  {_weekday(d.day)}  {d.kind.label:<4}  {d.name}" for d in view.days]
    return "\n".join(lines)


def preview_text(preview: Preview) -> str:
    arrangement = preview.arrangement
    lines = [f"{arrangement.year} 年：放假 {len(arrangement.days_off)} 天，调休上班 {len(arrangement.workdays)} 天"
             f"（依据：{arrangement.source or '未写明'}）"]
    if preview.replaces:
        lines.append(f"将整体替换该年已录入的 {preview.replaces} 条记录")
    lines += [f"  {d.day.isoformat()}  {_weekday(d.day)}  {d.kind.label:<4}  {d.name}" for d in arrangement.days]
    return "\n".join(lines)


def _weekday(day) -> str:
    return "周" + "一二三四五六日"[day.weekday()]
