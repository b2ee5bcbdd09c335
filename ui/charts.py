"""A ``ChartSpec`` drawn with QtCharts, saved as a PNG from its right-click menu or its 「保存为图片…」 button.

    panel = ChartPanel()
    panel.show_spec(spec)          # bar / line / pie, Chinese labels, the unit on the value axis
    panel.save_png(path)           # what the button does after asking for the file

Money in 元 is drawn in 万元 once the largest value reaches 100,000 (the axis says which).
"""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

from desktop.stats.charts import PALETTE, ChartSpec
from ui.qt import (
    QAction,
    QApplication,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QColor,
    QFont,
    QHBoxLayout,
    QLabel,
    QLineSeries,
    QMenu,
    QPainter,
    QPieSeries,
    QPushButton,
    Qt,
    QValueAxis,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.prompts import prompt_for

TEN_THOUSAND = Decimal(10000)
SAVE_TEXT = "保存为图片…"


def scale_of(spec: ChartSpec) -> tuple[str, Decimal]:
    """The value axis's unit and divisor: 元 becomes 万元 for large amounts."""
    if spec.unit == "元" and spec.largest >= 100000:
        return "万元", TEN_THOUSAND
    return spec.unit, Decimal(1)


def nice_top(largest: float) -> float:
    """A round top for the value axis a little above ``largest`` (1 for an empty chart)."""
    if largest <= 0:
        return 1.0
    target = largest * 1.1
    step = 10.0 ** (len(str(int(target))) - 1)
    return next(step * m for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10) if step * m >= target)


def build_chart(spec: ChartSpec) -> QChart:
    chart = QChart()
    base = QFont(QApplication.font())
    title = QFont(base)
    title.setPointSizeF(base.pointSizeF() + 1.5)
    title.setBold(True)
    chart.setTitleFont(title)
    chart.setTitle(spec.title if spec.largest else f"{spec.title}（暂无数据）")
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setFont(base)
    if spec.kind == "pie":
        _pie(chart, spec)
    else:
        _xy(chart, spec, base)
    return chart


def _pie(chart: QChart, spec: ChartSpec) -> None:
    series = QPieSeries()
    _, values = spec.series[0]
    total = sum(values)
    for index, (category, value) in enumerate(zip(spec.categories, values)):
        piece = series.append(f"{category} {value}{spec.unit}", float(value))
        piece.setColor(QColor(PALETTE[index % len(PALETTE)]))
        piece.setLabelVisible(bool(value))
        if total:
            piece.setLabel(f"{category} {value}{spec.unit}（{float(value) / float(total):.0%}）")
    series.setPieSize(0.62)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)


def _xy(chart: QChart, spec: ChartSpec, font: QFont) -> None:
    unit, divisor = scale_of(spec)
    axis_x = QBarCategoryAxis()
    months = len(spec.categories) == 12 and all(c.endswith("月") for c in spec.categories)
    axis_x.append([c.removesuffix("月") for c in spec.categories] if months else list(spec.categories))
    if months:
        axis_x.setTitleText("月份")
    axis_x.setLabelsFont(font)
    axis_y = QValueAxis()
    axis_y.setLabelsFont(font)
    axis_y.setTitleText(unit)
    top = nice_top(float(spec.largest / divisor))
    counts = all(isinstance(v, int) for _, values in spec.series for v in values)
    axis_y.setRange(0, math.ceil(top) if counts else top)
    axis_y.applyNiceNumbers()
    axis_y.setLabelFormat("%.1f" if divisor != 1 else "%.0f")
    if counts and axis_y.max() <= 5:
        axis_y.setTickCount(int(axis_y.max()) + 1)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    if spec.kind == "bar":
        bars = QBarSeries()
        for index, (name, values) in enumerate(spec.series):
            bar_set = QBarSet(name)
            bar_set.append([float(v / divisor) for v in values])
            bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            bars.append(bar_set)
        chart.addSeries(bars)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_y)
    else:
        for index, (name, values) in enumerate(spec.series):
            line = QLineSeries()
            line.setName(name)
            line.setPointsVisible(True)
            line.setColor(QColor(PALETTE[index % len(PALETTE)]))
            for x, value in enumerate(values):
                line.append(float(x), float(value / divisor))
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
    chart.legend().setVisible(len(spec.series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)


class ChartView(QChartView):
    """The chart itself; right-click offers 「保存为图片…」."""

    def __init__(self, panel: ChartPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _menu(self, position) -> None:
        menu = QMenu(self)
        action = QAction(SAVE_TEXT, menu)
        action.triggered.connect(self.panel.ask_and_save)
        menu.addAction(action)
        menu.exec(self.mapToGlobal(position))


class ChartPanel(QWidget):
    """One chart with its save button; ``spec`` is what it shows."""

    def __init__(self, parent: QWidget | None = None, *, minimum_height: int = 220) -> None:
        super().__init__(parent)
        self.spec: ChartSpec | None = None
        self.view = ChartView(self)
        self.view.setMinimumHeight(minimum_height)
        self.save_button = QPushButton(SAVE_TEXT, objectName="save_chart")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.ask_and_save)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel())
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def show_spec(self, spec: ChartSpec) -> None:
        self.spec = spec
        old = self.view.chart()
        self.view.setChart(build_chart(spec))
        if old is not None:
            old.deleteLater()
        self.save_button.setEnabled(True)
        self.setObjectName(f"chart_{spec.key}")

    def chart(self) -> QChart:
        return self.view.chart()

    def ask_and_save(self) -> None:
        if self.spec is None:
            return
        prompt = prompt_for(self)
        path = prompt.save_file(self, "保存图表", f"{self.spec.title}.png", "PNG 图片 (*.png)")
        if path is None:
            return
        out = path if path.suffix.lower() == ".png" else path.with_name(f"{path.name}.png")
        if not self.save_png(out):
            prompt.warn(self, "保存图表", f"图片未能保存：{out}\n请检查文件夹是否存在、是否有写入权限。")

    def save_png(self, out: Path) -> bool:
        return self.view.grab().save(str(out), "PNG")
