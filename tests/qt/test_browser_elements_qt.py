"""Browser-only elements in a real window: the page panel and its button, the HTML box,
the Mermaid diagram, the ECharts chart and the custom component's note."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from rerunqt.qt.adapters import extras

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
import streamlit.components.v1 as components
st.iframe("https://example.com/docs", height=260, width=500, alt="Docs")
components.html("<h3>Report</h3><p>All <b>good</b></p><script>alert(1)</script>", height=90)
st.mermaid_chart('''
graph LR
    A[Start] --> B{Decision}
    B -->|Yes| C[OK]
''')
st.mermaid_chart("sequenceDiagram\\n  Alice->>Bob: Hi")
st.echarts_chart({"title": {"text": "Sales"}, "legend": {},
                  "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]}, "yAxis": {},
                  "series": [{"name": "A", "type": "bar", "stack": "s", "data": [5, 20, 36]},
                             {"name": "B", "type": "bar", "stack": "s", "data": [3, 8, 6]},
                             {"type": "funnel", "data": [{"value": 1}]}]}, height=300)
components.declare_component("my_comp", url="http://localhost:3001")(default=7)
import streamlit.components.v2 as components_v2
components_v2.component("my_v2", html="<input>")(default={"value": "hi"}, on_value_change=print)
st.text("after")
"""


def widget(pilot: Any, kind: str, index: int) -> Any:
    return pilot.window.renderer.find(kind=kind)[index].widget


def test_browser_elements_are_drawn_natively(rerunqt_pilot, write_script, qtbot, monkeypatch) -> None:
    import pyqtgraph as pg

    opened: list[str] = []
    monkeypatch.setattr(extras, "open_url", lambda url: opened.append(url) or True)
    pilot = rerunqt_pilot(write_script(SCRIPT))
    window = pilot.window
    window.resize(900, 1400)
    assert pilot.texts("text") == ["after"]

    page = widget(pilot, "iframe", 0)
    panel = page.panel
    assert panel.isVisible() and not page.frame.isVisible()
    assert panel.height() == 260 and page.width() == 500
    assert panel.address.text() == "https://example.com/docs"
    assert page.accessibleName() == "Docs"
    button = panel.button
    assert button.isVisible() and button.text() == "Open in browser"
    assert button in window.renderer.tab_chain  # Tab reaches it
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)  # the keyboard opens the page too
    assert opened == ["https://example.com/docs"]

    box = widget(pilot, "iframe", 1)
    assert box.frame.isVisible() and not box.panel.isVisible()
    assert box.frame.height() == 90
    assert "<h3>Report</h3>" in box.html.text() and "alert" not in box.html.text()
    assert box.note.isVisible() and box.note.text().startswith("Scripts were not run")

    flow = widget(pilot, "mermaid_chart", 0)
    assert flow.svg.isVisible() and not flow.source.isVisible()
    natural = flow.svg.renderer().defaultSize()
    assert (flow.svg.width(), flow.svg.height()) == (natural.width(), natural.height())  # own size
    source = widget(pilot, "mermaid_chart", 1)
    assert not source.svg.isVisible() and source.source.isVisible() and source.note.isVisible()
    assert "Alice-&gt;&gt;Bob: Hi" in source.source.widget().text()
    assert source.note.text().startswith("Shown as Mermaid source")

    chart = pilot.record(kind="echarts_chart").widget
    plot = chart.plot.getPlotItem()
    bars = [item for item in plot.items if isinstance(item, pg.BarGraphItem)]
    assert len(bars) == 2
    assert bars[1].opts["y0"].tolist() == [5.0, 20.0, 36.0]  # B stacked on A
    assert bars[1].opts["y1"].tolist() == [8.0, 28.0, 42.0]
    assert [label.text for _, label in plot.legend.items] == ["A", "B"]
    assert plot.titleLabel.text == "<b>Sales</b>"  # bold, as an ECharts title
    assert plot.getAxis("bottom")._tickLevels == [[(0, "Mon"), (1, "Tue"), (2, "Wed")]]
    assert chart.note.text() == "ECharts funnel series not drawn"

    note = pilot.record(kind="component_instance").widget
    assert "my_comp" in note.body.text() and "7" in note.body.text()
    v2_note = pilot.record(kind="bidi_component").widget  # a v2 component: a note, its state
    assert "my_v2" in v2_note.body.text() and "{'value': 'hi'}" in v2_note.body.text()


def test_tab_index_orders_and_removes_the_frames_tab_stop(rerunqt_pilot, write_script, qtbot,
                                                          monkeypatch) -> None:
    """HTML's tabindex, as Streamlit documents tab_index: -1 is no Tab stop (a click still
    focuses), a positive index comes before the other stops, ascending; 0 / None in page order."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        import streamlit.components.v1 as components
        st.button("First")
        st.iframe("https://example.com/skipped", height=120, tab_index=-1)
        st.button("Second")
        components.iframe("https://example.com/two", height=120, tab_index=2)
        st.iframe("https://example.com/one", height=120, tab_index=1)
        st.iframe("https://example.com/zero", height=120, tab_index=0)
        """))
    window = pilot.window
    frames = [r.widget.panel.button for r in window.renderer.find(kind="iframe")]
    skipped, two, one, zero = frames
    first, second = (pilot.widget(label=name) for name in ("First", "Second"))
    window.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    visited = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [second, zero, one, two, first]  # wraps: 1, 2, then page order
    assert skipped not in visited and skipped.focusPolicy() == Qt.FocusPolicy.ClickFocus
    opened: list[str] = []
    monkeypatch.setattr(extras, "open_url", lambda url: opened.append(url) or True)
    qtbot.mouseClick(skipped, Qt.MouseButton.LeftButton)
    assert skipped.hasFocus() and opened == ["https://example.com/skipped"]


def test_pages_that_need_no_server_are_shown(rerunqt_pilot, write_script, tmp_path) -> None:
    """A data:text/html address, a picture and a file of the static folder (Streamlit's
    ``/app/static/...``) are drawn in the frame, not sent to the browser."""
    static = tmp_path / "static"
    static.mkdir()
    (static / "report.html").write_text("<p>Static <b>report</b></p><script>x()</script>")
    (static / "data.csv").write_text("a\n1\n")
    (tmp_path / "mark.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" '
        'height="30" fill="red"/></svg>')
    pilot = rerunqt_pilot(write_script("""
        from pathlib import Path
        import rerunqt as st
        st.iframe("data:text/html,<p>Data%20URL <i>frame</i></p>")
        st.iframe("/app/static/report.html")
        st.iframe(Path(__file__).parent / "mark.svg")
        st.iframe("/app/static/data.csv")
        st.iframe("/app/static/missing.html")
        """))
    data, report, picture, csv, missing = (widget(pilot, "iframe", n) for n in range(5))
    for shown in (data, report, picture):
        assert shown.frame.isVisible() and not shown.panel.isVisible()
    assert "Data URL <i>frame</i>" in data.html.text() and data.frame.height() == 400
    assert "Static <b>report</b>" in report.html.text() and "x()" not in report.html.text()
    assert report.note.isVisible()
    assert "mark.svg" in picture.html.text() and picture.html.text().startswith("<img")
    assert csv.panel.isVisible() and csv.panel.button.isEnabled()  # a file the browser opens
    assert csv.panel.url == (tmp_path / "static" / "data.csv").resolve().as_uri()
    assert missing.panel.isVisible() and not missing.panel.button.isEnabled()


def test_a_narrow_page_panel_wraps_its_title(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import streamlit.components.v1 as components
        components.iframe("http://not.a.real.url", width=200, height=300)
        """))
    panel = widget(pilot, "iframe", 0).panel
    title = panel.title
    qtbot.waitUntil(lambda: panel.width() == 200)
    assert title.fontMetrics().horizontalAdvance(title.text()) > title.width()  # one line: cut
    assert title.wordWrap() and title.heightForWidth(title.width()) > title.fontMetrics().height()
    assert title.geometry().right() <= panel.width()


def test_a_zero_height_frame_shows_nothing(rerunqt_pilot, write_script) -> None:
    """components.html(height=0) runs a script unseen in a browser: no box, no note."""
    pilot = rerunqt_pilot(write_script("""
        import streamlit.components.v1 as components
        components.html("<script>keepAwake()</script>", height=0)
        components.html("<script>keepAwake()</script>", height=40)
        """))
    hidden, shown = widget(pilot, "iframe", 0), widget(pilot, "iframe", 1)
    assert hidden.frame.height() == 0 and not hidden.note.isVisible()
    assert shown.frame.height() == 40 and shown.note.isVisible()
