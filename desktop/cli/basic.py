"""``init``, ``where`` and ``ensure-demo``."""

from __future__ import annotations

from desktop.cli.context import open_database
from desktop.paths import resolve_database_url


class Init:
    NAME = "init"
    HELP = "创建数据库，或将旧数据库升级到当前结构（保留数据，可重复运行）"

    @staticmethod
    def add_arguments(parser) -> None:
        pass

    @staticmethod
    def run(args) -> int:
        database = open_database(args.db)
        print(f"数据库已就绪：{database.url.render_as_string(hide_password=True)}")
        return 0


class Where:
    NAME = "where"
    HELP = "显示将要打开的数据库地址"

    @staticmethod
    def add_arguments(parser) -> None:
        pass

    @staticmethod
    def run(args) -> int:
        print(resolve_database_url(args.db))
        return 0


class EnsureDemo:
    NAME = "ensure-demo"
    HELP = "当数据库尚不存在时，创建并填入演示数据；已存在则什么也不做"

    @staticmethod
    def add_arguments(parser) -> None:
        parser.add_argument("--seed", type=int, default=1)

    @staticmethod
    def run(args) -> int:
        from desktop.demo import ensure_demo

        created = ensure_demo(resolve_database_url(args.db), seed=args.seed)
        print("已创建演示数据库。" if created else "数据库已存在，未改动。")
        return 0
