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
    if args.command is None:
        from ui.app import run_window

        return run_window(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
