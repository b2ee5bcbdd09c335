"""Qt's own dialogs in Chinese: Qt's qtbase_zh_CN catalogue (shipped in the PySide6 wheel) plus
the few strings it lacks (the file dialog's 「Look in:」 and 「Files of type:」 changed their
source text and lost their translation)."""

from __future__ import annotations

from ui.qt import QApplication, QLibraryInfo, QTranslator

MISSING = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QFileDialog", "Look in:"): "查找范围：",
    ("QFileDialog", "Files of type:"): "文件类型：",
}
CATALOGUES = ("qtbase_zh_CN", "qt_zh_CN")


class MissingQtStrings(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return MISSING.get((context, source_text))

    def isEmpty(self) -> bool:
        return False


def install_chinese(app: QApplication) -> list[QTranslator]:
    """Install the catalogues found (Qt looks at the most recently installed first)."""
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []
    for name in CATALOGUES:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    supplement = MissingQtStrings(app)
    app.installTranslator(supplement)
    installed.append(supplement)
    app._chinese_translators = installed  # keep the Python wrappers alive
    return installed
