"""The 理赔支付 area: claims, payment batches, mediation settlements (read-only) and plans."""

from __future__ import annotations

from ui.claims.batches_tab import BatchesTab
from ui.claims.claims_tab import ClaimsTab
from ui.claims.plans_tab import PlansTab
from ui.claims.settlements_tab import SettlementsTab
from ui.context import AppContext
from ui.qt import QTabWidget, QWidget

TITLE = "理赔支付"


def create(context: AppContext, parent=None) -> QWidget:
    return ClaimsPage(context, parent)


class ClaimsPage(QTabWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("claims_page")
        self.claims = ClaimsTab(context)
        self.batches = BatchesTab(context)
        self.settlements = SettlementsTab(context)
        self.plans = PlansTab(context)
        self.addTab(self.claims, "理赔申请")
        self.addTab(self.batches, "支付批次")
        self.addTab(self.settlements, "调解协议履行款")
        self.addTab(self.plans, "保障项目")
