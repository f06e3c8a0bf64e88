"""Pies, boxes, violins, funnels and indicators (plotly dicts and Vega-Lite specs, Qt-free).

Dict figures need no plotly; the plotly.express checks at the end run when it is installed.
"""

from __future__ import annotations

import numpy as np
import pytest

from rerunqt.core.chart_shapes import BoxStats, kde, percent_text, pie_angles
from rerunqt.core.indicator import Indicator, d3_format
from rerunqt.core.plotly_figure import read_figure
from rerunqt.core.vega_build import build
from rerunqt.testing import AppTest


def spans(slices) -> list[float]:
    return [s.end - s.start for s in slices]


def test_slice_angles_sum_to_a_turn_and_follow_the_values() -> None:
    fig = read_figure({"data": [{"type": "pie", "labels": ["a", "b", "c", "a"],
                                 "values": [1, 6, 2, 1]}]}, "streamlit")
    (pie,) = fig.pies
    assert not fig.traces and not fig.cartesian and fig.show_legend
    assert [s.label for s in pie.slices] == ["b", "a", "c"]  # summed per label, largest first
    assert [s.value for s in pie.slices] == [6, 2, 2]
    assert sum(spans(pie.slices)) == pytest.approx(360)
    assert spans(pie.slices) == pytest.approx([216, 72, 72])
    first = pie.slices[0]
    assert first.end == pytest.approx(90)  # from 12 o'clock clockwise, as plotly.js
    assert pie.slices[1].start == pytest.approx(90)  # the next turns counterclockwise
    assert [s.text for s in pie.slices] == ["60%", "20%", "20%"]
    assert [s.slot for s in pie.slices] == [1, 0, 2]  # colours in first-seen label order


def test_pie_hole_sort_direction_rotation_textinfo_and_colours() -> None:
    fig = read_figure({"data": [{"type": "pie", "labels": ["x", "y"], "values": [1, 3], "hole": 0.4,
                                 "sort": False, "direction": "clockwise", "rotation": 90,
                                 "textinfo": "label+value", "marker": {"colors": ["#ff0000", "#00ff00"]}}]},
                      "streamlit")
    (pie,) = fig.pies
    assert pie.hole == 0.4 and [s.label for s in pie.slices] == ["x", "y"]
    assert (pie.slices[0].start, pie.slices[0].end) == pytest.approx((-90, 0))  # 3 o'clock, clockwise
    assert (pie.slices[1].start, pie.slices[1].end) == pytest.approx((-360, -90))
    assert [s.text for s in pie.slices] == ["x\n1", "y\n3"]
    assert pie.slices[0].color == (255, 0, 0, 255)
    plain = read_figure({"data": [{"type": "pie", "labels": ["x"], "values": [1]}]}, None).pies[0]
    assert plain.slices[0].color == (0x63, 0x6e, 0xfa, 255)  # theme=None keeps plotly's colours
    assert pie_angles([1, 3], True) == [(0.0, 90.0), (-270.0, 0.0)]
    assert (percent_text(1 / 3), percent_text(0.5), percent_text(0.00123)) == ("33.3%", "50%", "0.123%")


def test_quartiles_are_numpy_s_linear_percentiles_and_whiskers_stop_at_1_5_iqr() -> None:
    values = np.array([1, 2, 3, 4, 5, 6, 7, 8, 40.0])
    box = BoxStats(0.0, values)
    assert (box.q1, box.median, box.q3) == tuple(np.percentile(values, [25, 50, 75]))
    assert (box.lower, box.upper) == (1.0, 8.0)  # 40 is beyond q3 + 1.5 IQR
    assert box.points.tolist() == [40.0]
    extremes = BoxStats(0.0, values, None, "none")
    assert (extremes.upper, extremes.points.tolist()) == (40.0, [])
    grid, density = kde(values)
    assert grid[0] < 1 and grid[-1] > 40 and density.sum() * (grid[1] - grid[0]) == pytest.approx(1, abs=0.05)


def test_plotly_boxes_per_category_grouped_horizontal_violin_and_funnel() -> None:
    data = [{"type": "box", "x": ["a", "a", "a", "b", "b", "b"], "y": [1, 2, 3, 4, 5, 60], "name": "one"},
            {"type": "box", "x": ["a", "b"], "y": [1, 2], "name": "two"}]
    fig = read_figure({"data": data, "layout": {"boxmode": "group"}}, "streamlit")
    one, two = fig.traces
    assert fig.x_axis.labels == ["a", "b"] and one.kind == "box"
    assert [b.median for b in one.boxes] == [2.0, 5.0]
    assert one.boxes[1].points.tolist() == [] and one.boxes[1].upper == 60  # 3 points: no outlier
    assert one.x[0] < 0 < two.x[0]  # side by side around category "a"
    across = read_figure({"data": [{"type": "box", "x": [1, 2, 3], "name": "n"}]}, None).traces[0]
    assert across.horizontal and fig.y_axis.kind != "category"
    assert [b.median for b in across.boxes] == [2.0]
    violin = read_figure({"data": [{"type": "violin", "y": [1, 2, 2, 3, 9]}]}, None).traces[0]
    assert violin.kind == "violin" and violin.boxes[0].density[1].max() == pytest.approx(1)
    funnel = read_figure({"data": [{"type": "funnel", "x": [10, 4], "y": ["seen", "bought"]}]}, None)
    bars = funnel.traces[0]
    assert bars.base.tolist() == [-5, -2] and bars.y.tolist() == [5, 2] and bars.horizontal
    assert funnel.y_axis.reversed and bars.texts == ("10", "4")


def test_indicator_number_delta_sign_and_colour_and_gauge_range() -> None:
    up = Indicator({"mode": "number+delta+gauge", "value": 200, "delta": {"reference": 160},
                    "number": {"prefix": "$", "suffix": " k", "valueformat": ",.1f"},
                    "gauge": {"axis": {"range": [None, 500]},
                              "steps": [{"range": [0, 250], "color": "gray"}]}})
    assert up.number_text() == "$200.0 k"
    assert up.delta() == (40.0, "▲40.0", (0x3d, 0x99, 0x70, 255))
    assert up.range == (0.0, 500.0) and up.place(250) == 0.5 and up.steps == ((0.0, 250.0, "gray"),)
    down = Indicator({"mode": "delta", "value": 90, "delta": {"reference": 120, "relative": True}})
    change, text, color = down.delta()
    assert change < 0 and text == "▼25.00%" and color == (0xff, 0x41, 0x36, 255)
    assert Indicator({"value": 5, "delta": {"reference": 5}}).delta() == (0.0, "0", None)
    assert Indicator({"value": 10, "mode": "gauge"}).range == (0.0, 15.0)  # plotly: 1.5 x value
    assert [d3_format(1234.5, f) for f in (",.0f", ".1%", "$,.2f", ".3s", "+.1f", None)] == [
        "1,234", "123450.0%", "$1,234.50", "1.23k", "+1234.5", "1234.5"]


def test_a_figure_of_only_undrawable_traces_is_all_note() -> None:
    fig = read_figure({"data": [{"type": "scatter3d"}, {"type": "surface"}]}, "streamlit")
    assert fig.skipped == ("scatter3d", "surface") and not fig.traces and fig.cartesian


Q = {"field": "v", "type": "quantitative"}
ROWS = [{"k": "a", "v": 1}, {"k": "b", "v": 3}, {"k": "c", "v": 4}]


def test_vega_arc_slices_in_colour_order_with_a_donut_and_labels() -> None:
    theta = {"field": "v", "type": "quantitative", "stack": True}
    color = {"field": "k", "type": "nominal"}
    plot = build({"data": {"values": ROWS}, "height": 300, "layer": [
        {"mark": {"type": "arc", "innerRadius": 50, "outerRadius": 120},
         "encoding": {"theta": theta, "color": color}},
        {"mark": {"type": "text", "radius": 150}, "encoding": {"theta": theta, "color": color,
                                                              "text": {"field": "k", "type": "nominal"}}}]})
    assert plot.polar and plot.note == "" and [m.kind for m in plot.marks] == ["arc", "text"]
    pie = plot.marks[0].pie
    assert [s.label for s in pie.slices] == ["a", "b", "c"]
    assert spans(pie.slices) == pytest.approx([45, 135, 180])  # clockwise from 12 o'clock
    assert pie.slices[0].end == pytest.approx(90)
    assert pie.outer == pytest.approx(120 / 150) and pie.hole == pytest.approx(50 / 120)
    label = plot.marks[1].series[0]
    assert label.texts == ("a",) and np.hypot(label.x[0], label.y[0]) == pytest.approx(1.0)


def test_vega_boxplot_and_text_on_bars() -> None:
    rows = [{"g": g, "v": v} for g, v in zip("aaaaabbbbb", [1, 2, 3, 4, 50, 5, 6, 7, 8, 9])]
    plot = build({"data": {"values": rows}, "mark": "boxplot",
                  "encoding": {"x": {"field": "g", "type": "nominal"}, "y": Q}})
    (series,) = plot.marks[0].series
    first = series.boxes[0]
    assert (first.q1, first.median, first.q3, first.upper) == (2.0, 3.0, 4.0, 4.0)
    assert first.points.tolist() == [50.0] and series.y2.tolist() == [50.0, 9.0]
    span = build({"data": {"values": rows}, "mark": {"type": "boxplot", "extent": "min-max"},
                  "encoding": {"y": {"field": "g", "type": "nominal"}, "x": Q}})
    assert span.marks[0].horizontal and span.marks[0].series[0].boxes[0].upper == 50
    bars = build({"data": {"values": ROWS}, "layer": [
        {"mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": Q}},
        {"mark": {"type": "text", "dy": -5, "baseline": "bottom"},
         "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"},
                      "text": {"field": "v", "type": "quantitative"}}}]})
    text = bars.marks[1]
    assert text.series[0].texts == ("1", "3", "4") and text.series[0].y.tolist() == [1, 3, 4]
    assert dict(text.style)["dy"] == -5 and bars.note == ""


def test_text_and_tooltips_take_the_channel_s_d3_format() -> None:
    """alt.Text("b:Q", format=".1f") wrote every digit ("1.23456")."""
    rows = [{"a": 1, "b": 1.23456}, {"a": 2, "b": -2.5}]
    plot = build({"data": {"values": rows}, "mark": "text", "encoding": {
        "x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"},
        "text": {"field": "b", "type": "quantitative", "format": ".1f"}}})
    assert plot.marks[0].series[0].texts == ("1.2", "\u22122.5")  # d3's minus sign, as Vega
    share = build({"data": {"values": rows}, "mark": "text", "encoding": {
        "text": {"field": "a", "type": "quantitative", "format": ".0%"}}})
    assert share.marks[0].series[0].texts == ("100%", "200%")


def test_apptest_reads_pies_indicators_and_boxes() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.plotly_chart({'data': [{'type': 'pie', 'labels': ['a', 'b'], 'values': [1, 3]}]})
st.plotly_chart({'data': [{'type': 'indicator', 'value': 7, 'delta': {'reference': 5},
                           'mode': 'number+delta'}]})
st.plotly_chart({'data': [{'type': 'box', 'y': [1, 2, 3, 4]}]})
""").run()
    assert not at.exception
    pie, number, box = at.plotly_chart
    assert pie.slices == [{"label": "b", "value": 3.0, "percent": "75%"},
                          {"label": "a", "value": 1.0, "percent": "25%"}]
    assert number.indicators == [{"number": "7", "delta": "▲2"}]
    assert box.traces[0]["type"] == "box" and box.notes == []


@pytest.fixture
def px():
    return pytest.importorskip("plotly.express")


def test_plotly_express_pie_box_and_indicator(px) -> None:
    import plotly.graph_objects as go

    tips = px.data.tips()
    pie = read_figure(px.pie(tips, names="day", values="tip", hole=0.3), "streamlit").pies[0]
    assert pie.hole == 0.3 and sum(s.value for s in pie.slices) == pytest.approx(tips.tip.sum())
    box = read_figure(px.box(tips, x="day", y="total_bill"), "streamlit").traces[0]
    sunday = tips.total_bill[tips.day == "Sun"].to_numpy()
    assert box.boxes[0].q3 == pytest.approx(np.percentile(sunday, 75))
    gauge = read_figure(go.Figure(go.Indicator(mode="gauge+number", value=3)), None).indicators[0]
    assert gauge.shows == {"gauge", "number"} and gauge.range == (0, 4.5)


def test_altair_pie_with_labels_boxplot_and_bar_labels_through_apptest() -> None:
    pytest.importorskip("altair")
    at = AppTest.from_string("""
import altair as alt
import pandas as pd
import rerunqt as st
df = pd.DataFrame({'k': ['a', 'b', 'c'], 'v': [1, 3, 4]})
base = alt.Chart(df).encode(theta=alt.Theta('v:Q', stack=True), color='k:N')
st.altair_chart(base.mark_arc(innerRadius=40) + base.mark_text(radius=160).encode(text='k:N'))
st.altair_chart(alt.Chart(df).mark_boxplot().encode(y='v:Q'))
bars = alt.Chart(df).mark_bar().encode(x='k', y='v')
st.altair_chart(bars + bars.mark_text(dy=-4).encode(text='v'))
""").run()
    assert not at.exception and not at.image
    pie, box, labelled = at.vega_lite_chart
    assert [s["label"] for s in pie.slices] == ["a", "b", "c"] and pie.texts == ["a", "b", "c"]
    assert pie.chart.polar and pie.note == ""
    assert box.marks == ["boxplot"] and box.chart.marks[0].series[0].boxes[0].median == 3
    assert labelled.marks == ["bar", "text"] and labelled.texts == ["1", "3", "4"]
