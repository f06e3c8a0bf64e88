"""The built-in charts on the real window: pyqtgraph items, theme, hover, wheel, updates."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from rerunqt.qt.adapters.chart_draw import PALETTE

pytestmark = pytest.mark.qt

CHARTS = """
import rerunqt as st
n = st.number_input('n', 1, 10, 1, key='n')
st.line_chart({'a': [1 * n, 2 * n, 3 * n], 'b': [3, 2, 1]})
st.area_chart({'a': [1, 2], 'b': [2, 1]})
st.bar_chart({'k': ['x', 'y'], 'v': [2, 5]}, x='k', horizontal=True)
st.scatter_chart({'x': [1, 2], 'y': [3, 4], 's': [1, 9]}, x='x', y='y', size='s')
"""


def box(pilot: Any, kind: str) -> Any:
    return pilot.record(kind=kind).widget


def curves(chart: Any) -> list[Any]:
    import pyqtgraph as pg

    return [item for item in chart.plot.getPlotItem().listDataItems()
            if isinstance(item, pg.PlotDataItem)]


def test_each_chart_draws_its_series_with_the_palette_and_a_legend(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(CHARTS))
    line = box(pilot, "line_chart")
    drawn = curves(line)
    assert [c.yData.tolist() for c in drawn] == [[1, 2, 3], [3, 2, 1]]
    assert [c.opts["pen"].color().name() for c in drawn] == list(PALETTE[False][:2])
    legend = line.plot.getPlotItem().legend
    assert legend is not None and legend.isVisible()
    assert [label.text for _, label in legend.items] == ["a", "b"]
    assert line.height() >= 350
    bars = box(pilot, "bar_chart")
    assert bars.plot.getPlotItem().getAxis("left")._tickLevels[0] == [(0, "x"), (1, "y")]
    assert box(pilot, "scatter_chart").drawn.items[0].data["size"].tolist()[0] < \
        box(pilot, "scatter_chart").drawn.items[0].data["size"].tolist()[1]
    assert len(box(pilot, "area_chart").drawn.items) == 2


def test_a_rerun_with_the_same_data_keeps_the_plot_and_new_data_updates_it_in_place(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(CHARTS))
    line = box(pilot, "line_chart")
    drawn, items = line.drawn, curves(line)
    pilot.rerun()
    assert box(pilot, "line_chart") is line and line.drawn is drawn  # nothing redrawn
    pilot.set_value(3, key="n")
    assert box(pilot, "line_chart") is line
    assert curves(line) == items  # the same curve objects, new numbers
    assert items[0].yData.tolist() == [3, 6, 9]


def test_the_chart_follows_the_app_theme(rerunqt_pilot, write_script, qapp) -> None:
    from rerunqt.qt.app import apply_theme

    pilot = rerunqt_pilot(write_script(CHARTS))
    line = box(pilot, "line_chart")
    assert not line.dark
    try:
        apply_theme(qapp, "dark", force=True)  # View > Theme > Dark
        pilot.qtbot.waitUntil(lambda: line.dark)
        assert curves(line)[0].opts["pen"].color().name() == PALETTE[True][0]
        axis = line.plot.getPlotItem().getAxis("bottom")
        assert axis.textPen().color().lightness() > 200  # light text on the dark page
    finally:
        apply_theme(qapp, "light", force=True)
    pilot.qtbot.waitUntil(lambda: not line.dark)
    assert curves(line)[0].opts["pen"].color().name() == PALETTE[False][0]


def _scene_point(chart: Any, x: float, y: float) -> QPointF:
    return chart.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))


def test_hovering_shows_the_nearest_point(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(CHARTS))
    line = box(pilot, "line_chart")
    scene = _scene_point(line, 1.05, 2.1)
    qtbot.mouseMove(line.plot.viewport(), line.plot.mapFromScene(scene))
    qtbot.waitUntil(lambda: line.readout.text().strip() != "")
    assert line.readout.text() == "1  ·  a: 2"
    bars = box(pilot, "bar_chart")
    pilot.window.page_scroll.ensureWidgetVisible(bars)  # below the fold: scrolled to, painted
    view = bars.plot.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: view.viewRange()[0][1] > 1)
    bars.hover(_scene_point(bars, 5, 1))  # horizontal: the value is along x
    assert bars.readout.text() == "k y  ·  5"


def _wheel(widget: QWidget, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A wheel turn over ``widget``, passed on to each parent until one accepts it (as Qt does)."""
    target: QWidget | None = widget
    local = QPointF(widget.rect().center())
    while target is not None:
        event = QWheelEvent(local, QPointF(target.mapToGlobal(local.toPoint())), QPoint(),
                            QPoint(0, -120), Qt.MouseButton.NoButton, modifiers,
                            Qt.ScrollPhase.NoScrollPhase, False)
        event.setAccepted(True)
        if QApplication.sendEvent(target, event) and event.isAccepted():
            break
        local += QPointF(target.pos())
        target = None if target.isWindow() else target.parentWidget()
    QApplication.processEvents()


def test_the_wheel_scrolls_the_page_unless_the_chart_has_focus_or_ctrl(
        rerunqt_pilot, write_script, qtbot) -> None:
    source = "import rerunqt as st\nfor i in range(30):\n    st.text(f'{i}')\n" \
             "st.line_chart(list(range(50)))\nfor i in range(30):\n    st.text(f'{i}')\n"
    pilot = rerunqt_pilot(write_script(source))
    pilot.window.resize(600, 500)
    pilot.settle()
    line = box(pilot, "line_chart")
    bar = pilot.window.page_scroll.verticalScrollBar()
    pilot.window.page_scroll.ensureWidgetVisible(line)
    QApplication.processEvents()
    view = line.plot.getPlotItem().getViewBox()
    before_scroll = bar.value()
    _wheel(line.plot.viewport())
    assert bar.value() > before_scroll
    assert view.autoRangeEnabled() == [True, True]  # not zoomed: still fitted to the data
    _wheel(line.plot.viewport(), Qt.KeyboardModifier.ControlModifier)
    assert view.autoRangeEnabled() == [False, False]  # Ctrl+wheel zoomed
    pilot.window.activateWindow()
    line.plot.setFocus()
    qtbot.waitUntil(line.plot.hasFocus)
    zoomed, scroll = view.viewRange(), bar.value()
    _wheel(line.plot.viewport())
    assert view.viewRange() != zoomed and bar.value() == scroll


def test_a_million_points_are_downsampled_and_clipped(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import numpy as np\nimport rerunqt as st\nst.line_chart(np.sin(np.arange(1_000_000) / 1e4))"))
    curve = curves(box(pilot, "line_chart"))[0]
    assert curve.opts["autoDownsample"] and curve.opts["clipToView"]
    shown_x, _ = curve.getData()
    assert len(shown_x) < 100_000


def test_a_fixed_width_chart_keeps_its_width(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.line_chart([1, 2], width=300, height=150)"))
    line = box(pilot, "line_chart")
    assert line.width() == 300
    assert line.plot.height() == 150


def _run_and_list_modules(tmp_path: Any, source: str) -> str:
    script = tmp_path / "app.py"
    script.write_text(source)
    probe = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from rerunqt.testing.pilot import QtPilot
        from rerunqt.qt.app import ensure_application
        from rerunqt.qt.window import AppWindow
        ensure_application()
        window = AppWindow(Path({str(script)!r}), {{}})
        window.show()
        window.start()
        app = ensure_application()
        import time
        end = time.monotonic() + 30
        while window.applied_run < 1 and time.monotonic() < end:
            app.processEvents()
        print("pyqtgraph" in sys.modules, "pandas" in sys.modules, "matplotlib" in sys.modules)
        window.close()
    """)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return done.stdout.split("\n")[-2]


def test_pyqtgraph_is_imported_only_when_a_chart_is_drawn(tmp_path) -> None:
    assert _run_and_list_modules(tmp_path, "import rerunqt as st\nst.text('no charts')\n") == \
        "False False False"
    assert _run_and_list_modules(tmp_path, "import rerunqt as st\nst.line_chart([1, 2])\n") == \
        "True False False"


def test_the_theme_colours_differ(qapp) -> None:
    assert QColor(PALETTE[False][0]) != QColor(PALETTE[True][0])


def test_hover_over_a_stack_reads_the_series_own_value(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.bar_chart({'a': [1, 2], 'b': [10, 20]})\n"
        "st.bar_chart({'a': [1, 2], 'b': [10, 20]}, stack=False)"))
    stacked, side = [r.widget for r in pilot.window.renderer.find(kind="bar_chart")]
    stacked.hover(_scene_point(stacked, 1, 22))  # the top of the second stack: b on a
    assert stacked.readout.text() == "1  ·  b: 20"
    side.hover(_scene_point(side, 1.2, 20))  # b's bar stands right of a's
    assert side.readout.text() == "1  ·  b: 20"


def test_the_charts_demo_in_a_window_takes_a_million_points(rerunqt_pilot) -> None:
    from conftest import DEMOS

    pilot = rerunqt_pilot(DEMOS / "charts.py")
    line = box(pilot, "line_chart")
    items = curves(line)
    assert len(items) == 3 and len(pilot.window.renderer.find(kind="bar_chart")) == 2
    pilot.set_value(1_000_000, key="points")
    assert box(pilot, "line_chart") is line and curves(line) == items  # updated in place
    assert len(items[0].yData) == 1_000_000


def test_areas_and_bars_take_new_numbers_in_place(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        n = st.number_input('n', 1, 10, 1, key='n')
        st.area_chart({'a': [1 * n, 2 * n], 'b': [1, 1]}, stack=True)
        st.bar_chart({'k': ['x', 'y'], 'v': [2 * n, 5]}, x='k', horizontal=True)
    """))
    area, bars = box(pilot, "area_chart"), box(pilot, "bar_chart")
    area_items, bar_items = list(area.drawn.items), list(bars.drawn.items)
    pilot.set_value(3, key="n")
    assert box(pilot, "area_chart") is area and area.drawn.items == area_items
    assert area_items[0].yData.tolist() == [3, 6]
    assert area.drawn.bands[1][1].yData.tolist() == [4, 7]  # b's band stacks on a
    assert box(pilot, "bar_chart") is bars and bars.drawn.items == bar_items
    assert bar_items[0].opts["x1"].tolist() == [6, 5]
    bars.hover(_scene_point(bars, 6, 0))
    assert bars.readout.text() == "k x  ·  6"


def test_area_charts_overlap_unless_stack_is_given(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67 gives Vega ``stack=False`` for the default ``stack=None``: each area
    fills from 0 to its own values; ``stack=True`` stacks them."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.area_chart({'a': [1, 2], 'b': [3, 1]})
        st.area_chart({'a': [1, 2], 'b': [3, 1]}, stack=True)
    """))
    plain, stacked = (found.widget for found in pilot.window.renderer.find(kind="area_chart"))
    assert plain.drawn.items[1].yData.tolist() == [3, 1] and plain.drawn.bands[1] is None
    assert stacked.drawn.bands[1][1].yData.tolist() == [4, 3]


def test_bar_charts_label_every_bar_and_thin_out_many_labels(rerunqt_pilot, write_script) -> None:
    # Streamlit's bar charts take numbers on x as ordered categories: one label per bar
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.bar_chart({'v': [3, 1, 2, 5]})\n"
        "st.bar_chart({'year': [2021, 2020, 2022], 'v': [1, 2, 3]}, x='year')\n"
        "st.bar_chart({'v': list(range(300))})\n"))
    boxes = [r.widget for r in pilot.window.renderer.find(kind="bar_chart")]
    levels = [b.plot.getPlotItem().getAxis("bottom")._tickLevels for b in boxes]
    assert levels[0][0] == [(0, "0"), (1, "1"), (2, "2"), (3, "3")]
    assert levels[1][0] == [(0, "2020"), (1, "2021"), (2, "2022")]  # sorted as numbers
    labelled, ticked = levels[2]
    assert 10 <= len(labelled) <= 30 and len(labelled) + len(ticked) == 300


def test_horizontal_bars_label_every_band_taller_than_its_letters(rerunqt_pilot, write_script) -> None:
    """20 horizontal bars of three series in Streamlit's 350 px chart (a legend under them):
    Vega labels each one (a band is taller than the 12 px text); every other label was
    dropped. 100 bars still thin out."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.bar_chart({k: list(range(1, 21)) for k in 'abc'}, horizontal=True)\n"
        "st.bar_chart({'v': list(range(1, 101))}, horizontal=True)\n"))
    boxes = [r.widget for r in pilot.window.renderer.find(kind="bar_chart")]
    first, many = (b.plot.getPlotItem().getAxis("left")._tickLevels for b in boxes)
    assert [label for _, label in first[0]] == [str(i) for i in range(20)]
    assert len(many[0]) < 60 and len(many[0]) + len(many[1]) == 100


def test_the_legend_sits_under_the_chart_never_over_the_data(rerunqt_pilot, write_script) -> None:
    # Streamlit's built-in charts put the legend below the chart (orient "bottom")
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.bar_chart({'a': [5, 9], 'b': [7, 3]})\n"))
    item = box(pilot, "bar_chart").plot.getPlotItem()
    legend = item.legend
    assert legend is not None and legend.isVisible()
    assert [label.text for _, label in legend.items] == ["a", "b"]
    data_area = item.getViewBox().sceneBoundingRect()
    assert legend.sceneBoundingRect().top() >= data_area.bottom()
    assert legend.sceneBoundingRect().width() < data_area.width() / 2  # compact, one row


def test_a_narrow_chart_fits_its_legend_and_labels(rerunqt_pilot, write_script) -> None:
    # in one of three columns the one-row legend was cut off at the right and long
    # category labels overlapped: the legend wraps into rows, labels are cut short
    from PySide6.QtGui import QFontMetrics

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
a, b, c = st.columns(3)
a.line_chart({"North": [1, 2], "South": [2, 1], "East": [3, 1], "West": [1, 3]})
b.bar_chart({"product": ["Doohickeys", "Gadgets", "Gizmos", "Sprockets", "Widgets"],
             "revenue": [5, 4, 6, 3, 2]}, x="product", y="revenue")
"""))
    pilot.window.resize(900, 700)
    line, bars = box(pilot, "line_chart"), box(pilot, "bar_chart")
    item = line.plot.getPlotItem()
    pilot.qtbot.waitUntil(lambda: item.legend.columnCount < 4)
    assert item.legend.sceneBoundingRect().width() <= item.getViewBox().sceneBoundingRect().width() + 1
    axis = bars.plot.getPlotItem().getAxis("bottom")
    length = bars.plot.getPlotItem().getViewBox().width()
    shown = [text for _, text in axis._tickLevels[0]]
    metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
    # labels that do not fit level stand upright, whole (Vega-Lite's labelAngle 270)
    assert len(shown) * max(metrics.horizontalAdvance(t) for t in shown) > length
    assert axis.rotated and shown == ["Doohickeys", "Gadgets", "Gizmos", "Sprockets", "Widgets"]


def test_category_labels_that_do_not_fit_stand_upright_and_whole(rerunqt_pilot, write_script) -> None:
    # st.bar_chart(..., width=420) cut ten labels to "Wi\u2026" (or showed every 4th)
    from PySide6.QtGui import QFontMetrics

    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "s = pd.Series(range(10), index=[f'Widget {c}' for c in 'ABCDEFGHIJ'])\n"
        "st.bar_chart(s, width=420)\nst.bar_chart({'k': ['a', 'b'], 'v': [1, 2]}, x='k')\n"))
    narrow, short = (r.widget for r in pilot.window.renderer.find(kind="bar_chart"))
    axis = narrow.plot.getPlotItem().getAxis("bottom")
    pilot.qtbot.waitUntil(lambda: axis.rotated)
    assert axis._tickLevels[0] == [(i, f"Widget {c}") for i, c in enumerate("ABCDEFGHIJ")]
    metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
    assert axis.height() >= metrics.horizontalAdvance("Widget A")  # room for the upright text
    image = narrow.plot.grab().toImage()  # ink under every bar, down the axis
    rect = axis.mapRectToScene(axis.boundingRect())
    box = narrow.plot.getPlotItem().getViewBox()
    for i in range(10):
        x = round(narrow.plot.mapFromScene(box.mapViewToScene(QPointF(i, 0))).x())
        ink = [image.pixelColor(x + dx, y).lightness() < 160 for dx in (-4, -2, 0, 2, 4)
               for y in range(round(rect.top()) + 10, round(rect.bottom()) - 4)]
        assert sum(ink) > 20, i
    short_axis = short.plot.getPlotItem().getAxis("bottom")
    assert not short_axis.rotated and short_axis._tickLevels[0] == [(0, "a"), (1, "b")]


def test_an_area_legend_shows_one_filled_swatch_per_series(rerunqt_pilot, write_script) -> None:
    """The first (filled to 0) series showed a wedge and the stacked ones a bare line."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.area_chart({'a': [1, -2, 3], 'b': [2, 1, -1], 'c': [1, 1, 1]})\n"))
    legend = box(pilot, "area_chart").plot.getPlotItem().legend
    samples = [sample.item for sample, _ in legend.items]
    assert len(samples) == 3 and all(type(s).__name__ == "BarGraphItem" for s in samples)
    assert len({QColor(s.opts["brush"]).name() for s in samples}) == 3


def test_a_scatter_coloured_by_a_number_column_has_a_gradient_not_a_legend_per_value(
        rerunqt_pilot, write_script) -> None:
    """Streamlit types a colour column of numbers as quantitative: a colour scale and a
    gradient legend (here each of the 60 numbers was a category: 60 legend entries that
    squeezed the data away). With a size legend too, both fit beside the data."""
    pilot = rerunqt_pilot(write_script("""
import numpy as np
import rerunqt as st
rng = np.random.default_rng(0)
data = {'a': np.arange(60), 'b': rng.random(60), 'c': rng.random(60) * 10, 'd': rng.random(60) * 30}
st.scatter_chart(data, x='a', y='b', size='d', color='c')
"""))
    pilot.window.resize(1000, 900)
    pilot.settle()
    chart = pilot.record(kind="vega_lite_chart").widget
    vp = chart.drawn.plot
    assert vp.gradient is not None and vp.gradient.title == "c"
    assert vp.sizes is not None and vp.sizes.title == "d"
    assert vp.legend is None  # no categorical legend
    item = chart.plot.getPlotItem()
    assert item.size().height() <= chart.plot.height()  # the legends do not push the x axis out
    assert item.getAxis("bottom").isVisible() and item.getViewBox().size().height() > 200


def test_a_horizontal_bar_charts_grid_runs_along_its_value_axis(rerunqt_pilot, write_script) -> None:
    """Streamlit's horizontal bar chart puts ``grid: true`` on x (the values) and none on the
    categories; the grid was on y, lines behind the bars and none to read the values by."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.bar_chart({'k': ['x', 'y'], 'v': [2, 5]}, x='k', horizontal=True)\n"
        "st.bar_chart({'k': ['x', 'y'], 'v': [2, 5]}, x='k')\n"))
    flat, upright = (r.widget.plot.getPlotItem() for r in pilot.window.renderer.find(kind="bar_chart"))
    assert flat.getAxis("bottom").grid and flat.getAxis("left").grid is False
    assert upright.getAxis("left").grid and upright.getAxis("bottom").grid is False


def test_bars_and_areas_of_a_text_y_do_not_stack(rerunqt_pilot, write_script) -> None:
    """st.bar_chart(df) of names and ages: a nominal y (Streamlit 1.67), which Vega-Lite
    never stacks; stacking positions drew each name on top of an age."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        data = {'Nome': ['Bob', 'Al'], 'Idade': [25, 30]}
        st.bar_chart(data)
        st.area_chart(data, stack=True)
    """))
    bars, area = box(pilot, "bar_chart"), box(pilot, "area_chart")
    names = bars.drawn.items[1].opts  # labels 25, 30, Al, Bob: Bob on the bottom (0)
    assert names["y0"].tolist() == [0, 0] and names["y1"].tolist() == [0, 1]
    assert area.drawn.items[1].yData.tolist() == [0, 1] and area.drawn.bands[1] is None
