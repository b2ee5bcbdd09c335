"""The 理赔支付 area: claims, payment batches, mediation settlements (read-only) and plans."""

from __future__ import annotations

from ui.claims.batches_tab import BatchesTab
from ui.claims.claims_tab import ClaimsTab
from ui.claims.plans_tab import PlansTab
from ui.claims.settlements_tab import SettlementsTab
from ui.context import AppContext
from ui.qt import QTabWidget, QWidget

TITLE = "理赔支付"
AREA_KEY = "claims"


def create(context: AppContext, parent=None) -> QWidget:
    return ClaimsPage(context, parent)


class ClaimsPage(QTabWidget):
    HELP = ("理赔支付：登记理赔申请（Ctrl+N），按姓名、身份证号或申请编号查找（Ctrl+F），"
            "在右侧审核、核准；已核准的理赔编入支付批次。右键可复制或导出所选行。")

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

    def focus_search(self) -> None:
        self.setCurrentWidget(self.claims)
        self.claims.search.setFocus()
        self.claims.search.selectAll()

    def open_record(self, record_id: int, tab: str | None = None) -> None:
        """The claim in the 理赔申请 tab's detail panel (selected in the list when it is on the page shown);
        ``tab`` is ``detail`` (the only view a claim has)."""
        self.setCurrentWidget(self.claims)
        self.claims.select_claim(record_id)
        self.claims.detail.show_claim(record_id)

    def new_record(self) -> None:
        if self.claims.new_button.isEnabled():
            self.setCurrentWidget(self.claims)
            self.claims.new_claim()
