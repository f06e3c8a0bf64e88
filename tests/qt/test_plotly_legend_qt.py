"""The plotly legend on the window lists unnamed traces as plotly does ("trace 0")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.plotly_chart({"data": [{"type": "scatter", "y": [1, 2]}, {"type": "bar", "y": [3, 4]},
                          {"type": "scatter", "y": [2, 2], "name": "named"}]}, height=300)
"""


def test_unnamed_traces_are_listed_as_plotly_names_them(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    chart = pilot.record(kind="plotly_chart").widget
    legend = chart.plot.getPlotItem().legend
    assert legend.isVisible()
    assert [label.text for _, label in legend.items] == ["trace 0", "trace 1", "named"]
