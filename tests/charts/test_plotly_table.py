"""st.plotly_chart's table trace: texts as plotly writes them, colours per cell, widths."""

from __future__ import annotations

import pytest

from rerunqt.core.plotly_figure import read_figure
from rerunqt.core.plotly_table import PlotlyTable

TABLE = {"type": "table", "columnwidth": [1, 3],
         "header": {"values": ["<b>Item</b>", "Cost"], "fill": {"color": "royalblue"}, "align": "left"},
         "cells": {"values": [["Rent", "Food", "Fun"], [1200, 350.5, 80]], "format": [None, ",.2f"],
                   "prefix": [None, "$"], "fill": {"color": [["white", "lightgrey"]]},
                   "align": ["left", "right"]}}


def table(spec: dict, theme: str | None = None, layout: dict | None = None) -> PlotlyTable:
    fig = read_figure({"data": [spec], "layout": layout or {}}, theme)
    assert fig.notes == () and not fig.skipped and not fig.traces
    (part,) = fig.domain
    assert isinstance(part, PlotlyTable)
    return part


def test_cells_are_formatted_with_prefix_and_columns_share_the_width() -> None:
    part = table(TABLE)
    assert part.header.texts == [["<b>Item</b>"], ["Cost"]]
    assert part.cells.texts == [["Rent", "Food", "Fun"], ["$1,200.00", "$350.50", "$80.00"]]
    assert part.widths == [0.25, 0.75] and part.cells.rows == 3
    assert (part.header.height, part.cells.height) == (28.0, 20.0)  # plotly's row heights


def test_colours_and_alignment_cascade_from_one_value_per_column_or_per_cell() -> None:
    part = table(TABLE)
    assert part.header.fill(1, 0) == "royalblue" and part.header.align(1, 0) == "left"
    assert [part.cells.fill(1, r) for r in range(3)] == ["white", "lightgrey", "lightgrey"]
    assert [part.cells.align(c, 0) for c in range(2)] == ["left", "right"]
    assert part.cells.font(0, 0) is None  # left to the theme
    plain = table({"type": "table", "header": {"values": ["a"]}, "cells": {"values": [[1]]}})
    assert plain.cells.align(0, 0) == "center" and plain.cells.fill(0, 0) is None


def test_plotly_py_s_template_colours_the_cells_unless_the_streamlit_theme_is_used() -> None:
    template = {"template": {"data": {"table": [{"cells": {"fill": {"color": "#EBF0F8"}},
                                                 "header": {"fill": {"color": "#C8D4E3"}}}]}}}
    spec = {"type": "table", "header": {"values": ["a"]}, "cells": {"values": [[1]]}}
    assert table(spec, None, template).header.fill(0, 0) == (200, 212, 227, 255)
    assert table(spec, "streamlit", template).header.fill(0, 0) is None


def test_a_go_table_with_numpy_columns() -> None:
    go = pytest.importorskip("plotly.graph_objects")
    np = pytest.importorskip("numpy")
    fig = go.Figure(go.Table(header={"values": ["n"]}, cells={"values": [np.arange(4)]}))
    part = read_figure(fig, None).domain[0]
    assert part.cells.texts == [["0", "1", "2", "3"]]
