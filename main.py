"""UnionDesk entry point: opens the window, or runs a headless command."""

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.bootstrap import bootstrap
    from desktop.cli import build_parser, run_command

    bootstrap()
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        from desktop.cli import print_version

        return print_version(args)
    _configure_log(args)
    if args.command is None:
        from ui.app import run_window

        return run_window(args)
    return run_command(args)


def _configure_log(args) -> None:
    """The rotating log beside the database, for the window and every command alike."""
    from desktop import applog
    from desktop.paths import resolve_database_url

    try:
        applog.configure(resolve_database_url(args.db))
    except OSError as error:  # a read-only folder must not stop the program
        print(f"提示：无法写入日志文件（{error}），本次运行不记录日志。", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
