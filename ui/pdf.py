"""Qt's PDF and printing modules (QtPdf, QtPdfWidgets, QtPrintSupport), re-exported like ui/qt.py."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSizeF  # noqa: F401
from PySide6.QtGui import QImage, QPageLayout, QPageSize  # noqa: F401
from PySide6.QtPdf import QPdfDocument  # noqa: F401
from PySide6.QtPdfWidgets import QPdfView  # noqa: F401
from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: F401
