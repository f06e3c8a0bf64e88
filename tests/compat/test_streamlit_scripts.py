"""Unchanged Streamlit-style apps (tests/compat/scripts) run under rerunqt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rerunqt.testing import AppTest

SCRIPTS = Path(__file__).parent / "scripts"


def test_todo_app() -> None:
    at = AppTest.from_file(SCRIPTS / "todo.py").run()
    assert not at.exception
    for item in ("milk", "eggs"):
        at.text_input[0].input(item)
        at.button[0].click().run()
    assert [c.label for c in at.checkbox] == ["milk", "eggs"]
    assert at.text_input[0]._element.prop("value") == ""  # clear_on_submit clears the screen
    assert at.text_input[0].value == "eggs"  # and state keeps the value, as Streamlit's AppTest
    at.checkbox[1].check().run()
    assert at.sidebar.markdown[0].value == "1 of 2 done"
    at.button[1].click().run()  # delete "milk"
    assert [c.label for c in at.checkbox] == ["eggs"]


def test_dashboard_app_with_secrets_config_and_a_local_module() -> None:
    at = AppTest.from_file(SCRIPTS / "dashboard.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "Sales dashboard"  # from .streamlit/secrets.toml
    assert at.header[0].value == "Region North"  # drawn by widgets_lib, a local module
    at.sidebar.selectbox[0].select("South").run()
    assert at.header[0].value == "Region South"
    assert (at.metric[0].label, at.metric[0].value) == ("Sales", "42")  # hasattr found st.metric
    assert at.caption[0].value == "index out of range was caught"
    assert json.loads(at.json[0].value) == {"theme": "light", "region": "South"}


def test_legacy_app() -> None:
    with pytest.warns(FutureWarning):
        from rerunqt.compat import names

        names._warned.discard("experimental_rerun")
        at = AppTest.from_file(SCRIPTS / "legacy.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.text[0].value == "runs: 2, session: True"
    frame = at.get("iframe")[0]  # components.html: Streamlit's iframe, its HTML shown as st.html
    assert "<h3>Embedded report</h3>" in frame.html
    assert "never" not in frame.html and frame.height == 150


@pytest.mark.qt
def test_dashboard_in_a_window(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(SCRIPTS / "dashboard.py")
    assert pilot.texts("title") == ["Sales dashboard"]
    assert pilot.texts("header") == ["Region North"]
    pilot.set_value("South", label="Region")
    assert pilot.texts("header") == ["Region South"]


def test_altair_charts_from_streamlits_docs_are_drawn_natively() -> None:
    pytest.importorskip("altair")
    at = AppTest.from_file(SCRIPTS / "altair_charts.py").run()
    assert not at.exception, [e.value for e in at.exception]
    charts = at.vega_lite_chart
    assert [c.marks for c in charts] == [["line"], ["bar"], ["point"], ["bar"], ["line", "point"]]
    assert charts[0].series == {"p": [0, 1, 2, 3, 4], "q": [5, 6, 7, 8, 9]}
    assert charts[1].chart.x.labels == ("Jan", "Feb", "Mar")  # sort=None keeps the data's order
    assert charts[1].series["south"] == [5, 7, 8]  # stacked on north
    points = charts[2].chart.marks[0].series[0]  # colour by a number: a shade per point
    assert charts[2].note == "" and points.shades is not None and points.shades.min() == 0
    assert sum(charts[3].series["Count of Records"]) == 8
    assert charts[4].title == "Price" and charts[4].chart.x.kind == "datetime"
