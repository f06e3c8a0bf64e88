"""What the user sees of the Streamlit-parity fixes, on the real (offscreen) window: colours
with alpha, lines joined in x order, legend order, category labels, axis titles, st.json's
depth, Markdown in st.table cells and st.metric, and metric icons."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
import pytest
from chart_views import axis_labels
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from rerunqt.core.md_symbols import MATERIAL_SYMBOLS
from rerunqt.qt.adapters.chart_draw import PALETTE

pytestmark = pytest.mark.qt


def chart(pilot: Any, kind: str, index: int = 0) -> Any:
    return pilot.window.renderer.find(kind=kind)[index].widget


def painted(pilot: Any, box: Any) -> Any:
    """The chart scrolled into view, its ranges set: the window's image (the plot itself is
    transparent; what the user sees is it over the page)."""
    pilot.window.page_scroll.ensureWidgetVisible(box)
    view = box.plot.getPlotItem().getViewBox()
    view.updateAutoRange()
    pilot.qtbot.waitUntil(lambda: box.plot.isVisible() and view.width() > 10)
    return pilot.window.grab().toImage()


def pixel_at(pilot: Any, box: Any, image: QImage, x: float, y: float) -> QColor:
    """The colour on screen at the chart's data point (x, y)."""
    scene = box.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    point = box.plot.viewport().mapTo(pilot.window, box.plot.mapFromScene(scene))
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


def near(colour: QColor, rgb: tuple[int, int, int], slack: int = 4) -> bool:
    return all(abs(a - b) <= slack for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb))


COLOURS = """
import rerunqt as st, pandas as pd
df = pd.DataFrame({'x': [1, 2, 3], 'a': [1, 3, 2], 'b': [2, 1, 3]})
st.bar_chart(df, x='x', y='a', color='#00FF0080')
st.bar_chart(df, x='x', y='a', color=(0.1, 0.5, 0.9, 0.5))
st.area_chart(df, x='x', y=['a', 'b'], color=['#FF000080', '#0000FF80'])
st.line_chart(df, x='x', y='a', color=(255, 0, 0))
"""


def test_bars_get_the_hex_or_tuple_colour_with_its_alpha(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(COLOURS))
    green, blue = chart(pilot, "bar_chart", 0), chart(pilot, "bar_chart", 1)
    brush = pg.mkBrush(green.drawn.items[0].opts["brush"]).color()
    assert (brush.red(), brush.green(), brush.blue(), brush.alpha()) == (0, 255, 0, 128)
    brush = pg.mkBrush(blue.drawn.items[0].opts["brush"]).color()
    assert (brush.red(), brush.green(), brush.blue(), brush.alpha()) == (25, 127, 229, 127)
    image = painted(pilot, green)
    seen = pixel_at(pilot, green, image, 1, 1.0)  # the middle bar (category "2"), half way up
    assert near(seen, (127, 255, 127)), seen.name()  # half-transparent green on white


def test_areas_and_lines_take_css_ordered_hex_and_tuples(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(COLOURS))
    area = chart(pilot, "area_chart")
    pens = [item.opts["pen"].color() for item in area.drawn.items]
    assert [(c.red(), c.green(), c.blue(), c.alpha()) for c in pens] == [
        (255, 0, 0, 128), (0, 0, 255, 128)]  # red and blue, not navy and mint
    line = chart(pilot, "line_chart")
    assert line.drawn.items[0].opts["pen"].color().name() == "#ff0000"


def test_a_line_is_drawn_through_its_points_in_x_order(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "st.line_chart(pd.DataFrame({'x': [0.5, -1.2, 2.0, 0.1], 'y': [1, 2, 3, 4]}), x='x', y='y')\n"
        "st.area_chart(pd.DataFrame({'x': [3, 1, 2], 'y': [3, 1, 2]}), x='x', y='y')\n"))
    curve = chart(pilot, "line_chart").drawn.items[0]
    assert curve.xData.tolist() == [-1.2, 0.1, 0.5, 2.0]
    assert curve.yData.tolist() == [2.0, 4.0, 1.0, 3.0]
    assert chart(pilot, "area_chart").drawn.items[0].xData.tolist() == [1.0, 2.0, 3.0]


def test_the_legend_and_the_palette_follow_the_sorted_names(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "st.line_chart(pd.DataFrame({'zeta': [1, 2], 'alpha': [2, 1]}))\n"
        "st.line_chart(pd.DataFrame({'x': [1, 2, 3, 4], 'y': [1, 2, 3, 4], 'g': ['b', 'b', 'a', 'a']}),"
        " x='x', y='y', color='g')\n"))
    for index, names in ((0, ["alpha", "zeta"]), (1, ["a", "b"])):
        box = chart(pilot, "line_chart", index)
        legend = box.plot.getPlotItem().legend
        assert [label.text for _, label in legend.items] == names
        assert box.drawn.items[0].opts["pen"].color().name() == PALETTE[False][0]
    first = chart(pilot, "line_chart", 0).drawn.items[0]
    assert first.yData.tolist() == [2.0, 1.0]  # the first colour is alpha's line


def test_horizontal_bars_put_the_first_category_at_the_top(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "st.bar_chart(pd.DataFrame({'k': ['b', 'a', 'c'], 'v': [1, 2, 3]}), x='k', y='v',"
        " horizontal=True)\n"))
    box = chart(pilot, "bar_chart")
    painted(pilot, box)
    view = box.plot.getPlotItem().getViewBox()
    top_of = [view.mapViewToScene(QPointF(0.5, float(i))).y() for i in range(3)]
    assert top_of == sorted(top_of)  # "a" (position 0) highest on screen, then "b", "c"
    assert box.drawn.data.x_labels == ("a", "b", "c")


def test_every_category_label_is_drawn_at_the_edges_too(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "st.line_chart(pd.DataFrame({'d': ['2024-01-01', '2024-01-15', '2024-03-01'], 'v': [1, 3, 2]}),"
        " x='d', y='v')\n"
        "st.bar_chart(pd.DataFrame({'product': ['Widget Alpha', 'Widget Beta', 'Gadget Gamma',"
        " 'Gizmo Delta'], 'sales': [5, 3, 4, 2]}), x='product', y='sales')\n"))
    pilot.window.resize(1100, 900)
    pilot.settle()
    line, bars = chart(pilot, "line_chart"), chart(pilot, "bar_chart")
    for box, labels in ((line, ["2024-01-01", "2024-01-15", "2024-03-01"]),
                        (bars, ["Gadget Gamma", "Gizmo Delta", "Widget Alpha", "Widget Beta"])):
        painted(pilot, box)
        assert axis_labels(box.plot.getPlotItem().getAxis("bottom")) == labels


def test_no_y_title_unless_the_script_named_y(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "st.line_chart(pd.Series([1, 3, 2], name='s'))\n"
        "st.area_chart([1, 5, 2])\n"
        "st.line_chart({'t': [1, 2], 'v': [3, 4]}, x='t', y='v')\n"))
    for box in (chart(pilot, "line_chart", 0), chart(pilot, "area_chart")):
        plot = box.plot.getPlotItem()
        assert not plot.getAxis("left").label.isVisible()
        assert not plot.getAxis("bottom").label.isVisible()
    named = chart(pilot, "line_chart", 1).plot.getPlotItem()
    assert named.getAxis("left").labelText == "v" and named.getAxis("left").label.isVisible()
    assert named.getAxis("bottom").labelText == "t"


def test_json_opens_to_the_given_depth_and_folds_on_click(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.json({'a': {'b': {'c': {'d': 1}}}, 'e': 2}, expanded=1)\n"))
    view = pilot.record(kind="json").widget
    assert view.label.isVisible()
    text = view.label.text()
    assert "&quot;a&quot;" in text and "&quot;b&quot;" not in text and "{…} 1 key" in text
    links = [part.split('"')[0] for part in text.split('href="')[1:]]
    assert len(links) == 2  # the root's "{" (it folds the whole) and "a"'s folded value
    view.label.linkActivated.emit(links[1])  # a click on "a"'s folded value opens it
    assert "&quot;b&quot;" in view.label.text() and "&quot;c&quot;" not in view.label.text()
    assert pilot.window.session.run_count == 1  # view-only: no rerun


def _ink(image: QImage, row: int) -> tuple[int, int, int]:
    """(leftmost, rightmost, count) of the dark pixels of one row band of ``image``."""
    xs = [x for y in range(max(0, row - 8), min(image.height(), row + 8))
          for x in range(image.width()) if image.pixelColor(x, y).lightness() < 110]
    return (min(xs), max(xs), len(xs)) if xs else (0, 0, 0)


def _cell_image(view: Any, row: int, column: int) -> QImage:
    rect = view.visualRect(view.model().index(row, column))
    return view.viewport().grab(rect).toImage()


def test_table_cells_and_headers_show_markdown_not_asterisks(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "st.table(pd.DataFrame({'**Head**': ['**bold**', 'bold'], 'n': [1, 2]}))\n"
        "st.dataframe(pd.DataFrame({'p': ['**bold**', 'bold']}), key='plain')\n"
        "st.dataframe(pd.DataFrame({'m': ['**bold**', 'bold']}), key='md',"
        " column_config={'m': st.column_config.MarkdownColumn('M')})\n"))
    table = pilot.record(kind="table").widget
    plain, md = pilot.table(key="plain"), pilot.table(key="md")
    middle = table.visualRect(table.model().index(0, 0)).height() // 2
    marked = _ink(_cell_image(table, 0, 0), middle)
    as_plain = _ink(_cell_image(table, 1, 0), middle)
    with_stars = _ink(_cell_image(plain, 0, 0), middle)
    width = lambda ink: ink[1] - ink[0]  # noqa: E731
    assert width(marked) < width(with_stars) - 8  # no asterisks around the word
    assert abs(width(marked) - width(as_plain)) <= 6  # the word alone...
    assert marked[2] > as_plain[2] * 1.15  # ...in bold: more ink
    # a MarkdownColumn cell shows its source, as Streamlit's grid (rendered only in its overlay)
    assert width(_ink(_cell_image(md, 0, 0), middle)) == width(with_stars)
    header = table.horizontalHeader()
    section = header.rect()
    section.setWidth(header.sectionSize(0))
    image = header.grab(section).toImage()
    left, right, _ = _ink(image, image.height() // 2)
    assert 0 < right - left < header.fontMetrics().horizontalAdvance("**Head**") - 6


def test_metric_value_and_delta_show_markdown_and_material_icons(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.metric('**Rev**', '**$1.2M** :green[up]', '*5%*')\n"
        "st.metric('Plain', '$23,989,245.78', '-1')\n"
        "st.metric('ic', 1, icon=':material/home:')\n"))
    rich, plain, icon = (r.widget for r in pilot.window.renderer.find(kind="metric"))
    assert rich.value.textFormat() == Qt.TextFormat.RichText
    assert "**" not in rich.value.text() and "font-weight" in rich.value.text()
    assert "$1.2M" in rich.value.text() and "up" in rich.value.text()
    assert "font-style:italic" in rich.delta.text() and "*" not in rich.delta.text()
    assert plain.value.textFormat() == Qt.TextFormat.PlainText  # money is no formula
    assert plain.value.text() == "$23,989,245.78"
    # beside the label, as Streamlit 1.67 draws it (its stMetricLabel holds the icon), not the value
    assert icon.label.text().startswith(MATERIAL_SYMBOLS['home']) and "ic" in icon.label.text()
    assert icon.value.text() == "1"


def test_built_in_colour_names_draw_in_the_theme_colours(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67 takes "red" ... "gray" and "primary" as a chart's colour, drawn in the
    theme's colours ("red" is #ff4b4b, not CSS red); "primary" raised "not a colour"."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.bar_chart({'a': [1, 3], 'b': [2, 1]}, color=['Red', 'primary'])
    """))
    bars = chart(pilot, "bar_chart")
    red, primary = (pg.mkBrush(item.opts["brush"]).color() for item in bars.drawn.items)
    assert red.name() == "#ff4b4b"
    from rerunqt.qt import theme_state

    assert primary.name() == theme_state.primary().name()


def test_normalized_stacks_label_their_value_axis_in_percent(rerunqt_pilot, write_script) -> None:
    """Vega-Lite writes a ``stack="normalize"`` axis in its normalizedNumberFormat, ".0%"
    ("0%" ... "100%"), as Streamlit 1.67 shows; the shares were written "0.0" ... "1.0"."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        data = {'a': [1.0, 3.0], 'b': [2.0, 1.0]}
        st.bar_chart(data, stack='normalize')
        st.area_chart(data, stack='normalize', height=300)
        st.bar_chart(data, stack='normalize', horizontal=True)
    """))
    for index, side in ((0, "left"), (1, "bottom")):
        box = chart(pilot, "bar_chart", index)
        painted(pilot, box)
        labels = axis_labels(box.plot.getPlotItem().getAxis(side))
        assert labels[0] == "0%" and labels[-1] == "100%" and "50%" in labels
    area = chart(pilot, "area_chart")
    painted(pilot, area)
    assert axis_labels(area.plot.getPlotItem().getAxis("left"))[-1] == "100%"


def test_areas_split_by_colour_are_filled_at_streamlits_opacity(rerunqt_pilot, write_script) -> None:
    """Streamlit gives areas of several y columns (or a colour column) opacity 0.7, and a
    single plain area none (opaque); the fills were 35% and 59% opaque."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.area_chart({'a': [1, 2], 'b': [2, 1]})
        st.area_chart({'a': [1, 2]})
        st.area_chart({'x': [1, 1], 'v': [1, 2], 'g': ['p', 'p']}, x='x', y='v', color='g')
    """))
    alphas = [[pg.mkBrush(item.opts["fillBrush"]).color().alpha() for item in chart(
        pilot, "area_chart", i).drawn.items] for i in range(3)]
    assert alphas == [[178, 178], [255], [178]]
