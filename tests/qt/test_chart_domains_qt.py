"""The ranges charts show, as Streamlit's Vega-Lite draws them: the value axis from zero with
"nice" round ends, a scatter's x from zero, times as they are; the user's zoom kept.

The expected ranges and end labels were read from Vega itself (Streamlit 1.67's specs
rendered by vl-convert): its y-axis says "values from 0 to 2,600,000,000,000" for the GDP
line and labels it up to "2,500,000,000,000".
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from chart_views import drawn_tick_labels

pytestmark = pytest.mark.qt

BUILT_IN = """
import numpy as np, pandas as pd
import rerunqt as st
st.line_chart(pd.DataFrame({'year': range(2000, 2015), 'gdp': np.linspace(1.2e12, 2.6e12, 15)}),
              x='year', y='gdp', height=300)
st.scatter_chart(pd.DataFrame({'height': [150, 160, 170, 180, 200], 'weight': [50, 60, 65, 80, 95]}),
                 x='height', y='weight', height=300)
st.bar_chart(pd.DataFrame({'v': np.linspace(2400, 10400, 9)}), height=300)
st.line_chart(pd.DataFrame({'v': [-3.0, -1.5, -7.2, -2.0]}), height=300)
st.area_chart(pd.DataFrame({'t': pd.date_range('2024-01-01', periods=10, freq='D'),
                            'v': np.linspace(5, 9, 10)}), x='t', y='v', height=300)
st.bar_chart(pd.DataFrame({'k': ['a', 'b'], 'v': [2400.0, 10400.0]}), x='k', y='v',
             horizontal=True, height=300)
"""


def charts(pilot: Any, kind: str) -> list[Any]:
    return [record.widget for record in pilot.window.renderer.find(kind=kind)]


def shown(pilot: Any, box: Any) -> list[list[float]]:
    """The visible (x, y) ranges once the chart is laid out and fitted."""
    pilot.window.page_scroll.ensureWidgetVisible(box)
    view = box.plot.getPlotItem().getViewBox()
    pilot.qtbot.waitUntil(lambda: box.plot.isVisible() and view.width() > 10)
    view.updateAutoRange()
    return [[float(v) for v in pair] for pair in view.viewRange()]


labels = drawn_tick_labels


def approx(ranges: list[list[float]]) -> Any:
    return [pytest.approx(pair, rel=1e-9, abs=1e-9) for pair in ranges]


@pytest.fixture
def built_in(rerunqt_pilot, write_script) -> Any:
    pilot = rerunqt_pilot(write_script(BUILT_IN))
    pilot.window.resize(900, 900)
    pilot.settle()
    return pilot


def test_a_gdp_line_starts_at_zero_and_ends_on_a_nice_value(built_in) -> None:
    line = charts(built_in, "line_chart")[0]
    assert shown(built_in, line) == approx([[2000, 2014], [0, 2.6e12]])  # x: the years as they are
    left = labels(built_in, line, "left")
    assert left[0] == "0" and left[-1] == "2,500,000,000,000"
    bottom = labels(built_in, line, "bottom")
    assert bottom[0] == "2,000"


def test_a_scatter_starts_both_axes_at_zero(built_in) -> None:
    scatter = charts(built_in, "scatter_chart")[0]
    assert shown(built_in, scatter) == approx([[0, 200], [0, 100]])
    bottom = labels(built_in, scatter, "bottom")
    assert bottom[0] == "0" and bottom[-1] == "200"  # the last label pulled in, not dropped
    left = labels(built_in, scatter, "left")
    assert left[0] == "0" and left[-1] == "100"


def test_bars_keep_their_zero_baseline_and_round_top(built_in) -> None:
    bars = charts(built_in, "bar_chart")[0]
    assert shown(built_in, bars)[1] == pytest.approx([0, 11000])
    left = labels(built_in, bars, "left")
    assert left[0] == "0" and left[-1] in ("10,000", "11,000")
    horizontal = charts(built_in, "bar_chart")[1]
    assert shown(built_in, horizontal)[0] == pytest.approx([0, 11000])  # the values run along x


def test_negative_values_reach_up_to_zero(built_in) -> None:
    line = charts(built_in, "line_chart")[1]
    assert shown(built_in, line) == approx([[0, 3], [-8, 0]])
    left = labels(built_in, line, "left")
    assert left[0] == "\u22128" and left[-1] == "0"  # d3's minus sign


def test_a_time_axis_is_not_stretched_to_zero(built_in) -> None:
    area = charts(built_in, "area_chart")[0]
    (x0, x1), (y0, y1) = shown(built_in, area)
    assert (x0, x1) == pytest.approx((1704067200, 1704844800))  # Jan 1 .. Jan 10 exactly
    assert (y0, y1) == pytest.approx((0, 9))


ZOOM = """
import numpy as np, pandas as pd
import rerunqt as st
n = st.number_input('n', 1, 10, 1, key='n')
st.text_input('other', key='other')
st.line_chart(pd.DataFrame({'v': np.linspace(2400, 10400, 9) * n}), height=300)
"""


def test_the_range_follows_new_data_until_the_user_zooms_and_then_stays(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(ZOOM))
    line = charts(pilot, "line_chart")[0]
    assert shown(pilot, line)[1] == pytest.approx([0, 11000])
    pilot.set_value(2, key="n")  # new numbers, not zoomed: the view follows them
    assert shown(pilot, line)[1] == pytest.approx([0, 22000])  # 20,800 on steps of 2,000
    view = line.plot.getPlotItem().getViewBox()
    view.scaleBy((0.5, 0.5))  # what the wheel and a drag do: the user's own range
    zoomed = shown(pilot, line)
    assert zoomed[1] != pytest.approx([0, 22000])
    pilot.set_value("x", key="other")  # a rerun with the same data
    assert shown(pilot, line) == approx(zoomed)
    pilot.set_value(3, key="n")  # and one with new numbers: still the user's zoom
    assert shown(pilot, line) == approx(zoomed)


ROWS = """
import numpy as np
import rerunqt as st
chart = st.line_chart(np.array([[2400.0], [10400.0]]), height=300)
chart.add_rows(np.array([[20400.0]]))
"""


def test_add_rows_widens_the_range_to_the_new_values(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(ROWS))
    line = charts(pilot, "line_chart")[0]
    assert shown(pilot, line) == approx([[0, 2], [0, 22000]])


ALTAIR = """
import altair as alt, pandas as pd
import rerunqt as st
gdp = pd.DataFrame({'year': list(range(2000, 2015)), 'gdp': [1.2e12 + 1e11 * i for i in range(15)]})
people = pd.DataFrame({'height': [150, 160, 170, 180, 200], 'weight': [50, 60, 65, 80, 95]})
st.altair_chart(alt.Chart(gdp).mark_line().encode(x='year:Q', y='gdp:Q'), height=300)
st.altair_chart(alt.Chart(people).mark_point().encode(x='height:Q', y='weight:Q'), height=300)
st.altair_chart(alt.Chart(people).mark_point().encode(
    x=alt.X('height:Q', scale=alt.Scale(zero=False)), y=alt.Y('weight:Q', scale=alt.Scale(domain=[40, 120]))),
    height=300)
st.altair_chart(alt.Chart(people).mark_point().encode(
    x=alt.X('height:Q', scale=alt.Scale(type='log')), y=alt.Y('weight:Q', scale=alt.Scale(nice=False))),
    height=300)
"""


def test_altair_scales_take_vega_lites_zero_and_nice_defaults_and_the_specs_own(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(ALTAIR))
    pilot.window.resize(900, 900)
    pilot.settle()
    line, points, custom, log = charts(pilot, "vega_lite_chart")
    assert shown(pilot, line) == approx([[2000, 2014], [0, 2.6e12]])  # a line's x is not zeroed
    assert labels(pilot, line, "left")[-1] == "2,500,000,000,000"
    assert shown(pilot, points) == approx([[0, 200], [0, 100]])  # a point's x is
    assert shown(pilot, custom) == approx([[150, 200], [40, 120]])  # zero=False; the domain as given
    (x0, x1), (y0, y1) = shown(pilot, log)
    assert (x0, x1) == pytest.approx((2, 3))  # log10: 100..1,000, powers of ten
    points = log.drawn.items[0][0].data["x"]  # the points placed on that axis, not off it
    assert points.tolist() == pytest.approx([math.log10(v) for v in (150, 160, 170, 180, 200)])
    assert (y0, y1) == pytest.approx((0, 95))  # nice=False: from zero to the largest value
