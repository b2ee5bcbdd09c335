"""The one workbook writer (``book``) and its text guard (``safety``); see ``book``'s docstring."""

from .charts import SheetChart
from .book import Book, Sheet, Style, excel_serial, file_errors, sheet_name, write_workbook
from .safety import cell_text, is_risky_text, needs_quote_prefix

__all__ = ["Book", "Sheet", "SheetChart", "Style", "cell_text", "excel_serial", "file_errors", "is_risky_text",
           "needs_quote_prefix", "sheet_name", "write_workbook"]
