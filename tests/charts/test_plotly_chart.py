"""st.plotly_chart: figures (dicts here, so plotly is not needed) read into drawn traces.

The plotly.express tests at the end run when plotly is installed (`pip install plotly`).
"""

from __future__ import annotations

import base64

import numpy as np
import pytest

from rerunqt.core.plotly_figure import read_figure
from rerunqt.testing import AppTest

HEAD = "import numpy as np\nimport pandas as pd\nimport rerunqt as st\n"


def figure(spec: dict, theme: str | None = "streamlit"):
    return read_figure(spec, theme)


def drawn(source: str):
    at = AppTest.from_string(HEAD + source).run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return at.plotly_chart[0]


def error(source: str) -> str:
    at = AppTest.from_string(HEAD + source).run()
    assert at.exception, "expected an error"
    return at.exception[0].message


def test_scatter_modes_lines_markers_and_the_default() -> None:
    fig = figure({"data": [
        {"type": "scatter", "x": [1, 2, 3], "y": [4, 5, 6], "mode": "lines", "name": "a",
         "line": {"color": "#ff0000", "dash": "dot", "width": 3}},
        {"type": "scattergl", "y": [1, 2], "mode": "markers",
         "marker": {"size": 12, "color": "rgba(0,0,255,0.5)"}},
        {"type": "scatter", "y": list(range(30))},
    ]})
    line, points, default = fig.traces
    assert (line.lines, line.markers, line.dash, line.line_width, line.color) == (
        True, False, "dot", 3.0, (255, 0, 0, 255))
    assert (points.lines, points.markers, points.marker_size, points.color) == (
        False, True, 12.0, (0, 0, 255, 128))
    assert points.x.tolist() == [0.0, 1.0]  # no x: positions, as plotly's x0 + i * dx
    assert (default.lines, default.markers) == (True, False)  # 20 points or more: lines only
    assert figure({"data": [{"y": [1, 2]}]}).traces[0].markers  # fewer: lines and markers


def test_bars_grouped_by_default_stacked_relative_and_horizontal() -> None:
    data = [{"type": "bar", "x": ["a", "b"], "y": [1, 2], "name": "one"},
            {"type": "bar", "x": ["a", "b"], "y": [3, -4], "name": "two"}]
    grouped = figure({"data": data})
    assert grouped.x_axis.labels == ["a", "b"]
    one, two = grouped.traces
    assert one.x[0] < 0 < two.x[0]  # side by side around category 0
    assert one.width == pytest.approx(0.4)
    stacked = figure({"data": data, "layout": {"barmode": "stack"}})
    assert stacked.traces[1].base.tolist() == [1.0, 2.0]
    assert stacked.traces[1].y.tolist() == [4.0, -2.0]
    relative = figure({"data": data, "layout": {"barmode": "relative"}})
    assert relative.traces[1].base.tolist() == [1.0, 0.0]  # negatives stack downwards
    assert relative.traces[1].y.tolist() == [4.0, -4.0]
    overlay = figure({"data": data, "layout": {"barmode": "overlay"}})
    assert overlay.traces[1].base.tolist() == [0.0, 0.0]
    across = figure({"data": [{"type": "bar", "x": [5, 7], "y": ["p", "q"], "orientation": "h"}]})
    assert across.traces[0].horizontal and across.y_axis.labels == ["p", "q"]
    assert across.traces[0].y.tolist() == [5.0, 7.0]


def test_categoryorder_sorts_a_category_axis_by_total_or_name() -> None:
    """``yaxis={"categoryorder": "total ascending"}`` (the usual sorted bar chart): the
    smallest total at the axis start (a y axis' bottom), the largest at its end."""
    data = [{"type": "bar", "x": [0.4, 0.3, 0.2, 0.1], "orientation": "h",
             "y": ["Recency", "Frequency", "Monetary", "Tenure"]}]
    by_total = figure({"data": data, "layout": {"yaxis": {"categoryorder": "total ascending"}}})
    assert by_total.y_axis.labels == ["Tenure", "Monetary", "Frequency", "Recency"]
    assert by_total.traces[0].x.tolist() == [3.0, 2.0, 1.0, 0.0]  # Recency on top
    by_name = figure({"data": data, "layout": {"yaxis": {"categoryorder": "category descending"}}})
    assert by_name.y_axis.labels == ["Tenure", "Recency", "Monetary", "Frequency"]
    stacked = [{"type": "bar", "x": ["a", "b", "c"], "y": [1, 5, 2]},
               {"type": "bar", "x": ["a", "b", "c"], "y": [9, 1, 2]}]
    summed = figure({"data": stacked, "layout": {"xaxis": {"categoryorder": "total descending"}}})
    assert summed.x_axis.labels == ["a", "b", "c"]  # 10, 6, 4 over both traces
    kept = figure({"data": data})
    assert kept.y_axis.labels == ["Recency", "Frequency", "Monetary", "Tenure"]  # trace order


def test_bars_coloured_by_a_number_take_their_colours_from_the_scale() -> None:
    """plotly express' ``color=`` a numeric column: one colour per bar from the colour axis'
    scale (Viridis here: dark purple for the least, yellow for the most)."""
    fig = figure({"data": [{"type": "bar", "x": ["a", "b", "c"], "y": [1, 2, 3],
                            "marker": {"color": [1, 2, 3], "coloraxis": "coloraxis"}}],
                  "layout": {"coloraxis": {"colorscale": [[0, "#440154"], [1, "#fde725"]]}}})
    colors = fig.traces[0].marker_colors
    assert colors is not None and colors.tolist()[0][:3] == [0x44, 0x01, 0x54]
    assert colors.tolist()[2][:3] == [0xfd, 0xe7, 0x25]
    listed = figure({"data": [{"type": "bar", "x": ["a", "b"], "y": [1, 2],
                               "marker": {"color": ["#ff0000", "#00ff00"]}}]})
    assert [c[:3] for c in listed.traces[0].marker_colors.tolist()] == [[255, 0, 0], [0, 255, 0]]
    plain = figure({"data": [{"type": "bar", "x": ["a"], "y": [1], "marker": {"color": "red"}}]})
    assert plain.traces[0].marker_colors is None and plain.colorbar is None
    title, low, high, colours = fig.colorbar
    assert (title, low, high) == ("", 1.0, 3.0) and colours[0][:3] == (0x44, 0x01, 0x54)
    hidden = figure({"data": fig.spec["data"], "layout": {"coloraxis": {"showscale": False}}})
    assert hidden.colorbar is None


def test_marker_opacity_fades_markers_and_bars_and_mixed_colours_read_as_plotly_js() -> None:
    """``px.scatter(opacity=0.6)`` writes ``marker.opacity``; a colour list mixing numbers and
    colours (a tic-tac-toe board: 0 for an empty cell) scales the numbers and keeps the
    colours; one number alone takes the scale's middle (plotly.js widens the range by 0.5)."""
    fig = figure({"data": [
        {"type": "scatter", "y": [1, 2], "mode": "markers", "marker": {"opacity": 0.6}},
        {"type": "bar", "y": [1, 2], "marker": {"opacity": 0.5, "color": ["#ff0000", "#00ff00"]}},
        {"type": "scatter", "y": [1, 2, 3], "mode": "markers",
         "marker": {"color": [0, "#3A5683", "nope"], "colorscale": [[0, "#000000"], [1, "#ffffff"]]}},
        {"type": "scatter", "y": [1, 2], "mode": "markers",
         "marker": {"color": [0, 0], "colorscale": [[0, "#000000"], [1, "#ffffff"]]}},
    ]})
    scatter, bars, mixed, constant = fig.traces
    assert scatter.marker_opacity == 0.6 and scatter.opacity == 1.0
    assert [c[3] for c in bars.marker_colors.tolist()] == [128, 128]
    assert mixed.marker_colors.tolist() == [[128, 128, 128, 255], [0x3a, 0x56, 0x83, 255],
                                            [68, 68, 68, 255]]
    assert constant.marker_colors.tolist()[0] == [128, 128, 128, 255]


def _utc(*parts: int) -> float:
    import datetime as dt

    return dt.datetime(*parts, tzinfo=dt.timezone.utc).timestamp()


@pytest.mark.parametrize(("low", "high", "expected"), [
    ((2026, 11, 8), (2026, 12, 7), ["Nov 8\n2026", "Nov 15", "Nov 22", "Nov 29", "Dec 6"]),
    ((2023, 1, 1), (2024, 12, 1), ["Jan 2023", "Jul 2023", "Jan 2024", "Jul 2024"]),
    ((2010, 1, 1), (2024, 1, 1), ["2010", "2015", "2020"]),
    ((2024, 1, 1, 0), (2024, 1, 2, 12), ["00:00\nJan 1, 2024", "12:00", "00:00\nJan 2, 2024",
                                         "12:00"]),
])
def test_date_axis_ticks_and_labels_follow_plotly_js(low, high, expected) -> None:
    """plotly.js' autoTicks for dates (nticks 5 here): days from Sunday 2000-01-02 on steps
    of 1, 2, 3, 7 or 14, months from January on 1, 2, 3, 6 or 12, years on 2, 5, 10;
    labels "%b %-d" with the year as a second line where it first shows or changes,
    "%b %Y" for months, "%Y" for years, "%H:%M" over the date."""
    from rerunqt.core.plotly_ticks import TickSpec

    spec = TickSpec({"nticks": 5})
    start, stop = _utc(*low), _utc(*high)
    values, step = spec.ticks(start, stop, 900, True, date=True)
    assert spec.labels(values, step, start, stop, date=True) == expected


def test_histograms_bin_numbers_count_categories_and_normalise() -> None:
    hist = figure({"data": [{"type": "histogram", "x": [1, 2, 2, 3, 3, 3], "nbinsx": 3}]})
    bars = hist.traces[0]
    assert bars.kind == "bar" and bars.y.tolist() == [1.0, 2.0, 3.0]
    assert sum(bars.y) == 6
    words = figure({"data": [{"type": "histogram", "x": ["a", "b", "a"]}]})
    assert words.x_axis.labels == ["a", "b"] and words.traces[0].y.tolist() == [2.0, 1.0]
    share = figure({"data": [{"type": "histogram", "x": [1, 1, 2, 2], "nbinsx": 2,
                              "histnorm": "percent"}]})
    assert share.traces[0].y.tolist() == [50.0, 50.0]
    summed = figure({"data": [{"type": "histogram", "x": ["a", "b", "a"], "y": [1, 2, 3],
                               "histfunc": "sum"}]})
    assert summed.traces[0].y.tolist() == [4.0, 2.0]


def test_areas_fill_to_zero_or_stack_in_their_group() -> None:
    fill = figure({"data": [{"type": "scatter", "y": [1, 2], "fill": "tozeroy"}]}).traces[0]
    assert fill.base.tolist() == [0.0, 0.0]
    stacked = figure({"data": [
        {"type": "scatter", "x": [0, 1], "y": [1, 2], "stackgroup": "one"},
        {"type": "scatter", "x": [0, 1], "y": [3, 4], "stackgroup": "one"}]}).traces
    assert stacked[1].base.tolist() == [1.0, 2.0] and stacked[1].y.tolist() == [4.0, 6.0]


def test_heatmap_and_an_unsupported_trace_is_named_in_a_note() -> None:
    fig = figure({"data": [{"type": "scatter3d"}, {"type": "surface"},
                           {"type": "heatmap", "z": [[1, 2, 3], [4, 5, 6]], "x": ["a", "b", "c"]}]})
    assert fig.notes == ("Not drawn natively: scatter3d, surface traces",)
    assert fig.skipped == ("scatter3d", "surface")
    shaped = figure({"data": [], "layout": {"shapes": [{"type": "path", "path": "M 0 0 L 1 1"}],
                                            "annotations": [{}]}})  # an annotation with no place
    assert shaped.notes == ("layout path shapes and annotations not drawn",)
    heat = fig.traces[0]
    assert heat.kind == "heatmap" and heat.z.shape == (2, 3)
    assert fig.x_axis.labels == ["a", "b", "c"]


def test_a_candlestick_is_boxes_with_wicks_coloured_by_direction() -> None:
    """go.Candlestick (a stock chart) was a "Not drawn natively" note over an empty plot."""
    fig = figure({"data": [{"type": "candlestick", "name": "AAPL", "x": [1, 2, 3],
                            "open": [10, 12, 11], "close": [12, 11, 11], "high": [13, 12.5, 11.5],
                            "low": [9, 10.5, 10], "decreasing": {"line": {"color": "#0000ff"}}}]})
    assert fig.notes == () and fig.skipped == ()
    body, rising, falling = fig.traces
    assert body.kind == "bar" and body.name == "AAPL" and body.show_legend
    assert body.base.tolist() == [10, 11, 11] and body.y.tolist() == [12, 12, 11]
    assert body.width == pytest.approx(0.6)  # a share of the periods' distance
    assert [tuple(c) for c in body.marker_colors] == [(61, 153, 112, 127), (0, 0, 255, 127),
                                                       (61, 153, 112, 127)]  # close >= open rises
    assert rising.kind == falling.kind == "line" and not rising.show_legend
    assert rising.color == (61, 153, 112, 255) and falling.color == (0, 0, 255, 255)
    wick = falling.y[:2].tolist()  # the falling period's lower wick: low to the box's bottom
    assert wick == [10.5, 11] and np.nanmax(falling.y) == 12.5 and np.nanmin(rising.y) == 9


def test_a_waterfall_runs_its_total_with_connectors() -> None:
    """go.Waterfall (a profit-and-loss bridge) was a "Not drawn natively" note."""
    fig = figure({"data": [{"type": "waterfall", "x": ["a", "b", "t", "c", "z"],
                            "measure": ["relative", "relative", "total", "relative", "absolute"],
                            "y": [60, 80, 0, -40, 10], "totals": {"marker": {"color": "#000000"}}}]})
    assert fig.notes == ()
    bars, joins = fig.traces
    assert bars.base.tolist() == [0, 60, 0, 140, 0] and bars.y.tolist() == [60, 140, 140, 100, 10]
    assert [tuple(c) for c in bars.marker_colors] == [
        (61, 153, 112, 255), (61, 153, 112, 255), (0, 0, 0, 255), (255, 65, 54, 255), (61, 153, 112, 255)]
    assert joins.kind == "line" and not joins.show_legend
    assert joins.y[:2].tolist() == [60, 60]  # from the first bar's end to the second bar
    assert joins.x[1] - joins.x[0] == pytest.approx(1 - 0.8)
    arrays = figure({"data": [{"type": "waterfall", "y": np.array([5, -2, 0]),
                               "measure": np.array(["relative", "relative", "total"])}]})
    assert arrays.traces[0].y.tolist() == [5, 3, 3]  # numpy arrays as plotly may hold them


def test_ohlc_bars_tick_the_open_left_and_the_close_right() -> None:
    fig = figure({"data": [{"type": "ohlc", "x": [1, 2], "open": [1, 3], "close": [2, 2.5],
                            "high": [2.5, 3.5], "low": [0.5, 2]}]})
    assert fig.notes == ()
    rising, falling = fig.traces
    assert rising.kind == falling.kind == "line" and rising.show_legend and not falling.show_legend
    assert rising.color == (61, 153, 112, 255) and falling.color == (255, 65, 54, 255)
    x, y = rising.x.tolist(), rising.y.tolist()
    assert (x[0], y[0], x[1], y[1]) == (1, 0.5, 1, 2.5)  # low to high
    assert (x[3], y[3], x[4], y[4]) == (pytest.approx(0.7), 1, 1, 1)  # the open, left
    assert (x[6], y[6], x[7], y[7]) == (1, 2, pytest.approx(1.3), 2)  # the close, right


def test_areas_after_a_candlestick_still_stack() -> None:
    fig = figure({"data": [
        {"type": "candlestick", "x": [1, 2], "open": [1, 2], "close": [2, 1], "high": [3, 3],
         "low": [0, 0]},
        {"type": "scatter", "x": [1, 2], "y": [1, 1], "stackgroup": "a"},
        {"type": "scatter", "x": [1, 2], "y": [2, 2], "stackgroup": "a"}]})
    upper = [t for t in fig.traces if t.type == "scatter"][1]
    assert upper.y.tolist() == [3, 3] and upper.base.tolist() == [1, 1]


def test_a_histogram2d_is_a_heatmap_of_binned_counts() -> None:
    """px.density_heatmap was a "Not drawn natively: histogram2d trace" note."""
    spec = {"type": "histogram2d", "x": [0.5, 0.5, 1.5, 1.5, 1.5], "y": [0.5, 1.5, 0.5, 0.5, 1.5],
            "xbins": {"start": 0, "end": 2, "size": 1}, "ybins": {"start": 0, "end": 2, "size": 1}}
    fig = figure({"data": [spec]})
    assert fig.notes == ()
    (heat,) = fig.traces
    assert heat.kind == "heatmap" and heat.x.tolist() == [0.5, 1.5] and heat.y.tolist() == [0.5, 1.5]
    assert heat.z.tolist() == [[1, 2], [1, 1]]  # rows are y: two points at (1.5, 0.5)
    summed = figure({"data": [dict(spec, z=[1, 2, 3, 4, 5], histfunc="avg")]}).traces[0]
    assert summed.z.tolist() == [[1, 3.5], [2, 5]]
    assert figure({"data": [dict(spec, histnorm="percent")]}).traces[0].z.sum() == pytest.approx(100)


def test_layout_titles_ranges_log_axes_category_order_and_legend() -> None:
    fig = figure({"data": [{"type": "bar", "x": ["b", "a"], "y": [1, 2], "name": "n"},
                           {"type": "scatter", "x": ["a", "b"], "y": [1, 1], "name": "m"}],
                  "layout": {"title": {"text": "<b>Sales</b>"},
                             "xaxis": {"title": {"text": "Shop"}, "categoryorder": "array",
                                       "categoryarray": ["a", "b"]},
                             "yaxis": {"title": "Units", "type": "log", "range": [0, 2]}}})
    assert (fig.title, fig.x_axis.title, fig.y_axis.title) == ("Sales", "Shop", "Units")
    assert fig.x_axis.labels == ["a", "b"] and fig.traces[0].x.tolist()[0] > fig.traces[0].x.tolist()[1]
    assert fig.y_axis.log and fig.y_axis.range == (0.0, 2.0)
    assert fig.show_legend  # two named traces
    assert not figure({"data": [{"type": "bar", "y": [1], "name": "only"}]}).show_legend
    assert not figure({"data": fig.spec["data"], "layout": {"showlegend": False}}).show_legend


def test_bargap_and_bargroupgap_space_the_bars() -> None:
    """plotly.js leaves ``bargap`` (0.2; none between histogram bins) of each slot empty and
    ``bargroupgap`` between grouped bars; ``px.histogram`` then ``bargap=0.1`` was gapless."""
    bars = [{"type": "bar", "x": ["a", "b"], "y": [1, 2]}, {"type": "bar", "x": ["a", "b"], "y": [2, 1]}]
    assert figure({"data": bars[:1]}).traces[0].width == pytest.approx(0.8)
    assert figure({"data": bars[:1], "layout": {"bargap": 0.5}}).traces[0].width == pytest.approx(0.5)
    grouped = figure({"data": bars, "layout": {"bargap": 0.2, "bargroupgap": 0.5}}).traces
    assert [t.width for t in grouped] == pytest.approx([0.2, 0.2])  # 0.4 each, half of it drawn
    assert grouped[0].x.tolist() == pytest.approx([-0.2, 0.8])
    spread = {"type": "histogram", "x": [1, 2, 2, 3, 4], "xbins": {"start": 0, "end": 4, "size": 1}}
    assert figure({"data": [spread]}).traces[0].width.tolist() == pytest.approx([1.0] * 4)
    gapped = figure({"data": [spread], "layout": {"bargap": 0.1}}).traces[0]
    assert gapped.width.tolist() == pytest.approx([0.9] * 4)


def test_plotly_s_binary_arrays_and_dates_are_read() -> None:
    packed = {"dtype": "f8", "bdata": base64.b64encode(np.array([1.5, 2.5]).tobytes()).decode()}
    fig = figure({"data": [{"type": "scatter", "x": np.array(["2024-01-01", "2024-01-02"],
                                                             dtype="datetime64[ns]"), "y": packed}]})
    assert fig.traces[0].y.tolist() == [1.5, 2.5]
    assert fig.x_axis.kind == "date" and fig.traces[0].x[1] - fig.traces[0].x[0] == 86400


def test_iso_date_strings_are_dates_and_a_date_range_is_read() -> None:
    fig = figure({"data": [{"type": "scatter", "x": ["2024-01-01", "2024-01-03 12:00"], "y": [1, 2]}],
                  "layout": {"xaxis": {"range": ["2024-01-02", "2024-01-03"]}}})
    assert fig.x_axis.kind == "date"
    assert fig.traces[0].x[1] - fig.traces[0].x[0] == 2.5 * 86400
    assert fig.x_axis.range[1] - fig.x_axis.range[0] == 86400
    assert figure({"data": [{"type": "bar", "x": ["2024", "x"], "y": [1, 2]}]}).x_axis.kind == "category"


def test_dates_with_a_time_zone_stay_at_their_wall_clock_time() -> None:
    import warnings

    import pandas as pd

    # plotly.js drops a date's time zone (yfinance's tz-aware index, ISO offsets): it was
    # converted to UTC (a day earlier east of it) with numpy's timezone warning
    tokyo = pd.date_range("2025-01-01", periods=2, freq="D", tz="Asia/Tokyo")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        aware = figure({"data": [{"type": "scatter", "x": np.array(list(tokyo), dtype=object),
                                  "y": [1, 2]}]})
        texts = figure({"data": [{"type": "scatter", "y": [1, 2],
                                  "x": ["2025-01-01T00:00:00+09:00", "2025-01-02 00:00Z"]}],
                        "layout": {"xaxis": {"range": ["2025-01-01T00:00:00-05:00", "2025-01-02"]}}})
    assert aware.x_axis.kind == "date" and aware.traces[0].x.tolist() == [_utc(2025, 1, 1),
                                                                          _utc(2025, 1, 2)]
    assert texts.x_axis.kind == "date" and texts.traces[0].x.tolist() == [_utc(2025, 1, 1),
                                                                          _utc(2025, 1, 2)]
    assert texts.x_axis.range == (_utc(2025, 1, 1), _utc(2025, 1, 2))


def test_theme_streamlit_recolours_plotly_s_defaults_and_none_keeps_them() -> None:
    spec = {"data": [{"type": "bar", "y": [1], "marker": {"color": "#EF553B"}},
                     {"type": "bar", "y": [1], "marker": {"color": "#123456"}}]}
    themed = figure(spec, "streamlit").traces
    assert (themed[0].color, themed[0].slot) == (None, 1)  # the palette's second colour
    assert themed[1].color == (0x12, 0x34, 0x56, 255)
    assert figure(spec, None).traces[0].color == (0xef, 0x55, 0x3b, 255)


def test_the_element_reads_back_and_an_equal_figure_is_equal_on_a_rerun() -> None:
    view = drawn("st.plotly_chart({'data': [{'type': 'bar', 'x': ['a'], 'y': [3], 'name': 'n'}],"
                 " 'layout': {'title': 'T', 'height': 300}})")
    assert view.traces == [{"type": "bar", "name": "n", "x": [0.0], "y": [3.0]}]
    assert (view.title, view.notes, view.height, view.width, view.theme) == ("T", [], 300, "stretch",
                                                                            "streamlit")
    assert view.figure["layout"]["title"] == "T"
    at = AppTest.from_string(HEAD + "st.plotly_chart([{'type': 'scatter', 'y': [1, 2]}], key='k')\n").run()
    first = at.plotly_chart[0]._element
    at.run()
    assert at.plotly_chart[0]._element == first and first.prop("height") == 450


def test_parameters_are_checked_with_clear_errors() -> None:
    assert "Invalid `selection_mode` value" in error("st.plotly_chart({'data': []}, selection_mode='circle')")
    assert "theme='dark'" in error("st.plotly_chart({'data': []}, theme='dark')")
    assert "st.pyplot" in error("st.plotly_chart(42)")
    view = drawn("st.plotly_chart({'data': []}, width=400, config={'displayModeBar': False})")
    assert view.width == 400 and view.config == (("displayModeBar", False),)
    assert drawn("st.plotly_chart({'data': []}, True, width=400)").width == "stretch"
    assert drawn("st.plotly_chart({'data': [], 'layout': {'width': 500}}, width='content')").width == 500
    assert drawn("st.columns(2)[0].plotly_chart({'data': []})").type == "plotly_chart"


def test_an_unknown_keyword_is_a_type_error_as_in_streamlit() -> None:
    # Streamlit 1.67 has no **kwargs: a misspelt use_container_width raises, not ignored
    message = error("st.plotly_chart({'data': []}, use_conatiner_width=True)")
    assert "unexpected keyword argument 'use_conatiner_width'" in message


@pytest.fixture
def px():
    return pytest.importorskip("plotly.express")


def test_plotly_express_figures_are_drawn(px) -> None:
    at = AppTest.from_string(HEAD + """
import plotly.express as px
df = pd.DataFrame({'x': [1, 2, 3, 4], 'y': [3, 1, 2, 5], 'shop': ['a', 'a', 'b', 'b']})
st.plotly_chart(px.line(df, x='x', y='y', color='shop', title='Line'))
st.plotly_chart(px.scatter(df, x='x', y='y', size='y'))
st.plotly_chart(px.bar(df, x='shop', y='y'))
st.plotly_chart(px.histogram(df, x='y', nbins=2))
st.plotly_chart(px.area(df, x='x', y='y', color='shop'))
""").run()
    assert not at.exception
    line, scatter, bar, histogram, area = at.plotly_chart
    assert [(t["name"], t["y"]) for t in line.traces] == [("a", [3.0, 1.0]), ("b", [2.0, 5.0])]
    assert line.title == "Line" and line.chart.show_legend
    dots = scatter.chart.traces[0]
    assert dots.markers and not dots.lines and dots.marker_size.tolist()[3] > dots.marker_size.tolist()[1]
    assert bar.chart.x_axis.labels == ["a", "b"]
    assert bar.traces[0]["y"] == [3.0, 4.0, 2.0, 7.0]  # relative: a row stacks on the one before
    assert sum(histogram.traces[0]["y"]) == 4
    assert area.chart.traces[0].base is not None
    assert all(not view.notes for view in at.plotly_chart)


SELECTABLE = """
import rerunqt as st
fig = {'data': [{'type': 'scatter', 'x': ['a', 'b', 'c'], 'y': [1, 5, 3], 'mode': 'markers'},
                {'type': 'bar', 'x': ['a', 'b', 'c'], 'y': [2, 2, 2]}]}
def picked():
    st.session_state.calls = st.session_state.get('calls', 0) + 1
event = st.plotly_chart(fig, key='chart', on_select=picked)
st.text(repr([(p['curve_number'], p['x'], p['y']) for p in event.selection.points]))
st.text(repr(event.selection.point_indices))
"""


def test_on_select_returns_streamlit_s_selection_state_and_calls_back() -> None:
    at = AppTest.from_string(SELECTABLE).run()
    assert not at.exception
    assert at.text[0].value == "[]"
    assert at.plotly_chart[0].selection == {"selection": {"points": [], "point_indices": [], "box": [],
                                                          "lasso": []}}
    at.plotly_chart[0].select_points([(0, 1), (1, 2)]).run()
    assert at.text[0].value == "[(0, 'b', 5), (1, 'c', 2)]"
    assert at.text[1].value == "[1, 2]"
    assert at.plotly_chart[0].value.selection.point_indices == [1, 2]  # Streamlit: the state
    assert at.session_state.calls == 1
    assert at.session_state.chart.selection.points[0]["point_index"] == 1
    at.plotly_chart[0].select_points([(0, 99)]).run()  # not a point of the figure: nothing
    assert at.text[0].value == "[]"


def test_selection_modes_are_checked() -> None:
    boxed = drawn("ev = st.plotly_chart({'data': [{'y': [1]}]}, on_select='rerun', selection_mode='box')\n"
                  "st.write(str(ev))")
    assert boxed.selection == {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}
    assert "Invalid `on_select` value" in error("st.plotly_chart({'data': []}, on_select='yes')")
    at = AppTest.from_string("import rerunqt as st\nst.plotly_chart({'data': [{'y': [1]}]})").run()
    with pytest.raises(ValueError, match="on_select='rerun'"):
        at.plotly_chart[0].select_points([(0, 0)])


def test_value_is_the_selection_with_on_select_and_the_figure_without() -> None:
    at = AppTest.from_string("import rerunqt as st\nfig = {'data': [{'type': 'bar', 'y': [1]}]}\n"
                             "st.plotly_chart(fig)\nst.plotly_chart(fig, on_select='rerun')").run()
    assert at.plotly_chart[0].value == {"data": [{"type": "bar", "y": [1]}]}
    assert at.plotly_chart[1].value == {"selection": {"points": [], "point_indices": [], "box": [],
                                                      "lasso": []}}


def test_the_plot_area_colour_is_the_layout_s_or_with_theme_none_the_app_s_secondary() -> None:
    # with theme=None Streamlit fills in plot_bgcolor with the app's secondary background (it
    # beats the template's #E5ECF6) and keeps the template's white grid; its own theme
    # replaces the template (no fill)
    from rerunqt.core.plotly_layout import APP_SECONDARY

    template = {"layout": {"plot_bgcolor": "#E5ECF6", "yaxis": {"gridcolor": "white"}}}
    spec = {"data": [], "layout": {"template": template}}
    assert figure(spec, None).background == (APP_SECONDARY, "white")
    assert figure(spec, "streamlit").background is None
    own = {"data": [], "layout": {"template": template, "plot_bgcolor": "rgba(0,0,0,0)",
                                  "yaxis": {"gridcolor": "#cccccc"}}}
    assert figure(own, "streamlit").background == ((0, 0, 0, 0), (204, 204, 204, 255))
    assert figure({"data": [], "layout": {"plot_bgcolor": "ivory"}}, None).background == ("ivory", None)
    assert figure({"data": []}, None).background == (APP_SECONDARY, None)
    assert figure({"data": []}, "streamlit").background is None


def test_domain_traces_beside_axes_traces_are_named_as_not_drawn() -> None:
    """A figure mixing a line with a table or pie (make_subplots with a table row) draws
    the axes; the table and pie are named in the note (it said pies were drawn)."""
    fig = figure({"data": [{"type": "scatter", "y": [1, 2]}, {"type": "table", "cells": {"values": [[1]]}},
                           {"type": "pie", "values": [1, 2], "visible": "legendonly"},
                           {"type": "treemap", "labels": ["a"], "parents": [""]}]})
    assert fig.cartesian and len(fig.traces) == 1
    assert fig.skipped == ("table", "treemap")
    assert fig.notes == ("Not drawn natively: table, treemap traces",)
    alone = figure({"data": [{"type": "table", "cells": {"values": [[1]]}}]})
    assert alone.skipped == () and not alone.cartesian  # drawn when it is the figure


@pytest.mark.parametrize(("legend", "row", "align"), [
    ({}, "", "center"),
    ({"orientation": "v", "y": 1.1}, "", "center"),
    ({"orientation": "h"}, "bottom", "left"),  # plotly.js: y=-0.1, x=0
    ({"orientation": "h", "y": 1.1}, "top", "left"),
    ({"orientation": "h", "yanchor": "bottom", "y": 1.02, "xanchor": "right", "x": 1}, "top", "right"),
    ({"orientation": "h", "y": -0.3, "x": 0.5, "xanchor": "center"}, "bottom", "center"),
])
def test_a_horizontal_legend_is_a_row_above_or_below_the_data(legend: dict, row: str,
                                                               align: str) -> None:
    """``legend=dict(orientation="h", y=1.02, x=1)`` (plotly's docs, common in apps) lays
    the legend out in a row over the data on the right; it was a column at the right."""
    fig = figure({"data": [{"type": "bar", "y": [1], "name": "a"}, {"type": "bar", "y": [2], "name": "b"}],
                  "layout": {"legend": legend}})
    assert (fig.legend_row, fig.legend_align) == (row, align)
