"""Layout shapes and annotations (fig.add_hline, add_vrect, add_shape, add_annotation) read
onto their axes: data values (dates, categories) or fractions of the axis' span."""

from __future__ import annotations

from rerunqt.core.plotly_figure import read_figure

LINE = {"type": "scatter", "x": ["2024-01-01", "2024-01-03"], "y": [1, 3]}


def test_an_hline_spans_the_x_axis_at_its_y() -> None:
    spec = {"data": [LINE], "layout": {"shapes": [
        {"type": "line", "x0": 0, "x1": 1, "xref": "x domain", "y0": 2, "y1": 2, "yref": "y",
         "line": {"color": "red", "dash": "dash"}}]}}
    figure = read_figure(spec, "streamlit")
    (mark,) = figure.marks
    assert (mark.kind, mark.x, mark.x_span, mark.y, mark.y_span) == ("line", (0.0, 1.0), True,
                                                                      (2.0, 2.0), False)
    assert (mark.line, mark.dash) == ("red", "dash")
    assert not figure.notes  # it was "layout shapes not drawn"


def test_a_vrect_of_dates_and_an_annotation_with_its_arrow() -> None:
    spec = {"data": [LINE], "layout": {
        "shapes": [{"type": "rect", "x0": "2024-01-01", "x1": "2024-01-02", "xref": "x",
                    "y0": 0, "y1": 1, "yref": "y domain", "fillcolor": "green", "opacity": 0.25,
                    "layer": "below", "line": {"width": 0}}],
        "annotations": [{"x": "2024-01-03", "y": 3, "text": "<b>peak</b>"},
                        {"x": 1, "y": 2, "xref": "x domain", "yref": "y", "text": "target",
                         "showarrow": False, "xanchor": "right", "yanchor": "bottom"}]}}
    figure = read_figure(spec, "streamlit")
    rect, peak, target = figure.marks
    assert rect.x == (1704067200.0, 1704153600.0) and rect.y_span and rect.below
    assert (rect.fill, rect.opacity, rect.width) == ("green", 0.25, 0.0)
    assert (peak.kind, peak.text, peak.arrow, peak.offset) == ("text", "<b>peak</b>", True,
                                                               (-10.0, -30.0))
    assert peak.x == (1704240000.0, 1704240000.0)
    assert (target.arrow, target.anchor, target.x_span) == (False, ("right", "bottom"), True)
    assert not figure.notes


def test_a_vline_on_a_category_and_shapes_on_a_subplot() -> None:
    spec = {"data": [{"type": "bar", "x": ["a", "b"], "y": [1, 2]},
                     {"type": "bar", "x": ["a", "b"], "y": [1, 2], "xaxis": "x2", "yaxis": "y2"}],
            "layout": {"xaxis": {"domain": [0, 0.45]}, "xaxis2": {"domain": [0.55, 1], "anchor": "y2"},
                       "yaxis2": {"anchor": "x2"},
                       "shapes": [{"type": "line", "x0": "b", "x1": "b", "y0": 0, "y1": 1,
                                   "xref": "x2", "yref": "y2 domain"}]}}
    (mark,) = read_figure(spec, "streamlit").marks
    assert mark.axes == ("x2", "y2") and mark.x == (1.0, 1.0)
