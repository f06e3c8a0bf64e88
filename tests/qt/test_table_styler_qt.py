"""A pandas Styler on st.table as Streamlit 1.67's static table shows it, where the browser
applies the Styler's CSS (st.dataframe's grid reads only colours and weight): its caption
under the table, Styler.bar's bars across the cells, set_table_styles' header colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

pytestmark = pytest.mark.qt

CAPTIONS = """
import rerunqt as st, pandas as pd
df = pd.DataFrame({"a": [1.5, 2.5], "b": [3, 4]})
st.table(df.style.set_caption("Weather Conditions"))
st.table(df.style)
st.dataframe(df.style.set_caption("Not shown"), key="df")
"""


def test_a_styler_caption_is_written_under_st_table(rerunqt_pilot, write_script) -> None:
    """Streamlit writes it below the table's border, left, faded; st.dataframe shows none."""
    pilot = rerunqt_pilot(write_script(CAPTIONS))
    captioned, plain = (e.widget for e in pilot.window.renderer.find(kind="table"))
    label = captioned.caption.label
    assert label is not None and label.isVisible() and label.text() == "Weather Conditions"
    room = captioned.caption.room
    assert room > label.height() > 0
    assert captioned.height() == plain.height() + room  # the rows keep their room
    assert label.geometry().top() >= captioned.height() - room  # under the frame
    assert label.geometry().bottom() < captioned.height()
    assert plain.caption.label is None
    assert not pilot.table(key="df").findChildren(type(label), "rqCaption")


def _pixel(view, row: int, fraction: float) -> QColor:
    """The colour painted at ``fraction`` of the width of cell (row, 0), a few pixels down."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(row, 0))
    return image.pixelColor(rect.left() + int(rect.width() * fraction), rect.top() + 4)


def test_styler_bars_are_drawn_across_st_table_cells(rerunqt_pilot, write_script) -> None:
    """A browser draws Styler.bar's linear-gradient background as a bar from the cell's left
    (st.table); the bar's part of the width is the value's part of the range."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "df = pd.DataFrame({'x': [1.0, 4.0]})\n"
        "st.table(df.style.bar(color='#ff0000', vmin=0, vmax=4))\n"))
    view = pilot.window.renderer.find(kind="table")[0].widget
    red = QColor("#ff0000")
    assert _pixel(view, 0, 0.1) == red and _pixel(view, 0, 0.5) != red  # a quarter
    assert _pixel(view, 1, 0.1) == red and _pixel(view, 1, 0.5) == red  # the whole cell


def test_table_styles_colour_st_table_headers_index_and_cells(rerunqt_pilot, write_script) -> None:
    """``set_table_styles([{"selector": "th", ...}])`` colours st.table's column headers,
    index cells and corner (the browser applies the rule to every th), a striped ``tr``
    rule the rows' cells; st.dataframe's grid ignores table rules."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "df = pd.DataFrame({'a': [1, 2], 'b': [3, 4]}, index=pd.Index(['x', 'y'], name='k'))\n"
        "s = df.style.set_table_styles([\n"
        "    {'selector': 'th', 'props': [('background-color', '#000066'), ('color', 'white')]},\n"
        "    {'selector': 'tr:nth-child(even)', 'props': 'background-color: #eeeeee'}])\n"
        "st.table(s)\nst.dataframe(s, key='df')\n"))
    view = pilot.window.renderer.find(kind="table")[0].widget
    navy = QColor("#000066")
    header = view.horizontalHeader().grab().toImage()
    assert header.pixelColor(view.columnViewportPosition(1) + 20, 8) == navy
    index = view.verticalHeader().grab().toImage()
    assert index.pixelColor(5, view.rowViewportPosition(1) + 5) == navy
    assert view.corner.button.grab().toImage().pixelColor(3, 3) == navy
    model = view.model()
    back = Qt.ItemDataRole.BackgroundRole
    assert model.index(0, 0).data(back) is None and model.index(1, 0).data(back) == QColor("#eeeeee")
    grid = pilot.table(key="df")
    assert grid.model().index(1, 0).data(back) is None
    assert grid.model().heading_style(Qt.Orientation.Horizontal, 0) is None


def test_a_styler_text_align_places_st_table_cells_and_headers(rerunqt_pilot, write_script) -> None:
    """``set_properties(**{"text-align": "center"})`` centres st.table cells, a ``th`` rule its
    headers, as a browser aligns them; st.dataframe's grid keeps its own alignment."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "df = pd.DataFrame({'name': ['alpha', 'beta'], 'v': [1.5, 22.25]})\n"
        "s = df.style.set_properties(subset=['name'], **{'text-align': 'center'})\n"
        "s.set_table_styles([{'selector': 'th.col1', 'props': 'text-align: center'},\n"
        "                    {'selector': 'td.col1', 'props': 'text-align: left'}])\n"
        "st.table(s)\nst.dataframe(s, key='df')\n"))
    align = Qt.ItemDataRole.TextAlignmentRole
    model = pilot.window.renderer.find(kind="table")[0].widget.model()
    flag = Qt.AlignmentFlag
    centre, left, right = flag.AlignHCenter, flag.AlignLeft, flag.AlignRight
    assert Qt.AlignmentFlag(model.index(1, 0).data(align)) & centre
    assert Qt.AlignmentFlag(model.index(0, 1).data(align)) & left  # (a number column: right before)
    assert Qt.AlignmentFlag(model.headerData(1, Qt.Orientation.Horizontal, align)) & centre
    assert model.headerData(0, Qt.Orientation.Horizontal, align) is None
    grid = pilot.table(key="df").model()
    assert grid.index(1, 0).data(align) is None and Qt.AlignmentFlag(grid.index(0, 1).data(align)) & right


def test_a_styler_font_size_sizes_st_table_cells_and_their_rows(rerunqt_pilot, write_script) -> None:
    """``set_properties(**{"font-size": "24px"})`` writes st.table cells in that size (pt, em
    and keywords too) and the rows grow to hold them; Streamlit's grid keeps its size."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "df = pd.DataFrame({'name': ['alpha', 'beta'], 'v': [1.5, 2.5]})\n"
        "s = df.style.set_properties(subset=['name'], **{'font-size': '36px'})\n"
        "s.set_properties(subset=['v'], **{'font-size': '9pt'})\n"
        "st.table(s)\nst.table(df)\nst.dataframe(s, key='df')\n"))
    font = Qt.ItemDataRole.FontRole
    sized, plain = (e.widget for e in pilot.window.renderer.find(kind="table"))
    model = sized.model()
    assert model.index(0, 0).data(font).pixelSize() == 36
    assert model.index(0, 1).data(font).pixelSize() == 12
    assert sized.rowHeight(0) > plain.rowHeight(0)
    assert pilot.table(key="df").model().index(0, 0).data(font) is None


def test_a_stylers_html_in_markdown_shows_its_colours(rerunqt_pilot, write_script) -> None:
    """``st.markdown(styler.to_html(), unsafe_allow_html=True)``: Streamlit's browser applies
    the Styler's <style> block; its cell colours were dropped with the block."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "s = pd.DataFrame({'a': [1, 2]}).style.highlight_max(color='#90ee90')\n"
        "st.markdown(s.to_html(), unsafe_allow_html=True)\n"))
    widget = pilot.window.renderer.find(kind="markdown")[0].widget
    image = widget.grab().toImage()
    green = QColor("#90ee90")
    assert any(image.pixelColor(x, y) == green
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
