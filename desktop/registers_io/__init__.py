"""Registers (台账) to and from the database: exports an auditor accepts, imports an officer trusts.

Qt-free. The layout of the workbooks is ``desktop.registers``; this package fills
them from the database and brings them back::

    export_register(database, actor, ExportRequest("claims", Period.of_year(2024)), "理赔台账.xlsx")

    plan = plan_import(database, actor, "cases", "案件台账.xlsx")   # writes nothing
    if plan.ok:                                                      # else plan.errors, by row/column
        apply_import(database, actor, plan)                          # all rows or none
"""

from .exporting import EXPORTS, KIND_LABELS, ExportRequest, check_export, count_rows, export_register
from .importing import IMPORTS, apply_import, plan_import
from .period import Period
from .plan import ImportOptions, ImportPlan, PlanEntry

__all__ = [
    "EXPORTS", "IMPORTS", "ExportRequest", "ImportOptions", "ImportPlan", "Period", "PlanEntry", "apply_import",
    "KIND_LABELS", "check_export", "count_rows", "export_register", "plan_import",
]
