"""Subplots (make_subplots, facets, a secondary y axis): each trace read on its own axes and
each plot area at its domain. Dict figures, as plotly's ``to_dict()`` gives them."""

from __future__ import annotations

from rerunqt.core.plotly_figure import read_figure
from rerunqt.core.plotly_panels import axis_name


def _grid() -> dict:
    """make_subplots(rows=1, cols=2, subplot_titles=("A", "B")) with a bar trace in each."""
    return {"data": [{"type": "bar", "x": ["a", "b"], "y": [1, 2], "xaxis": "x", "yaxis": "y"},
                     {"type": "bar", "x": ["a", "b"], "y": [30, 40], "xaxis": "x2", "yaxis": "y2"}],
            "layout": {"xaxis": {"anchor": "y", "domain": [0.0, 0.45]},
                       "yaxis": {"anchor": "x", "domain": [0.0, 1.0]},
                       "xaxis2": {"anchor": "y2", "domain": [0.55, 1.0]},
                       "yaxis2": {"anchor": "x2", "domain": [0.0, 1.0]},
                       "annotations": [
                           {"text": "A", "x": 0.225, "y": 1.0, "xref": "paper", "yref": "paper",
                            "xanchor": "center", "yanchor": "bottom", "showarrow": False},
                           {"text": "B", "x": 0.775, "y": 1.0, "xref": "paper", "yref": "paper",
                            "xanchor": "center", "yanchor": "bottom", "showarrow": False}]}}


def test_each_subplot_is_a_plot_area_at_its_domain() -> None:
    figure = read_figure(_grid(), "streamlit")
    assert [(p.x, p.y, p.domain) for p in figure.panels] == [
        ("x", "y", (0.0, 0.45, 0.0, 1.0)), ("x2", "y2", (0.55, 1.0, 0.0, 1.0))]
    assert [t.axes for t in figure.traces] == [("x", "y"), ("x2", "y2")]
    assert figure.axes["y2"] is not figure.axes["y"]
    assert not figure.notes  # neither "one set of axes" nor "annotations not drawn"
    assert [(t.text, t.x, t.y_anchor) for t in figure.paper_texts] == [
        ("A", 0.225, "bottom"), ("B", 0.775, "bottom")]


def test_bars_in_different_subplots_are_not_grouped_together() -> None:
    figure = read_figure(_grid(), "streamlit")
    for trace in figure.traces:  # one bar trace per subplot: full width, on its category
        assert trace.x.tolist() == [0.0, 1.0]
        assert trace.width == 0.8


def test_a_secondary_y_axis_is_drawn_on_the_right_of_its_area() -> None:
    spec = {"data": [{"type": "scatter", "x": [1, 2], "y": [3, 4], "xaxis": "x", "yaxis": "y"},
                     {"type": "scatter", "x": [1, 2], "y": [30, 40], "xaxis": "x", "yaxis": "y2"}],
            "layout": {"xaxis": {"anchor": "y", "domain": [0.0, 0.94]},
                       "yaxis": {"anchor": "x", "domain": [0.0, 1.0]},
                       "yaxis2": {"anchor": "x", "overlaying": "y", "side": "right",
                                  "title": {"text": "second"}}}}
    figure = read_figure(spec, "streamlit")
    assert [(p.x, p.y, p.right) for p in figure.panels] == [("x", "y", ("y2",))]
    assert figure.axes["y2"].title == "second"
    assert not figure.notes


def test_matched_facet_axes_share_their_categories() -> None:
    spec = {"data": [{"type": "bar", "x": ["Sun", "Sat"], "y": [1, 2], "xaxis": "x", "yaxis": "y"},
                     {"type": "bar", "x": ["Sat"], "y": [3], "xaxis": "x2", "yaxis": "y2"}],
            "layout": {"xaxis": {"anchor": "y", "domain": [0.0, 0.49]},
                       "yaxis": {"anchor": "x", "domain": [0.0, 1.0]},
                       "xaxis2": {"anchor": "y2", "domain": [0.51, 1.0], "matches": "x"},
                       "yaxis2": {"anchor": "x2", "domain": [0.0, 1.0], "matches": "y",
                                  "showticklabels": False}}}
    figure = read_figure(spec, "streamlit")
    assert figure.traces[1].x.tolist() == [1.0]  # "Sat" where the first facet put it
    assert figure.axes["x2"].labels == ["Sun", "Sat"]
    assert figure.axes["y2"].tick_labels is False


def test_axis_names_as_plotly_writes_them() -> None:
    assert [axis_name(r, "x") for r in ("x", "x1", "xaxis", "xaxis1", "x2", "xaxis3", None)] == [
        "x", "x", "x", "x", "x2", "x3", "x"]


def test_a_selected_point_of_a_subplot_reads_its_own_axes() -> None:
    from rerunqt.testing import AppTest

    script = """
import rerunqt as st
fig = {"data": [{"type": "scatter", "x": [1, 2], "y": [3, 4], "mode": "markers"},
                {"type": "scatter", "x": ["2024-01-01", "2024-01-02 06:30"], "y": [5, 6],
                 "xaxis": "x2", "yaxis": "y2", "mode": "markers"}],
       "layout": {"xaxis": {"domain": [0, 0.45]}, "xaxis2": {"domain": [0.55, 1], "anchor": "y2"},
                  "yaxis2": {"anchor": "x2"}}}
event = st.plotly_chart(fig, key="c", on_select="rerun")
st.text(repr([(p["x"], p["y"]) for p in event.selection.points]))
"""
    at = AppTest.from_string(script).run()
    at.plotly_chart[0].select_points([(1, 0), (1, 1)]).run()
    assert at.text[0].value == "[('2024-01-01', 5), ('2024-01-02 06:30', 6)]"


def test_a_pie_cell_beside_subplots_is_drawn_not_named() -> None:
    spec = {"data": [{"type": "scatter", "x": [1, 2], "y": [2, 3]},
                     {"type": "pie", "values": [1, 2], "labels": ["a", "b"],
                      "domain": {"x": [0.55, 1.0], "y": [0.0, 1.0]}},
                     {"type": "bar", "x": ["a"], "y": [3], "xaxis": "x2", "yaxis": "y2"}],
            "layout": {"xaxis": {"domain": [0, 0.45]}, "yaxis": {"domain": [0.55, 1]},
                       "xaxis2": {"domain": [0, 0.45], "anchor": "y2"},
                       "yaxis2": {"domain": [0, 0.45], "anchor": "x2"}}}
    figure = read_figure(spec, "streamlit")
    assert len(figure.pies) == 1 and len(figure.traces) == 2
    assert not figure.notes and figure.skipped == ()
    one_area = {"data": spec["data"][:2]}  # one plot area: its axes, the pie named as left out
    assert read_figure(one_area, "streamlit").skipped == ("pie",)
