"""The 台账导出 area in a real window, for screenshots: an export running, or a preview with errors.

    uv run python scripts/screenshot.py out/export.png --wait 8 -- python scripts/registers_window.py export DB
    uv run python scripts/screenshot.py out/import.png --wait 6 -- python scripts/registers_window.py import DB

DB is a SQLite file; it is created (30,000 claims) when missing. So that the progress
bar is on screen when the picture is taken, the export pauses 0.2 s at each progress
report (every 500 rows); nothing else differs from the real export.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from bench.registers_io import fill, new_database
from db.engine import Database
from db.enums import Role
from desktop.auth import Actor
from tests.registers_io.conftest import workbook
from tests.registers_io.data import code_no, id_no
from ui.app import make_application, make_context
from ui.main_window import MainWindow
from ui.qt import QSettings, QTimer
from ui.tasks import TaskControl

OUT = Path(tempfile.mkdtemp())


def database(path: Path) -> Database:
    if path.exists():
        return Database(f"sqlite:///{path}")
    made = new_database(path)
    fill(made, 30_000)
    return made


def messy_file() -> Path:
    header = ["序号", "案件编号", "受理日期", "申请人", "身份证号", "被申请人", "统一社会信用代码", "请求金额", "调解员", "状态"]
    rows = [header,
            [1, "密工调〔2024〕101号", "2024.3.5", "张三", id_no(1), "北京密云第1建筑有限公司", code_no(1), "1,200", None, "调解中"],
            [2, "密工调〔2024〕102号", "2024年3月6日", "李四", id_no(2)[:-1] + "0", "北京某某物流有限公司", None, "-300", None, "受理"],
            [3, "密工调〔2024〕101号", "2024-02-30", "王芳", id_no(3), "某餐饮公司", "91110228MA0000001X", "800", "李鬼", "办理中"]]
    return workbook(OUT / "2024年调解案件台账（手工）.xlsx", rows)


def _slow_down_progress() -> None:
    cancelled = TaskControl.cancelled

    def paced(control: TaskControl) -> bool:
        time.sleep(0.2)
        return cancelled(control)

    TaskControl.cancelled = paced


def main() -> int:
    mode, path = sys.argv[1], Path(sys.argv[2])
    app = make_application()
    context = make_context(database(path), Actor(None, "李主任", Role.DIRECTOR),
                           QSettings(str(OUT / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(context)
    window.show()
    page = window.show_area("台账导出")
    if mode == "export":
        _slow_down_progress()
        panel = page.export_panel
        panel.kind.setCurrentIndex(panel.kind.findData("claims"))
        panel.year.setValue(2024)
        panel.out.setText(str(OUT / "2024年度理赔台账.xlsx"))
        QTimer.singleShot(800, panel.start_export)
    else:
        page.setCurrentIndex(1)
        panel = page.import_panel
        panel.file.setText(str(messy_file()))
        QTimer.singleShot(800, panel.start_preview)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
