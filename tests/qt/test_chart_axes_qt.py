"""Tick labels as the user reads them: Vega's numbers and times on the built-in and Altair
charts ("2,500,000", "50%", "February"), never pyqtgraph's "2.5e+06" or "(x1e+06)"."""

from __future__ import annotations

from typing import Any

import pytest
from chart_views import drawn_tick_labels

pytestmark = pytest.mark.qt


labels = drawn_tick_labels


def charts(pilot: Any, kind: str) -> list[Any]:
    return [record.widget for record in pilot.window.renderer.find(kind=kind)]


BUILT_IN = """
import rerunqt as st, pandas as pd
st.line_chart(pd.DataFrame({'sales': [0.0, 1_250_000.5, 2_500_000.0]}), y='sales', height=300)
st.area_chart(pd.DataFrame({'day': pd.date_range('2024-01-01', periods=300, freq='D'),
                            'v': range(300)}), x='day', y='v', height=300)
st.scatter_chart(pd.DataFrame({'x': [0.0, 1.5, 3.0], 'y': [0.2, 0.9, 1.6]}), x='x', y='y',
                 height=300)
"""


def test_built_in_charts_write_numbers_and_dates_as_vega_does(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(BUILT_IN))
    pilot.window.resize(900, 1200)
    pilot.settle()
    line = charts(pilot, "line_chart")[0]
    assert labels(pilot, line, "left") == ["0", "500,000", "1,000,000", "1,500,000", "2,000,000",
                                           "2,500,000"]
    assert line.plot.getPlotItem().getAxis("left").labelString().count("x1e") == 0
    assert labels(pilot, charts(pilot, "area_chart")[0], "bottom")[:4] == [
        "2024", "February", "March", "April"]
    scatter = charts(pilot, "scatter_chart")[0]
    assert labels(pilot, scatter, "left")[:4] == ["0.0", "0.2", "0.4", "0.6"]  # from 0, as Vega's
    assert labels(pilot, scatter, "bottom")[:3] == ["0.0", "0.2", "0.4"]


def test_a_large_y_title_keeps_no_power_of_ten_and_a_short_integer_x_is_ticked_as_vega(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "st.line_chart(pd.DataFrame({'year': [2021, 2022, 2023], 'gdp': [1.2e12, 2.0e12, 2.4e12]}),"
        " x='year', y='gdp', height=300)\n"))
    pilot.window.resize(900, 700)
    pilot.settle()
    line = charts(pilot, "line_chart")[0]
    axis = line.plot.getPlotItem().getAxis("left")
    assert axis.labelText == "gdp" and "x1e" not in axis.labelString()
    assert "2,000,000,000,000" in labels(pilot, line, "left")
    # Vega's own ticks for 2021..2023 with tickMinStep 1: d3 steps 0.5 at a count of 3
    assert labels(pilot, line, "bottom") == ["2,021.0", "2,021.5", "2,022.0", "2,022.5", "2,023.0"]


ALTAIR = """
import altair as alt, pandas as pd
import rerunqt as st
share = pd.DataFrame({'k': list('abcd'), 'share': [0.05, 0.2, 0.35, 0.5],
                      'revenue': [1200.5, 2500, 3100, 4999.99]})
st.altair_chart(alt.Chart(share).mark_bar().encode(
    x='k:N', y=alt.Y('share:Q', axis=alt.Axis(format='.0%', title='Share of sales'))), height=300)
st.altair_chart(alt.Chart(share).mark_bar().encode(
    x='k:N', y=alt.Y('revenue:Q', axis=alt.Axis(format='$,.2f'))), height=300)
st.altair_chart(alt.Chart(share).mark_point().encode(
    x=alt.X('revenue:Q', axis=alt.Axis(format='~s')), y='share:Q'), height=300)
times = pd.DataFrame({'t': pd.date_range('2024-03-01', periods=49, freq='h'), 'v': range(49)})
st.altair_chart(alt.Chart(times).mark_line().encode(x='t:T', y='v:Q'), height=300)
st.altair_chart(alt.Chart(times).mark_line().encode(
    x=alt.X('t:T', axis=alt.Axis(format='%b %d, %H:%M')), y='v:Q'), height=300)
"""


def test_altair_axis_formats_and_titles_and_vega_s_time_labels(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(ALTAIR))
    pilot.window.resize(900, 1200)
    pilot.settle()
    share, revenue, points, hours, formatted = charts(pilot, "vega_lite_chart")
    assert labels(pilot, share, "left") == ["0%", "10%", "20%", "30%", "40%", "50%"]
    assert share.plot.getPlotItem().getAxis("left").labelText == "Share of sales"
    assert labels(pilot, revenue, "left")[:3] == ["$0.00", "$1,000.00", "$2,000.00"]
    assert labels(pilot, points, "bottom")[:3] == ["0k", "0.4k", "0.8k"]  # d3's "~s" on a span
    drawn = labels(pilot, hours, "bottom")
    assert drawn[0] == "March" and "Mar 03" in drawn and "12 PM" in drawn  # Mar 3 2024: a Sunday
    assert labels(pilot, formatted, "bottom")[0] == "Mar 01, 00:00"


PLOTLY = """
import rerunqt as st
years = list(range(1998, 2025))
st.plotly_chart({'data': [{'type': 'scatter', 'x': years, 'y': [6e9 + 7.5e7 * i for i in range(27)]}],
                 'layout': {'title': {'text': '<b>World population</b>'},
                            'xaxis': {'tickmode': 'linear', 'tick0': 2001, 'dtick': 3,
                                      'title': '<b>Year</b><br>calendar', 'range': [1998, 2024]},
                            'yaxis': {'range': [6e9, 8e9]}}}, height=300)
st.plotly_chart({'data': [{'type': 'bar', 'x': ['a', 'b'], 'y': [1_200_000, 2_000_000]}],
                 'layout': {'yaxis': {'tickformat': ',.0f', 'tickprefix': '$', 'ticksuffix': ' net',
                                      'range': [0, 2_000_000]}}}, height=300)
st.plotly_chart({'data': [{'type': 'scatter', 'x': [0, 1], 'y': [0, 0.5]}],
                 'layout': {'yaxis': {'tickformat': '.0%', 'range': [0, 0.5]},
                            'xaxis': {'tickvals': [0, 0.5, 1], 'ticktext': ['start', 'mid', 'end'],
                                      'range': [0, 1]}}}, height=300)
"""


def test_plotly_ticks_formats_prefixes_and_html_titles(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(PLOTLY))
    pilot.window.resize(900, 1200)
    pilot.settle()
    people, money, shares = charts(pilot, "plotly_chart")
    assert labels(pilot, people, "left") == ["6B", "6.5B", "7B", "7.5B", "8B"]  # plotly's "B"
    assert labels(pilot, people, "bottom") == ["1998", "2001", "2004", "2007", "2010", "2013",
                                               "2016", "2019", "2022"]  # tick0 2001, dtick 3
    assert labels(pilot, money, "left")[-2:] == ["$1,500,000 net", "$2,000,000 net"]
    assert labels(pilot, shares, "left")[-1] == "50%"
    assert labels(pilot, shares, "bottom") == ["start", "mid", "end"]


def test_a_plotly_log_axis_is_labelled_as_plotly(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.plotly_chart({'data': [{'type': 'scatter', 'x': [250, 45000], 'y': [40, 80], 'mode': 'markers'}],
                 'layout': {'xaxis': {'type': 'log', 'range': [2.3, 4.8]}}}, width=600, height=300)
"""))
    (chart,) = charts(pilot, "plotly_chart")
    shown = labels(pilot, chart, "bottom")
    assert "1000" in shown and "10k" in shown and not any("\u00b7" in t for t in shown)


def test_plotly_titles_show_their_html_as_plotly_renders_it(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(PLOTLY))
    plot = charts(pilot, "plotly_chart")[0].plot.getPlotItem()
    assert plot.titleLabel.text == "<b>World population</b>"  # drawn bold, no tags shown
    title = plot.getAxis("bottom")
    assert "<b>Year</b><br>calendar" in title.labelString()
    assert title.label.toPlainText().split() == ["Year", "calendar"]  # two lines, not "Yearcalendar"


def test_a_plotly_date_axis_takes_its_d3_time_tickformat(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.plotly_chart({'data': [{'type': 'scatter', 'x': ['2024-01-01', '2024-06-30'], 'y': [1, 2]}],"
        " 'layout': {'xaxis': {'tickformat': '%b %Y', 'range': ['2024-01-01', '2024-06-30']}}},"
        " height=300)\n"))
    pilot.window.resize(900, 700)
    pilot.settle()
    drawn = labels(pilot, charts(pilot, "plotly_chart")[0], "bottom")
    assert drawn[:3] == ["Jan 2024", "Feb 2024", "Mar 2024"]


def test_a_plotly_date_axis_without_tickformat_is_labelled_as_plotly(rerunqt_pilot,
                                                                    write_script) -> None:
    """px.line over 30 daily dates: plotly ticks days on Sundays and writes "Nov 8" with the
    year under the first tick only (pyqtgraph's generic "08", "13", "Dec" before)."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "days = pd.date_range('2026-11-08', periods=30).strftime('%Y-%m-%d').tolist()\n"
        "st.plotly_chart({'data': [{'type': 'scatter', 'x': days, 'y': list(range(30))}]},"
        " height=300)\n"))
    pilot.window.resize(900, 700)
    pilot.settle()
    drawn = labels(pilot, charts(pilot, "plotly_chart")[0], "bottom")
    assert drawn[0] == "Nov 8\n2026"
    assert all(t.startswith(("Nov ", "Dec ")) and "\n" not in t for t in drawn[1:])
    assert len(drawn) >= 4


def test_plotly_linear_ticks_without_dtick_step_by_one_and_showgrid_is_obeyed(
        rerunqt_pilot, write_script) -> None:
    """A sales-by-hour bar chart: ``tickmode="linear"`` alone ticks every hour (plotly's
    dtick 1), and ``showgrid`` False / True on an axis hides / shows its grid lines."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.plotly_chart({'data': [{'type': 'bar', 'x': list(range(10, 21)), 'y': [5] * 11}],"
        " 'layout': {'xaxis': {'tickmode': 'linear', 'showgrid': True},"
        " 'yaxis': {'showgrid': False}}}, height=300)\n"))
    pilot.window.resize(900, 700)
    pilot.settle()
    box = charts(pilot, "plotly_chart")[0]
    drawn = labels(pilot, box, "bottom")
    assert [str(h) for h in range(10, 21)] == [t for t in drawn if t.isdigit() and 10 <= int(t) <= 20]
    plot = box.plot.getPlotItem()
    assert plot.getAxis("left").grid is False  # yaxis showgrid False: no horizontal lines
    assert plot.getAxis("bottom").grid  # xaxis showgrid True: vertical lines


def drawn_lines(axis: Any) -> tuple[bool, list[bool]]:
    """Whether ``axis`` draws its axis line, and for each tick whether a line is drawn."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        line, marks, _ = axis.generateDrawSpecs(painter)
    finally:
        painter.end()

    def seen(pen: Any) -> bool:
        return pen.style() != Qt.PenStyle.NoPen and pen.color().alpha() > 0

    return seen(line[0]), [seen(pen) for pen, _, _ in marks]


BARE = """
import rerunqt as st, pandas as pd, altair as alt
df = pd.DataFrame({'who': ['Ann', 'Bob', 'Cy'], 'qty': [3, 5, 2]})
st.bar_chart(df.set_index('who')['qty'], height=300)
st.scatter_chart(pd.DataFrame({'x': [0.0, 1.5, 3.0], 'y': [0.2, 0.9, 1.6]}), x='x', y='y', height=300)
st.altair_chart(alt.Chart(df).mark_bar().encode(x='who', y='qty'))
st.altair_chart(alt.Chart(df).mark_bar().encode(x='who', y='qty'), theme=None)
"""


def test_streamlit_theme_charts_draw_no_axis_lines_or_tick_marks_only_the_grid(
        rerunqt_pilot, write_script) -> None:
    """Streamlit's Vega-Lite theme has domain and ticks off: a bar chart shows its value grid
    and labels, no line along an axis and no tick marks (they were drawn); Altair with
    theme=None keeps Vega's own axis lines."""
    pilot = rerunqt_pilot(write_script(BARE))
    pilot.window.resize(900, 1800)
    pilot.settle()
    boxes = [*charts(pilot, "bar_chart"), *charts(pilot, "scatter_chart")]
    for box in boxes:
        labels(pilot, box, "left")
        item = box.plot.getPlotItem()
        left_line, left_marks = drawn_lines(item.getAxis("left"))
        bottom_line, bottom_marks = drawn_lines(item.getAxis("bottom"))
        assert not left_line and not bottom_line
        assert left_marks and all(left_marks)  # the horizontal grid lines
        assert not any(bottom_marks)
    themed, plain = charts(pilot, "vega_lite_chart")
    for box, line_shown in ((themed, False), (plain, True)):
        labels(pilot, box, "left")
        assert drawn_lines(box.plot.getPlotItem().getAxis("left"))[0] is line_shown


def test_a_text_y_column_is_labelled_with_its_categories_first_on_top(
        rerunqt_pilot, write_script) -> None:
    # release demo 1.27: a scatter of rent against region showed an empty 0..1 axis
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "st.scatter_chart(pd.DataFrame({'rent': [900, 1200, 800], 'region': ['West', 'East', "
        "'South']}), x='rent', y='region', height=300)\n"))
    pilot.window.resize(900, 700)
    pilot.settle()
    scatter = charts(pilot, "scatter_chart")[0]
    assert labels(pilot, scatter, "left") == ["East", "South", "West"]
    item = scatter.plot.getPlotItem()
    (low, high) = item.getViewBox().viewRange()[1]
    assert (low, high) == (-0.5, 2.5)  # a slot per category, every point inside
    ticks = {label: at for at, label in item.getAxis("left")._tickLevels[0]}
    assert ticks["East"] > ticks["South"] > ticks["West"]
    assert scatter.describe(("region", 900.0, 0.0)).endswith("West")


def test_a_colour_column_s_legend_is_titled_with_its_name_even_for_one_category(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "df = pd.DataFrame({'d': [1, 2, 3], 'v': [1, 3, 2], 'sym': ['a', 'a', 'a']})\n"
        "st.line_chart(df, x='d', y='v', color='sym', height=300)\n"))
    pilot.window.resize(900, 700)
    pilot.settle()
    legend = charts(pilot, "line_chart")[0].plot.getPlotItem().legend
    assert legend is not None and legend.isVisible()
    assert [label.text for _, label in legend.items] == ["a"]
    assert legend.rq_title.text == "sym"


def test_an_altair_axis_with_values_draws_only_those_ticks(rerunqt_pilot, write_script) -> None:
    """The knowledge base's rent-prices tutorial: ``alt.Axis(values=[1.0, 1.5, ... 7.5])``
    ticks rooms at halves from 1 to 7.5 only (Vega draws the given values in the domain);
    the default ticks from 0 to 8 were drawn instead."""
    pilot = rerunqt_pilot(write_script("""
import altair as alt, pandas as pd, rerunqt as st
df = pd.DataFrame({'rooms': [1.0, 3.5, 8.0], 'price': [900, 1800, 3000]})
ticks = [float(x) / 10 for x in range(10, 80, 5)] + [99.0]
st.altair_chart(alt.Chart(df).mark_point().encode(
    x=alt.X('rooms', axis=alt.Axis(values=ticks)), y='price'), height=300)
"""))
    pilot.window.resize(900, 700)
    pilot.settle()
    drawn = labels(pilot, charts(pilot, "vega_lite_chart")[0], "bottom")
    assert drawn[0] == "1.0" and drawn[-1] == "7.5" and len(drawn) == 14  # 99 is off the scale
