"""Registers (台账): Excel workbooks written for auditors and read back from officers.

Qt-free and database-free: a ``RegisterSpec`` describes the columns, callers
hand ``write_register`` plain rows and get plain dicts from ``read_register``::

    write_register(CLAIMS, rows, "理赔台账.xlsx", title_context={"year": 2024},
                   organisation="某区总工会", exported_on=date.today(),
                   progress=on_progress, should_cancel=cancel_requested)

    result = read_register(CLAIMS, "理赔台账.xlsx")
    if result.errors:            # refuse the whole file, list every bad row
        raise ValidationError("\n".join(map(str, result.errors)))
    for row in result.rows:      # {"_row": 4, "理赔编号": ..., "申请金额": Decimal(...)}
        ...

Column ``validator`` hooks (ID and credit-code checks from ``desktop.validation``)
run on the cleaned text; their ``ValidationError`` becomes a ``Problem``.
"""

from .catalog import CASES, CLAIMS, LETTERS, MEMBERS, PAYMENTS, REGISTERS
from .progress import Cancelled
from .reader import Problem, ReadResult, read_register
from .spec import Column, ColumnKind, RegisterSpec
from .writer import write_register

__all__ = [
    "CASES", "CLAIMS", "LETTERS", "MEMBERS", "PAYMENTS", "REGISTERS", "Cancelled", "Column", "ColumnKind",
    "Problem", "ReadResult", "RegisterSpec", "read_register", "write_register",
]
