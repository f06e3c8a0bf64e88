"""List cells drawn as chips (Streamlit's grid), in st.dataframe and st.data_editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from rerunqt.qt import theme_state
from rerunqt.qt.adapters.cell_paint import paint_chips

pytestmark = pytest.mark.qt

FRAME = """
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"category": [["exploration", "visualization"], ["llm", "visualization"], ["exploration"]],
                   "tags": [["a", "bb"], ["ccc"], None], "plain": [["x", "y", "z"], [], ["w"]],
                   "n": [3, 1, 2]})
st.dataframe(df, key="t", column_config={
    "category": st.column_config.MultiselectColumn(
        "App Categories", options=["exploration", "visualization", "llm"],
        color=["#ffa421", "#803df5", "#00c0f2"], format_func=lambda x: x.capitalize()),
    "tags": st.column_config.ListColumn("Tags")})
st.table(df[["plain"]])
"""

EDITOR = """
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"tags": [["a", "bb"], ["ccc"]]})
out = st.data_editor(df, key="ed")
st.text(repr(out["tags"].tolist()))
"""


def chip_runs(view: QTableView, row: int, column: int) -> list[tuple[int, int, str]]:
    """The chips along one line through a cell's chips: (left, width, fill) per run of
    colour other than the cell's background (offsets from the cell's left edge)."""
    rect = view.visualRect(view.model().index(row, column))
    image = view.viewport().grab().toImage()
    y = rect.center().y() - 8  # a line through the chips' tops, above their text
    background = image.pixelColor(rect.left() + 4, y).name()  # inside the cell's padding
    runs: list[tuple[int, int, str]] = []
    start = None
    for x in range(rect.left() + 4, rect.right() - 3):
        colour = image.pixelColor(x, y).name()
        if colour != background and start is None:
            start = x
        elif colour == background and start is not None:
            runs.append((start - rect.left(), x - start, image.pixelColor(start + 4, y).name()))
            start = None
    return runs


def test_list_cells_are_chips_in_option_colours(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(FRAME))
    view = pilot.table(key="t")
    metrics = view.fontMetrics()

    coloured = chip_runs(view, 0, 0)  # format_func labels, in their option colours
    assert [fill for _, _, fill in coloured] == ["#ffa421", "#803df5"]
    assert coloured[0][0] == 8  # the cell's padding
    assert coloured[0][1] == pytest.approx(metrics.horizontalAdvance("Exploration") + 16, abs=2)
    assert coloured[1][0] == pytest.approx(8 + coloured[0][1] + 4, abs=1)  # a 4 px gap
    assert [fill for _, _, fill in chip_runs(view, 1, 0)] == ["#00c0f2", "#803df5"]

    secondary = theme_state.colour("secondary").name()
    plain = chip_runs(view, 0, 1)  # ListColumn: chips on the secondary background
    assert [fill for _, _, fill in plain] == [secondary, secondary]
    assert plain[1][1] == pytest.approx(metrics.horizontalAdvance("bb") + 16, abs=2)
    assert chip_runs(view, 2, 1) == []  # a missing list: nothing
    assert [fill for _, _, fill in chip_runs(view, 0, 2)] == [secondary] * 3  # no config: a ListColumn too
    assert view.columnWidth(0) >= 8 + sum(w for _, w, _ in coloured) + 4 + 8

    table = pilot.window.renderer.find(kind="table")[0].widget  # st.table: Streamlit's HTML table
    assert table.model().index(0, 0).data() == '["x","y","z"]'  # the list as JSON, no chips
    assert table.column_delegate.chip_columns == frozenset()


def test_chips_follow_sorting_and_copy_as_text(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(FRAME))
    view = pilot.table(key="t")
    pilot.sort_table("n", key="t")  # a header click: ascending, the row with n=1 first
    assert [fill for _, _, fill in chip_runs(view, 0, 0)] == ["#00c0f2", "#803df5"]
    assert len(chip_runs(view, 0, 2)) == 0 and len(chip_runs(view, 2, 2)) == 3
    view.setCurrentIndex(view.model().index(0, 0))
    assert view.copy_selection() == "llm, visualization"


def test_a_column_of_comma_texts_is_as_wide_as_its_chips(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({"t": ["a,b", "c,d,e", "", None], "n": [1, 2, 3, 4]}, key="t", hide_index=True,
             width="content", column_config={"t": st.column_config.ListColumn()})
"""))
    view = pilot.table(key="t")
    runs = chip_runs(view, 1, 0)  # "c,d,e" draws three chips, all inside the column
    assert len(runs) == 3
    assert view.columnWidth(0) >= runs[-1][0] + runs[-1][1] + 8


def test_editor_list_cells_are_chips_and_stay_editable(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(EDITOR))
    table = pilot.widget(key="ed")
    assert isinstance(table, QTableView)
    secondary = theme_state.colour("secondary").name()
    assert [fill for _, _, fill in chip_runs(table, 0, 0)] == [secondary, secondary]
    assert table.columnWidth(0) >= sum(w for _, w, _ in chip_runs(table, 0, 0)) + 4 + 16

    pilot.window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "ccc"  # edited as "a, b" text
    editor.setText("one, two, three")
    before = pilot.window.session.run_count
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pilot.window.session.run_count >= before + 1)
    pilot.settle()
    assert pilot.texts("text")[-1] == "[['a', 'bb'], ['one', 'two', 'three']]"
    table.setCurrentIndex(QModelIndex())  # no focus frame over the edited (tinted) cell
    table.clearSelection()
    assert [fill for _, _, fill in chip_runs(table, 1, 0)] == [secondary] * 3


def test_chips_wider_than_the_cell_stay_inside_it(qapp) -> None:
    image = QImage(300, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    chips = [("a long first chip", "red"), ("another long chip", "blue"), ("third", "green")]
    drawn = paint_chips(painter, QRectF(0, 0, 100, 40), chips, QPalette())
    painter.end()
    assert drawn and drawn[-1].right() > 100  # the chips run past the cell...
    outside = {image.pixelColor(x, y).name() for x in range(101, 300) for y in range(40)}
    assert outside == {"#ffffff"}  # ...but nothing is painted there
    inside = {image.pixelColor(x, 20).name() for x in range(0, 100)}
    assert len(inside) > 2  # the chips themselves are drawn
