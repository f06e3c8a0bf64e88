"""A pandas MultiIndex in st.dataframe and st.table, drawn as Streamlit draws it: one index
column per row level, headed by the level's name, and one header line per column level."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton

from rerunqt.qt.adapters.dataframe import DataFrameView, TableView

pytest.importorskip("pandas")
pytestmark = pytest.mark.qt

SCRIPT = """
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"region": ["North", "North", "South", "East"], "kind": ["a", "b", "a", "a"],
                   "sales": [10, 20, 30, 50], "cost": [1.5, 2.5, 3.5, 5.5]})
st.dataframe(df.groupby(["region", "kind"]).sum(), key="grouped")
st.table(df.groupby(["region", "kind"]).sum())
st.dataframe(df.pivot_table(index="region", columns="kind", values=["sales", "cost"], aggfunc="sum"),
             key="pivot")
"""


def _inked(widget, area: QRect) -> bool:
    """Whether ``area`` of ``widget`` holds painted text (dark or mid-grey pixels)."""
    image = widget.grab().toImage()
    return any(image.pixelColor(x, y).lightness() < 200
               for x in range(max(0, area.left()), min(image.width(), area.right()))
               for y in range(max(0, area.top()), min(image.height(), area.bottom())))


def test_each_row_level_is_a_column_of_the_row_header_under_its_name(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.settle()
    for view in (pilot.table(key="grouped"), pilot.window.findChild(TableView)):
        header = view.verticalHeader()
        widths = header.level_widths()
        assert len(widths) == 2 and header.width() >= sum(widths)
        north = header.sectionViewportPosition(0)
        height = header.sectionSize(0)
        first, second = widths
        # row 0 ("East", "a" after the group-by's sort): text in both level columns
        assert _inked(header, QRect(4, north + 4, first - 8, height - 8))
        assert _inked(header, QRect(first + 4, north + 4, second - 8, height - 8))
        corner = view.findChild(QAbstractButton)
        assert _inked(corner, QRect(4, 4, first - 8, corner.height() - 8))  # "region"
        assert _inked(corner, QRect(first + 4, 4, second - 8, corner.height() - 8))  # "kind"
        wide = header.fontMetrics().horizontalAdvance("North")
        assert first >= wide  # a level is as wide as its longest value


def test_column_levels_are_header_lines(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.settle()
    pivot = pilot.table(key="pivot")
    grouped = pilot.table(key="grouped")
    assert isinstance(pivot, DataFrameView)
    model = pivot.model()
    labels = [model.headerData(c, pivot.horizontalHeader().orientation()) for c in range(model.columnCount())]
    assert labels == ["cost\na", "cost\nb", "sales\na", "sales\nb"]
    line = pivot.horizontalHeader().fontMetrics().height()
    assert pivot.horizontalHeader().height() >= grouped.horizontalHeader().height() + line * 0.8
    assert pivot.verticalHeader().level_widths() == ()  # one row level: the plain index


def test_sorting_keeps_each_rows_levels(rerunqt_pilot, write_script) -> None:
    """A header click sorts the rows; the index columns move with their rows."""
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.settle()
    view = pilot.table(key="grouped")
    model = view.model()
    view.cycle_sort(0)  # sales, ascending
    view.cycle_sort(0)  # descending: East's 50 first
    assert model.frame.levels[0][model.data_row(0)] == "East"
    assert model.frame.levels[1][model.data_row(0)] == "a"


def test_row_labels_align_as_streamlit_s_index_columns(rerunqt_pilot, write_script) -> None:
    """Streamlit's index column is a column of its values' type: text at the left, numbers
    (and row positions) at the right; each MultiIndex level by its own values."""
    from PySide6.QtCore import Qt

    pilot = rerunqt_pilot(write_script("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"name": ["Ann", "Bob"], "year": [2021, 2022], "v": [1.5, 2.5]})
st.dataframe(df.set_index("name"), key="text")
st.dataframe(df.set_index("year"), key="numbers")
st.dataframe(df, key="positions")
st.dataframe(df.set_index(["name", "year"]), key="levels")
"""))
    pilot.settle()
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    assert pilot.table(key="text").verticalHeader().defaultAlignment() & left
    assert pilot.table(key="numbers").verticalHeader().defaultAlignment() & right
    assert pilot.table(key="positions").verticalHeader().defaultAlignment() & right
    name, year = pilot.table(key="levels").verticalHeader().level_alignments()
    assert name & left and year & right
