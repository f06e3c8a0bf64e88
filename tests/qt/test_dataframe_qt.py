"""st.dataframe, st.table and st.metric on the real (offscreen) window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView

from rerunqt.qt.adapters.dataframe import DataFrameView, TableView
from rerunqt.qt.adapters.frame_model import FrameModel
from rerunqt.qt.adapters.metric import MetricBox

pytestmark = pytest.mark.qt

BIG = """
import rerunqt as st, numpy as np
if 'data' not in st.session_state:
    n = 1000
    st.session_state.data = {'n': np.arange(n) % 7, 'x': np.linspace(0, 1, n),
                             'label': [f'r{i}' for i in range(n)]}
data = st.session_state.data
st.dataframe(data, key='big')
st.button('again')
if st.session_state.get('grow'):
    st.text('grown')
"""

SELECT = """
import rerunqt as st
event = st.dataframe({'name': ['Ann', 'Bob', 'Cy', 'Di'], 'age': [31, 27, 45, 27]}, key='t',
                     on_select='rerun')
st.text('rows: ' + repr(event.selection.rows))
st.button('again')
"""


def first_column(view) -> list[str]:
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_table_view_over_its_own_model_with_fixed_rows(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(BIG))
    view = pilot.table(key="big")
    assert isinstance(view, DataFrameView) and isinstance(view.model(), FrameModel)
    assert not isinstance(view.model(), (QSortFilterProxyModel, QStandardItemModel))
    assert view.model().rowCount() == 1000
    assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert view.accessibleName() == "Data table"
    assert view.model().index(0, 2).data(Qt.ItemDataRole.UserRole) is None  # roles not served
    assert view.height() < 1000  # height='auto' shows about ten rows, then scrolls


def test_header_clicks_sort_ascending_descending_then_none(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({'v': [3, None, 1, 2], 'k': ['c', 'n', 'a', 'b']}, key='t')
"""))
    view = pilot.table(key="t")
    column_k = lambda: [view.model().index(r, 1).data() for r in range(4)]  # noqa: E731
    pilot.sort_table("v", key="t")
    assert column_k() == ["a", "b", "c", "n"]  # missing last
    assert view.horizontalHeader().sortIndicatorSection() == 0
    pilot.sort_table("v", key="t")
    assert column_k() == ["c", "b", "a", "n"]
    pilot.sort_table("v", key="t")
    assert column_k() == ["c", "n", "a", "b"]
    assert view.horizontalHeader().sortIndicatorSection() == -1
    assert view.model().headerData(0, Qt.Orientation.Vertical) == "0"


def test_ctrl_c_copies_cells_as_tab_separated_text(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({'a': [1, 2, 3], 'b': ['x', 'y', 'z']}, key='t')
"""))
    view = pilot.table(key="t")
    model = view.model()
    chosen = view.selectionModel()
    chosen.select(model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chosen.select(model.index(1, 1), QItemSelectionModel.SelectionFlag.Select)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "1\t\n\ty"
    view.clearSelection()
    view.selectColumn(1)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "b\nx\ny\nz"  # whole columns: with the header


def test_arrows_move_the_current_cell_and_tab_leaves(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({'a': [1, 2], 'b': [3, 4]}, key='t')
st.button('after')
"""))
    view = pilot.table(key="t")
    assert pilot.window.renderer.find(kind="dataframe")[0].adapter.focus_widgets(view) == [view]
    assert not view.tabKeyNavigation()
    pilot.window.activateWindow()
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)


def test_an_unchanged_rerun_keeps_model_scroll_sort_and_selection(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(BIG))
    view = pilot.table(key="big")
    resets: list[int] = []
    view.model().modelReset.connect(lambda: resets.append(1))
    pilot.sort_table("x", key="big")
    pilot.sort_table("x", key="big")  # descending
    view.selectRow(5)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    scroll = view.verticalScrollBar().value()
    top = first_column(view)[:3]
    pilot.click(label="again")
    assert pilot.table(key="big") is view and resets == []
    assert view.verticalScrollBar().value() == scroll and first_column(view)[:3] == top
    assert [i.row() for i in view.selectionModel().selectedRows()] == [5]


def test_a_changed_frame_updates_in_place_and_keeps_the_sort(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
n = st.session_state.get('n', 3)
st.dataframe({'v': list(range(n))}, key='t')
if st.button('more'):
    st.session_state.n = n + 2
    st.rerun()
"""))
    view = pilot.table(key="t")
    pilot.sort_table("v", key="t")
    pilot.sort_table("v", key="t")
    pilot.click(label="more")
    assert pilot.table(key="t") is view
    assert first_column(view) == ["4", "3", "2", "1", "0"]


def test_clicking_row_headers_selects_rows_of_the_data(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SELECT))
    pilot.select_table_rows([0, 2], key="t")
    assert pilot.texts("text") == ["rows: [0, 2]"]
    pilot.sort_table("age", key="t")  # sorted: Bob, Di, Ann, Cy; selection stays on Ann and Cy
    pilot.click(label="again")
    assert pilot.texts("text") == ["rows: [0, 2]"]
    view = pilot.table(key="t")
    assert sorted(view.model().index(view.model().display_row(r), 0).data() for r in view.rows) \
        == ["Ann", "Cy"]
    pilot.select_table_rows([0], key="t")  # ticks the first row shown, Bob (data row 1), too
    assert pilot.texts("text") == ["rows: [1, 0, 2]"]  # in the order shown, as Streamlit's


def test_single_cell_mode_reports_one_cell(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
event = st.dataframe({'a': [1, 2], 'b': [3, 4]}, key='t', on_select='rerun', selection_mode='single-cell')
st.text(repr(event.selection.cells))
"""))
    view = pilot.table(key="t")
    rect = view.visualRect(view.model().index(1, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pilot.settle()
    assert pilot.texts("text") == ["[(1, 'b')]"]


def test_st_table_shows_every_row_without_scrolling(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.table({'a': list(range(40))})
"""))
    view = pilot.window.renderer.find(kind="table")[0].widget
    assert isinstance(view, TableView)
    assert view.verticalScrollBar().maximum() == 0
    assert view.height() >= 40 * view.verticalHeader().defaultSectionSize()
    assert view.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_an_index_date_column_format_formats_the_row_labels(rerunqt_pilot, write_script) -> None:
    """st.dataframe's docstring example 4: column_config={"_index": DateColumn("Month",
    format="MMM YYYY")} labels the rows "Jan 2024", as Streamlit's, not "2024-01-01"."""
    pilot = rerunqt_pilot(write_script("""
import datetime
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"Date": [datetime.date(2024, m, 1) for m in (1, 2, 3)], "Total": [1, 2, 3]})
st.dataframe(df.set_index("Date"), column_config={
    "_index": st.column_config.DateColumn("Month", format="MMM YYYY")}, key="t", on_select="rerun")
st.dataframe(df.set_index("Date"))
"""))
    formatted, plain = (r.widget for r in pilot.window.renderer.find(kind="dataframe"))
    def labels(view) -> list[str]:  # type: ignore[no-untyped-def]
        return [view.model().headerData(r, Qt.Orientation.Vertical) for r in range(3)]
    assert labels(formatted) == ["Jan 2024", "Feb 2024", "Mar 2024"]
    assert labels(plain) == ["2024-01-01", "2024-02-01", "2024-03-01"]
    assert formatted.verticalHeader().width() >= formatted.fontMetrics().horizontalAdvance("Mar 2024")


def test_st_table_columns_grow_to_streamlits_table_limit(rerunqt_pilot, write_script) -> None:
    """st.table's docstring example (width="content"): a 50-character cell shows whole, as
    Streamlit's columns grow to 25rem; st.dataframe's stop sooner."""
    text = "Streamlit - The fastest way to build data apps, ok"
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
st.table({{'Project': '{text}'}}, width='content')
st.dataframe({{'Project': ['{text}']}}, width='content')
"""))
    table = pilot.window.renderer.find(kind="table")[0].widget
    frame = pilot.window.renderer.find(kind="dataframe")[0].widget
    needed = table.fontMetrics().horizontalAdvance(text)
    assert table.columnWidth(0) > needed
    assert table.width() >= table.verticalHeader().width() + table.columnWidth(0)
    assert frame.columnWidth(0) < table.columnWidth(0)


def test_a_long_metric_value_is_elided_in_a_narrow_column(rerunqt_pilot, write_script) -> None:
    """As Streamlit's: one line with an ellipsis, the whole value in the tooltip, and the
    whole value again once the column is wide enough."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.set_page_config(layout="wide")
a, b, c = st.columns(3)
a.metric('Revenue', '$23,989,245.78')
b.metric('Orders', 100)
"""))
    revenue, orders = (r.widget for r in pilot.window.renderer.find(kind="metric"))
    pilot.window.resize(700, 500)  # side by side (a window up to 640 px stacks)
    pilot.settle()
    shown = revenue.value.text()
    assert shown.endswith("\u2026") and len(shown) < len("$23,989,245.78")
    assert revenue.value.fontMetrics().horizontalAdvance(shown) <= revenue.value.width()
    assert revenue.value.toolTip() == "$23,989,245.78"
    assert orders.value.text() == "100" and orders.value.toolTip() == ""
    pilot.window.resize(1600, 500)
    pilot.settle()
    assert revenue.value.text() == "$23,989,245.78" and revenue.value.toolTip() == ""


def test_metric_shows_value_delta_and_sparkline(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.metric('Wind', '9 mph', '-8%', chart_data=[1, 3, 2], border=True)
st.metric('Calm', 3)
"""))
    boxes = [r.widget for r in pilot.window.renderer.find(kind="metric")]
    assert all(isinstance(b, MetricBox) for b in boxes)
    wind, calm = boxes
    assert (wind.value.text(), wind.delta.text()) == ("9 mph", "↓ -8%")  # as Streamlit 1.67
    assert wind.chart.isVisible() and wind.chart.points == (1.0, 3.0, 2.0)
    assert wind.delta.styleSheet().startswith("color: #c62828; background: #ffdede;")  # a red pill
    assert not calm.delta.isVisible() and not calm.chart.isVisible()
    assert wind.accessibleName() == "Wind: 9 mph, ↓ -8%"
    assert not wind.chart.grab().isNull()


def test_metric_deltas_keep_their_sign_as_streamlit_shows_them(rerunqt_pilot, write_script) -> None:
    """st.metric's docstring example 3: Streamlit 1.67 shows the delta as given, after
    the arrow ("↓ -0.5"), green when delta_color="inverse"."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.metric(label="Gas price", value=4, delta=-0.5, delta_color="inverse")
st.metric(label="Active developers", value=123, delta=123, delta_color="off")
"""))
    gas, developers = (r.widget for r in pilot.window.renderer.find(kind="metric"))
    assert gas.delta.text() == "↓ -0.5" and developers.delta.text() == "↑ 123"
    assert gas.delta.styleSheet() != developers.delta.styleSheet()


def test_column_types_show_links_checks_bars_and_charts(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({'u': ['https://x.example', None], 'on': [1, 0], 'p': [0.25, 0.5],
              't': [[1, 2, 3], [3, 1]]}, key='t',
             column_config={'u': st.column_config.LinkColumn(), 'on': st.column_config.CheckboxColumn(),
                                     'p': st.column_config.ProgressColumn(format='percent', max_value=1),
                                     't': st.column_config.LineChartColumn()})
"""))
    view = pilot.table(key="t")
    model = view.model()
    role = Qt.ItemDataRole
    assert model.index(0, 0).data(role.FontRole).underline()
    assert model.index(1, 0).data(role.FontRole) is None  # a missing link is no link
    assert model.index(0, 1).data(role.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(1, 1).data(role.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(0, 2).data() == "25%" and model.index(0, 3).data() is None  # drawn, not text
    assert view.columnWidth(2) >= 120
    image = view.grab().toImage()  # the delegate paints bars and lines without error
    assert not image.isNull()


def test_styler_colours_and_formats_and_the_missing_value_placeholder(rerunqt_pilot, write_script) -> None:
    pytest.importorskip("jinja2")
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({'v': [1.0, -2.5]})
marked = 'color: red; background-color: #ffff00'
st.dataframe(df.style.format('{:.2f}').map(lambda v: marked if v < 0 else ''), key='s')
st.dataframe({'m': [None, 'x']}, key='p', placeholder='—')
"""))
    model = pilot.table(key="s").model()
    role = Qt.ItemDataRole
    assert [model.index(r, 0).data() for r in range(2)] == ["1.00", "-2.50"]
    assert model.index(1, 0).data(role.BackgroundRole).name() == "#ffff00"
    assert model.index(1, 0).data(role.ForegroundRole).name() == "#ff0000"
    assert model.index(0, 0).data(role.BackgroundRole) is None
    assert pilot.table(key="p").model().index(0, 0).data() == "—"


def test_styler_hsl_colours_are_drawn(rerunqt_pilot, write_script) -> None:
    """A Styler's hsl() background (Streamlit's st_dataframe_styler_support e2e app uses
    one) is the colour it names: it was dropped, leaving white text on a white cell."""
    pytest.importorskip("jinja2")
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd
props = 'color:white;background-color:hsl(273, 98%, 60%);'
st.dataframe(pd.DataFrame({'v': [1.0, 2.0]}).style.map(lambda v: props if v > 1 else ''), key='s')
"""))
    model = pilot.table(key="s").model()
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).name() == "#a335fd"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).name() == "#ffffff"


def test_with_column_selection_a_header_click_selects_instead_of_sorting(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
event = st.dataframe({'a': [2, 1], 'b': [3, 4]}, key='t', on_select='rerun', selection_mode='multi-column')
st.text(repr(event.selection.columns))
"""))
    pilot.sort_table("b", key="t")
    assert pilot.texts("text") == ["['b']"]
    assert pilot.table(key="t").model().index(0, 0).data() == "2"  # not sorted


def test_sizes_and_row_height(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({'a': list(range(50))}, key='fixed', width=300, height=200, row_height=40)
st.dataframe({'a': [1, 2]}, key='content', width='content', height='content')
"""))
    fixed, content = pilot.table(key="fixed"), pilot.table(key="content")
    assert fixed.height() == 200 and fixed.width() <= 300
    assert fixed.verticalHeader().defaultSectionSize() == 40
    assert content.verticalScrollBar().maximum() == 0 and content.width() < 300


def test_a_hidden_index_keeps_the_checkbox_column(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
event = st.dataframe({'a': [1, 2, 3]}, key='t', on_select='rerun', hide_index=True,
                     selection_mode='single-row')
st.text(repr(event.selection.rows))
"""))
    pilot.select_table_rows([2], key="t")
    assert pilot.texts("text") == ["[2]"]
    pilot.select_table_rows([1], key="t")
    assert pilot.texts("text") == ["[1]"]


@pytest.mark.parametrize("rows", [1, 9, 10, 1000, 123_456])
@pytest.mark.parametrize("sort", [None, "ascending"])
def test_row_labels_are_as_wide_as_qt_sizes_them(qtbot, rows, sort) -> None:
    # the row header measures one section (the last label) instead of Qt's 200 samples:
    # it must come out as wide as Qt's own measure, sorted or not
    import numpy as np

    from rerunqt.core.frame_columns import column_specs
    from rerunqt.core.frame_data import frame_of

    view = DataFrameView()
    qtbot.addWidget(view)
    frame = frame_of({"x": np.arange(rows)[::-1]}, "dataframe")
    view.show_content(frame, column_specs("dataframe", frame, None, None))
    if sort:
        view.frame_model.sort_column(0, sort)
    view.show()
    header = view.verticalHeader()
    assert header.sizeHint() == QHeaderView.sizeHint(header)
    assert header.sizeHint().width() >= header.fontMetrics().horizontalAdvance(str(rows - 1))
    label = view.model().headerData(0, Qt.Orientation.Vertical)
    assert label == ("0" if sort is None else str(rows - 1))  # sorted: the last label comes first


def test_a_stretched_table_shares_its_spare_width_among_the_columns(qtbot) -> None:
    # Streamlit's stretched columns: every column grows by an equal share (not one
    # stretched last column); a column the user resized keeps its width
    from rerunqt.core.frame_columns import column_specs
    from rerunqt.core.frame_data import frame_of

    view = DataFrameView()
    qtbot.addWidget(view)
    frame = frame_of({"a": [1, 2], "b": [3.5, 4.25], "c": ["x", "y"]}, "dataframe")
    view.show_content(frame, column_specs("dataframe", frame, None, None))
    view.resize(900, 200)
    view.show()
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())
    grown = [header.sectionSize(c) - view.natural[c] for c in range(3)]
    assert min(grown) > 0 and max(grown) - min(grown) <= 1
    header.resizeSection(0, 100)  # as a drag of the column's edge
    view.resize(1000, 200)
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())
    assert header.sectionSize(0) == 100
    view.sizes = ("content", "auto", None)
    view.spread()
    assert [header.sectionSize(c) for c in (1, 2)] == view.natural[1:]


def test_a_frame_shows_its_data_as_at_the_call_and_in_place_edits_at_the_next(
        rerunqt_pilot, write_script) -> None:
    """As Streamlit: the table is the frame when st.dataframe was called. An edit made in
    place afterwards (no new object, a row no fingerprint samples) shows at the next run."""
    pytest.importorskip("pandas")
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd
if 'df' not in st.session_state:
    st.session_state.df = pd.DataFrame({'n': list(range(20))})
df = st.session_state.df
st.dataframe(df, key='t')
df.loc[3, 'n'] += 1000
st.button('again')
"""))
    cell = lambda: pilot.table(key="t").model().index(3, 0).data()  # noqa: E731
    assert cell() == "3"
    pilot.click(label="again")
    assert cell() == "1003"
    pilot.click(label="again")
    assert cell() == "2003"


def test_the_index_column_widens_for_longer_labels_of_the_same_shape(rerunqt_pilot, write_script) -> None:
    """A pager (``df.iloc[p*5:p*5+5]``): the next page has as many rows, but longer index
    labels; the index column kept the first page's width and cut "1500" to "15...".
    """
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "df = pd.DataFrame({'NAME': [f'item {i}' for i in range(2000)]})\n"
        "p = st.number_input('page', 0, 400, 0)\n"
        "st.dataframe(df.iloc[p*5:p*5+5])\n"))
    pilot.set_value(300, label="page")
    header = pilot.table().verticalHeader()
    assert header.model().headerData(4, Qt.Orientation.Vertical) == "1504"
    assert header.width() >= header.fontMetrics().horizontalAdvance("1504") + 4


def test_auto_height_is_every_row_up_to_400_px(rerunqt_pilot, write_script) -> None:
    """Streamlit's height="auto": the whole table while it fits in 400 px, else 400 px
    (as st.data_editor's); with a big row height the rows beyond 400 px scroll."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({'a': list(range(100))}, key='long')
st.dataframe({'a': [1, 2, 3]}, key='short')
st.dataframe({'a': list(range(10))}, key='tall_rows', row_height=60)
"""))
    long, short, tall = pilot.table(key="long"), pilot.table(key="short"), pilot.table(key="tall_rows")
    assert long.height() == 400
    assert short.height() == short.content_height(None) < 400
    assert tall.height() == 400 and tall.verticalScrollBar().maximum() > 0


def test_number_strings_in_a_progress_column_draw_bars_in_both_tables(rerunqt_pilot, write_script) -> None:
    """"200" in a ProgressColumn is a bar at 20 %, as Streamlit's grid reads it (the cell
    was empty), in st.dataframe and in st.data_editor; a NumberColumn formats "1"."""
    from screen_pixels import hues

    from rerunqt.qt.adapters.table_model import formatted

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
cfg = {'p': st.column_config.ProgressColumn(min_value=0, max_value=1000, color='red')}
st.dataframe({'p': ['200', '900']}, column_config=cfg, key='frame')
st.data_editor({'p': ['200', '900']}, column_config=cfg, key='editor')
"""))
    pilot.settle()
    frame = pilot.table(key="frame")
    editor = pilot.record(kind="data_editor").widget
    assert 0 in hues(frame) and 0 in hues(editor)  # red bars drawn
    assert formatted("1", "text", {"type": "number", "format": "%.2f%%"}) == "1.00%"


def test_checkbox_column_over_words_checks_as_streamlit_grid(rerunqt_pilot, write_script) -> None:
    """A CheckboxColumn over text reads "yes"/"no"/"off"/"1" as Streamlit's toSafeBoolean
    does ("no" was drawn checked: any text was true); a word it cannot read shows as text."""
    from PySide6.QtCore import Qt

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({'c': ['yes', 'no', 'invalid', None, 'Off', '1']},
             column_config={'c': st.column_config.CheckboxColumn()}, key='frame')
"""))
    pilot.settle()
    model = pilot.table(key="frame").model()
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("c")
    cells = [model.index(r, column) for r in range(6)]
    checks = [model.data(i, Qt.ItemDataRole.CheckStateRole) for i in cells]
    on, off = Qt.CheckState.Checked, Qt.CheckState.Unchecked
    assert checks == [on, off, None, off, off, on]
    assert [model.data(i, Qt.ItemDataRole.DisplayRole) for i in cells][:3] == [None, None, "invalid"]


def test_a_metric_with_a_pixel_height_keeps_its_delta_a_pill(rerunqt_pilot, write_script) -> None:
    """st.metric(height=200) (Streamlit's e2e app): the box is 200 px tall and the room left
    is below the delta, which stays one line tall; back to "content" it shrinks again."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
tall = st.toggle('tall', value=True)
st.metric('Pixel height (200px)', 123, 123, border=True, height=200 if tall else 'content')
"""))
    box = pilot.window.renderer.find(kind="metric")[0].widget
    pilot.settle()
    assert box.height() == 200
    assert box.delta.height() <= box.delta.sizeHint().height() + 2
    pilot.click(label="tall")
    assert box.height() < 150


def test_a_metric_sparkline_takes_its_delta_colour_and_is_gray_without_one(rerunqt_pilot,
                                                                           write_script) -> None:
    """Streamlit 1.67 draws the sparkline in the delta's colour (its proto's color), which is
    gray when there is no delta, whatever delta_color says; rerunqt drew it in the primary red."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.metric('a', 5, chart_data=[1, 2, 3])
st.metric('b', 5, chart_data=[1, 2, 3], delta_color='blue')
st.metric('c', 5, -1, chart_data=[1, 2, 3])
"""))
    boxes = [r.widget for r in pilot.window.renderer.find(kind="metric")]
    assert [box.chart.colour for box in boxes] == ["gray", "gray", "red"]


def test_a_metric_label_stays_on_one_line_and_shows_an_ampersand_once(rerunqt_pilot,
                                                                       write_script) -> None:
    """Streamlit 1.67 truncates a metric's label to one line with an ellipsis (its e2e
    "metric-help-and-ellipses"); rerunqt wrapped it. "S&P 500" and a value "R&D" read with
    one "&" (they showed "S&&P 500": a button's mnemonic escape on a label)."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
cols = st.columns(8)
cols[0].metric('Example metric with a long label', 150, help='h')
st.metric('S&P 500', 'R&D')
"""))
    narrow, amp = (r.widget for r in pilot.window.renderer.find(kind="metric"))
    pilot.settle()
    assert narrow.label.text().endswith("\u2026") and narrow.label.toolTip().startswith("Example")
    assert narrow.label.height() < 2 * narrow.label.fontMetrics().height()
    assert (amp.label.text(), amp.value.text()) == ("S&P 500", "R&D")
