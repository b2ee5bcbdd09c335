"""A tiny PySide6 window with Chinese text, for checking real-window rendering.

    python tests/support/cjk_window.py [seconds]

Prints the number of font families that can write Simplified Chinese, shows
the window (large black text on a white background) and quits after `seconds`
(default 30).
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel

TEXT = "调解案件 一函两书 理赔支付"


def main() -> int:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 30.0
    app = QApplication(sys.argv[:1])
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    print(f"chinese-font-families={len(families)}", flush=True)
    label = QLabel(TEXT)
    label.setStyleSheet("QLabel { background: white; color: black; font-size: 40px; padding: 30px; }")
    label.setWindowTitle("UnionDesk CJK check")
    label.move(40, 40)
    label.resize(800, 200)
    label.show()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    QTimer.singleShot(300, lambda: print("shown", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
