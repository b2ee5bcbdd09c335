"""Registers (台账): Excel workbooks written for auditors and read back from officers.

Qt-free and database-free: a ``RegisterSpec`` describes the columns, callers
hand ``write_register`` plain rows and get plain dicts from ``read_register``.
"""

from .catalog import CASES, CLAIMS, LETTERS, REGISTERS
from .progress import Cancelled
from .reader import Problem, ReadResult, read_register
from .spec import Column, ColumnKind, RegisterSpec
from .writer import write_register

__all__ = [
    "CASES", "CLAIMS", "LETTERS", "REGISTERS", "Cancelled", "Column", "ColumnKind",
    "Problem", "ReadResult", "RegisterSpec", "read_register", "write_register",
]
