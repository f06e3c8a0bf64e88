"""plotly bars as px.bar draws raw rows: a trace's bars at one place stack in group mode (as
plotly.js), and ``text`` / ``texttemplate`` (``text_auto``) give each bar its text."""

from __future__ import annotations

from rerunqt.core.plotly_figure import read_figure


def test_rows_of_one_trace_at_one_place_stack_in_group_mode() -> None:
    spec = {"data": [{"type": "bar", "x": ["a", "a", "b"], "y": [1, 2, 5], "name": "p"},
                     {"type": "bar", "x": ["a", "b"], "y": [4, 1], "name": "q"}],
            "layout": {"barmode": "group"}}
    first, second = read_figure(spec, "streamlit").traces
    assert first.base.tolist() == [0.0, 1.0, 0.0]  # the second "a" row on the first
    assert first.y.tolist() == [1.0, 3.0, 5.0]  # tops: the "a" bar is 3 high, not 2 over 1
    assert second.base.tolist() == [0.0, 0.0] and second.y.tolist() == [4.0, 1.0]
    assert first.x[0] == first.x[1] != second.x[0]  # still side by side with the other trace


def test_text_auto_and_texttemplate_formats() -> None:
    spec = {"data": [{"type": "bar", "x": ["a", "b"], "y": [3000.5, 2], "texttemplate": "%{y}"},
                     {"type": "bar", "x": ["a", "b"], "y": [3000.5, 2], "texttemplate": "%{y:.2s}"},
                     {"type": "bar", "x": ["a", "b"], "y": [1, 2], "text": ["p", "q"]},
                     {"type": "bar", "x": ["a", "b"], "y": [1, 2], "text": ["p", "q"],
                      "texttemplate": "%{x}: %{text}"}]}
    traces = read_figure(spec, "streamlit").traces
    assert [t.texts for t in traces] == [("3000.5", "2"), ("3.0k", "2.0"), ("p", "q"),
                                         ("a: p", "b: q")]


def test_horizontal_bar_text_is_its_value() -> None:
    spec = {"data": [{"type": "bar", "x": [7, 8], "y": ["a", "b"], "orientation": "h",
                      "texttemplate": "%{x}"}]}
    assert read_figure(spec, "streamlit").traces[0].texts == ("7", "8")


def test_marker_symbols_by_name_and_number() -> None:
    spec = {"data": [{"type": "scatter", "mode": "markers", "x": [1], "y": [1],
                      "marker": {"symbol": "diamond"}},
                     {"type": "scatter", "mode": "markers", "x": [1, 2], "y": [1, 2],
                      "marker": {"symbol": [1, 102]}},
                     {"type": "scatter", "mode": "markers", "x": [1], "y": [1]}]}
    traces = read_figure(spec, "streamlit").traces
    assert [t.symbol for t in traces] == ["diamond", ("square", "diamond-open"), "circle"]


def test_heatmap_cell_texts_from_text_auto_or_a_text_grid() -> None:
    spec = {"data": [{"type": "heatmap", "z": [[1.234, -0.5], [2, 3]], "x": ["a", "b"],
                      "y": ["p", "q"], "texttemplate": "%{z:.1f}"},
                     {"type": "heatmap", "z": [[1, 2]], "text": [["u", "v"]],
                      "texttemplate": "%{y}%{x}: %{text}", "x": ["a", "b"], "y": ["r"]}]}
    first, second = read_figure(spec, "streamlit").traces
    assert first.texts == ("1.2", "-0.5", "2.0", "3.0")  # row by row; a hyphen, as plotly.js
    assert second.texts == ("ra: u", "rb: v")
