"""Unchanged Streamlit apps with st.map and st.plotly_chart (tests/compat/scripts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rerunqt.testing import AppTest

SCRIPTS = Path(__file__).parent / "scripts"


def test_a_store_map_app_runs_unchanged() -> None:
    at = AppTest.from_file(SCRIPTS / "store_map.py").run()
    assert not at.exception, [e.value for e in at.exception]
    fixed, sized = at.map
    assert len(fixed.latitude) == 40 and set(fixed.sizes) == {50.0}
    assert fixed.colors[0] == (255, 136, 0, 170)
    assert sized.zoom == 11 and sized.sizes[:3] == [float(v) for v in at.map[1].value["visitors"][:3]]
    at.sidebar.slider[0].set_value(200).run()
    assert set(at.map[0].sizes) == {200.0}
    chart = at.plotly_chart[0]
    assert chart.title == "Sales" and [t["name"] for t in chart.traces] == ["in store", "online"]
    assert chart.traces[1]["y"] == [4.0, 7.0, 6.0]  # stacked


def test_a_plotly_express_app_runs_unchanged() -> None:
    pytest.importorskip("plotly.express")
    at = AppTest.from_file(SCRIPTS / "plotly_express.py").run()
    for kind in ("line", "bar", "histogram", "area", "scatter"):
        at.radio[0].set_value(kind).run()
        assert not at.exception, [e.value for e in at.exception]
        chart = at.plotly_chart[0]
        assert chart.traces and not chart.notes, kind
    at.radio[0].set_value("line").run()
    assert [t["name"] for t in at.plotly_chart[0].traces] == ["North", "South"]


@pytest.mark.qt
def test_the_store_map_app_in_a_window(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(SCRIPTS / "store_map.py")
    maps = pilot.window.renderer.find(kind="map")
    assert len(maps) == 2 and len(maps[0].widget.drawn.points.getData()[0]) == 40
    assert pilot.window.renderer.find(kind="plotly_chart")[0].widget.drawn.items
