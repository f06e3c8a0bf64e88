"""st.plotly_chart's scatterpolar and barpolar: screen angles, stacked wedges, the radial range."""

from __future__ import annotations

import numpy as np
import pytest

from rerunqt.core.plotly_figure import read_figure
from rerunqt.core.plotly_polar import Polar, to_xy

WIND = [{"type": "barpolar", "name": "calm", "r": [1, 2, 3, 4], "theta": ["N", "E", "S", "W"],
         "marker": {"color": "#636efa"}},
        {"type": "barpolar", "name": "gale", "r": [2, 2, 2, 2], "theta": ["N", "E", "S", "W"],
         "marker": {"color": "#EF553B"}}]
NORTH_UP = {"polar": {"angularaxis": {"direction": "clockwise", "rotation": 90}}}


def polar(data: list, layout: dict | None = None, theme: str | None = None) -> Polar:
    fig = read_figure({"data": data, "layout": layout or {}}, theme)
    assert not fig.skipped and not fig.traces and not any("Not drawn" in n for n in fig.notes)
    (part,) = fig.domain
    assert isinstance(part, Polar)
    return part


def test_category_thetas_spread_round_the_circle_clockwise_from_north_as_px_sets() -> None:
    part = polar(WIND, NORTH_UP)
    assert part.categories == ["N", "E", "S", "W"]
    assert part.traces[0].angles.tolist() == [90.0, 0.0, -90.0, -180.0]  # N up, E right
    assert [label for _, label in part.angular_ticks] == ["N", "E", "S", "W"]
    default = polar(WIND)
    assert default.traces[0].angles.tolist() == [0.0, 90.0, 180.0, 270.0]  # plotly.js: ccw from 3 o'clock


def test_bars_of_one_angle_stack_and_a_wedge_is_as_wide_as_the_spacing() -> None:
    calm, gale = polar(WIND).traces
    assert gale.base.tolist() == [1.0, 2.0, 3.0, 4.0]  # polar.barmode "stack"
    assert calm.width == 90.0 and gale.width == 90.0
    part = polar(WIND)
    assert part.range == (0.0, 6.0) and part.radial_ticks == [2.0, 4.0, 6.0]  # the tallest stack
    assert calm.slot == 0 and gale.slot == 1 and calm.color == (99, 110, 250, 255)
    streamlit = polar(WIND, theme="streamlit")
    assert streamlit.traces[0].color is None and streamlit.traces[1].slot == 1  # the app's palette
    assert read_figure({"data": WIND}, None).show_legend  # two named traces: a legend


def test_number_thetas_are_degrees_or_radians_and_scatter_points_sit_on_their_radius() -> None:
    line = polar([{"type": "scatterpolar", "r": [1, 2, 2], "theta": [0, 90, 180], "fill": "toself"}])
    trace = line.traces[0]
    assert (trace.lines, trace.markers, trace.fill) == (True, True, "toself")  # fewer than 20 points
    xs, ys = to_xy(line, trace.r, trace.angles)
    assert xs.tolist() == pytest.approx([0.5, 0.0, -1.0]) and ys.tolist() == pytest.approx([0.0, 1.0, 0.0])
    assert [label for _, label in line.angular_ticks][:3] == ["0°", "45°", "90°"]
    radians = polar([{"type": "scatterpolar", "r": [1], "theta": [np.pi / 2], "thetaunit": "radians"}])
    assert radians.traces[0].angles.tolist() == pytest.approx([90.0])
    ranged = polar([{"type": "scatterpolar", "r": [1, 2]}], {"polar": {"radialaxis": {"range": [0, 10]}}})
    assert ranged.range == (0.0, 10.0)


def test_plotly_express_polar_figures() -> None:
    px = pytest.importorskip("plotly.express")
    df = px.data.wind()
    bars = read_figure(px.bar_polar(df, r="frequency", theta="direction", color="strength"), None)
    (part,) = bars.domain
    assert len(part.traces) == 8 and len(part.categories) == 16 and bars.show_legend
    assert part.traces[0].angles[0] == 90.0  # "N" up
    assert part.bgcolor == (229, 236, 246, 255)  # plotly.py's template disc
    lines = read_figure(px.line_polar(df[df.strength == "0-1"], r="frequency", theta="direction",
                                      line_close=True), None)
    assert lines.domain[0].traces[0].lines and not lines.show_legend


def test_hidden_axis_labels_and_points_coloured_by_a_numeric_column() -> None:
    layout = {"polar": {"radialaxis": {"visible": False}, "angularaxis": {"showticklabels": False}},
              "coloraxis": {"colorscale": [[0, "#000000"], [1, "#ffffff"]]}}
    part = polar([{"type": "scatterpolar", "r": [1, 2], "theta": [0, 90], "mode": "markers",
                   "marker": {"color": [0, 10], "coloraxis": "coloraxis"}}], layout)
    assert not part.radial_shown and not part.angular_shown
    assert part.traces[0].marker_colors.tolist() == [[0, 0, 0, 255], [255, 255, 255, 255]]
