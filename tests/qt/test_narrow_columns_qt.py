"""A table's narrow columns are as narrow as Streamlit's grid lets them be (3.125rem, 50 px):
a 3 x 3 matrix beside two others (the data editor's matrix demo) fits its column without a
scroll bar; at 64 px a column it scrolled sideways."""

from __future__ import annotations

import pytest

from rerunqt.qt.adapters.dataframe import DataFrameView

pytestmark = pytest.mark.qt


def test_one_digit_columns_are_fifty_pixels_wide(qtbot) -> None:
    from rerunqt.core.frame_columns import column_specs
    from rerunqt.core.frame_data import frame_of

    view = DataFrameView()
    qtbot.addWidget(view)
    frame = frame_of({"0": [1, 1, 3], "1": [0, 4, 4], "2": [2, 4, 5]}, "dataframe")
    view.show_content(frame, column_specs("dataframe", frame, None, None))
    assert view.natural == [50, 50, 50]


def test_the_matrix_demo_fits_its_column(rerunqt_pilot, write_script) -> None:
    from PySide6.QtCore import Qt

    pilot = rerunqt_pilot(write_script("""
import numpy as np
import pandas as pd
import rerunqt as st
a, op, b, eq, c = st.columns((10, 1, 10, 1, 10))
a.data_editor(np.array([[0, 0, 2], [1, 3, 4], [3, 4, 4]]), key="A")
c.dataframe(pd.DataFrame(np.eye(3, dtype=int)), use_container_width=True)
"""))
    pilot.window.resize(1000, 800)
    pilot.settle()
    table = pilot.record(kind="dataframe").widget
    view = table if isinstance(table, DataFrameView) else table.findChild(DataFrameView)
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff \
        or not view.horizontalScrollBar().isVisible()
