"""Browser-only elements (iframes, components.html, Mermaid, ECharts, custom components)
never stop the script: each draws a native stand-in and the elements after it are drawn."""

from __future__ import annotations

from pathlib import Path

from rerunqt.testing import AppTest

EVERY = """
import streamlit as st
import streamlit.components.v1 as components
st.iframe("https://example.com/report", height=300, alt="Report")
st.iframe("<p>Inline <b>HTML</b></p><script>alert(1)</script>")
components.iframe("https://example.org", width=400)
components.html("<h3>Hi</h3><button onclick='go()'>x</button>", height=120, scrolling=True)
st.mermaid_chart('''
    graph LR
        A[Start] --> B{Decision}
        B -->|Yes| C[OK]
''', alt="Flow")
st.mermaid_chart("sequenceDiagram\\n    Alice->>Bob: Hello")
st.echarts_chart({"xAxis": {"type": "category", "data": ["A", "B", "C"]}, "yAxis": {"type": "value"},
                  "series": [{"type": "bar", "data": [5, 20, 36]}]})
picked = components.declare_component("my_slider", url="http://localhost:3001")(default=42, key="s")
st.text(f"after {picked}")
"""


def test_every_browser_element_draws_and_the_script_runs_on() -> None:
    at = AppTest.from_string(EVERY).run()
    assert not at.exception
    assert [t.value for t in at.text] == ["after 42"]
    page, inline, old_page, old_html = at.get("iframe")
    assert (page.src, page.html, page.height, page.width, page.alt) == (
        "https://example.com/report", None, 300, "stretch", "Report")
    assert (inline.src, inline.html, inline.height) == (None, "<p>Inline <b>HTML</b></p>", "content")
    assert "Scripts were not run" in inline.note
    assert (old_page.src, old_page.width, old_page.height, old_page.note) == (
        "https://example.org", 400, 150, None)
    assert old_html.html == "<h3>Hi</h3><button>x</button>" and old_html.height == 120
    assert old_html.scrolling is True and "Scripts were not run" in old_html.note
    flow, sequence = at.get("mermaid_chart")
    assert flow.svg is not None and flow.note is None and flow.alt == "Flow"
    assert '"A" -> "B"' in flow.dot and '"B" -> "C" [label=" Yes "]' in flow.dot
    assert sequence.svg is None and sequence.source == "sequenceDiagram\n    Alice->>Bob: Hello"
    assert sequence.note.startswith("Shown as Mermaid source:") and "sequenceDiagram" in sequence.note
    chart = at.get("echarts_chart")[0]
    assert [(t["type"], t["y"]) for t in chart.traces] == [("bar", [5.0, 20.0, 36.0])]
    assert chart.chart.x_axis.labels == ["A", "B", "C"] and chart.notes == []
    component = at.get("component_instance")[0]
    assert (component.name, component.source, component.default) == (
        "my_slider", "http://localhost:3001", 42)


def test_a_url_iframe_falls_back_to_streamlit_s_sizes_and_a_path_is_read(tmp_path: Path) -> None:
    (tmp_path / "report.html").write_text("<h1>Local</h1>", encoding="utf-8")
    (tmp_path / "data.pdf").write_bytes(b"%PDF-1.4")
    at = AppTest.from_string(f"""
        import streamlit as st
        from pathlib import Path
        st.iframe("https://example.com", width="content")
        st.iframe(Path({str(tmp_path / 'report.html')!r}), height=200)
        st.iframe(Path({str(tmp_path / 'data.pdf')!r}))
        st.iframe("/app/static/page.html")
    """).run()
    assert not at.exception
    url, local_html, local_pdf, relative = at.get("iframe")
    assert (url.width, url.height) == ("stretch", 400)  # "content" cannot be measured
    assert (local_html.src, local_html.html, local_html.height) == (None, "<h1>Local</h1>", 200)
    assert local_pdf.src == (tmp_path / "data.pdf").resolve().as_uri()
    assert relative.src == "/app/static/page.html"


def test_a_missing_file_and_bad_arguments_are_clear_errors() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        from pathlib import Path
        st.iframe(Path("no/such/page.html"))
    """).run()
    assert "Unable to read file 'no/such/page.html'" in at.exception[0].message
    at = AppTest.from_string("import streamlit as st\nst.iframe('https://x.org', tab_index=-2)\n").run()
    assert "tab_index=-2 is not valid" in at.exception[0].message


def test_components_take_any_pixels_from_zero_as_streamlit() -> None:
    """``height=0`` (a frame run for its script, unseen) and float pixels draw, as in
    Streamlit; a negative height is an error that names it."""
    at = AppTest.from_string("""
        import streamlit.components.v1 as components
        components.html("<script>keepAwake()</script>", height=0)
        components.html("<p>x</p>", height=80.6, width=0)
        components.iframe("https://x.org", height=0)
    """).run()
    assert not at.exception
    frames = at.get("iframe")
    assert [f.height for f in frames] == [0, 80, 0] and frames[1].width == 0
    at = AppTest.from_string("import streamlit.components.v1 as c\nc.html('<p>x</p>', height=-5)\n").run()
    assert at.exception[0].message == ("st.components.html height=-5 is not valid; give a "
                                       "positive number of pixels.")


def test_without_graphviz_a_flowchart_shows_its_source_and_a_note(monkeypatch) -> None:
    from rerunqt.core import mermaid

    monkeypatch.setattr(mermaid, "find_dot", lambda: None)
    at = AppTest.from_string(
        "import rerunqt as st\nst.mermaid_chart('graph TD; A-->B')\nst.text('x')\n").run()
    assert not at.exception and at.text[0].value == "x"
    shown = at.get("mermaid_chart")[0]
    assert shown.svg is None and shown.note == mermaid.NO_DOT and shown.source == "graph TD; A-->B"


def test_flowchart_forms_become_dot() -> None:
    from rerunqt.core.mermaid_dot import to_dot

    dot, why = to_dot("""
        flowchart TD
            A((round)) --- B([stadium]) -.-> C[(db)]
            C ==> D & E
            D -- says --> F{{hex}}
            F <--> A:::warm
            subgraph one [Group one]
                G["a [quoted] label"] --o H
            end
            classDef warm fill:#f96
    """)
    assert why is None and dot is not None
    assert "rankdir=TB;" in dot
    for line in ('"A" [label="round", shape=circle]', '"B" [label="stadium", shape=box, style="rounded"]',
                 '"C" [label="db", shape=cylinder]', '"F" [label="hex", shape=hexagon]',
                 '"A" -> "B" [arrowhead=none]', '"B" -> "C" [style=dashed]',
                 '"C" -> "D" [penwidth=2]', '"C" -> "E" [penwidth=2]', '"D" -> "F" [label=" says "]',
                 '"F" -> "A" [dir=both, arrowtail=normal]', 'label="Group one";',
                 '"G" [label="a [quoted] label", shape=box]', '"G" -> "H" [arrowhead=odot]'):
        assert line in dot, line
    assert dot.index("subgraph cluster_0") < dot.index('"G" [label=')
    assert to_dot("gantt\n  title A plan")[1] == (
        "rerunqt draws only Mermaid flowcharts (graph / flowchart) and state diagrams, and "
        "this is a gantt")
    assert "could not read this line" in str(to_dot("graph LR\n  A --> B[unclosed")[1])


ECHART = """
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"day": ["Mon", "Tue", "Wed"], "sales": [120, 200, 150], "cost": [80, 90, 70]})
st.echarts_chart({"title": {"text": "Week"}, "legend": {}, "dataset": {"source": df},
                  "xAxis": {"type": "category"}, "yAxis": {},
                  "series": [{"type": "bar", "stack": "t"}, {"type": "bar", "stack": "t"}]})
st.echarts_chart({"yAxis": {"type": "category", "data": ["a", "b"]}, "xAxis": {"type": "value"},
                  "series": [{"type": "bar", "name": "h", "data": [3, 4], "itemStyle": {"color": "#ff0000"}},
                             {"type": "funnel", "data": [{"value": 5}]}], "dataZoom": [{}]})
st.echarts_chart({"series": [{"type": "pie", "radius": ["40%", "80%"], "data": [
    {"name": "x", "value": 1}, {"name": "y", "value": 3}]}]}, theme=None)
st.echarts_chart({"xAxis": {"data": ["p", "q", "r"]}, "yAxis": {}, "series": [
    {"type": "line", "name": "one", "stack": "s", "areaStyle": {}, "data": [1, 2, 3]},
    {"type": "line", "name": "two", "stack": "s", "areaStyle": {}, "data": [1, 1, 1]},
    {"type": "scatter", "data": [[0, 5], [2, 6]]}]}, theme=None)
event = st.echarts_chart({"series": [{"type": "line", "data": [1, 2]}]}, key="e", on_select="rerun")
st.text(repr(event.selection.selected))
"""


def test_echarts_series_become_the_plotly_drawing_with_notes_for_the_rest() -> None:
    from rerunqt.core.echarts_option import ECHARTS_COLORS

    at = AppTest.from_string(ECHART).run()
    assert not at.exception
    stacked, horizontal, pie, lines, selectable = at.get("echarts_chart")
    assert stacked.title == "Week" and stacked.chart.show_legend
    assert [(t["name"], t["y"]) for t in stacked.traces] == [
        ("sales", [120.0, 200.0, 150.0]), ("cost", [200.0, 290.0, 220.0])]  # stacked tops
    assert stacked.chart.x_axis.labels == ["Mon", "Tue", "Wed"]
    bar = horizontal.chart.traces[0]
    assert bar.horizontal and horizontal.chart.y_axis.labels == ["a", "b"]
    assert bar.color is not None and bar.color[:3] == (255, 0, 0)
    assert horizontal.notes == ["ECharts funnel series not drawn", "not drawn: dataZoom"]
    assert not horizontal.chart.show_legend  # ECharts draws a legend only when asked
    assert [s["label"] for s in pie.slices] == ["x", "y"] and pie.chart.pies[0].hole == 0.5
    assert [s.color[:3] for s in pie.chart.pies[0].slices] == [(0x54, 0x70, 0xc6), (0x91, 0xcc, 0x75)]
    first, two, dots = lines.chart.traces
    assert two.y.tolist() == [2.0, 3.0, 4.0] and two.base is not None  # stacked areas
    assert dots.markers and not dots.lines and dots.x.tolist() == [0.0, 2.0]
    assert first.color is not None and first.color[:3] == (0x54, 0x70, 0xc6)  # ECHARTS_COLORS[0]
    assert ECHARTS_COLORS[0] == "#5470c6"
    assert "clicks do not select here" in selectable.notes[0]
    assert at.text[0].value == "[]"


def test_a_data_url_holds_its_html() -> None:
    from rerunqt.core.iframe import data_html

    assert data_html("data:text/html,<p>a%20b</p>") == "<p>a b</p>"
    assert data_html("data:text/html;base64,PHA+aGk8L3A+") == "<p>hi</p>"
    assert data_html("data:text/plain,hi") is None and data_html("https://x.org") is None


def test_a_keyed_echarts_chart_has_its_key_and_a_root_has_none() -> None:
    """Streamlit's AppTest reads an ECharts chart's ``key=``; iterating ``at.main`` starts
    with the root itself, whose ``key`` is None."""
    at = AppTest.from_string("""
        import rerunqt as st
        spec = {"xAxis": {"type": "category", "data": ["A"]}, "yAxis": {},
                "series": [{"type": "bar", "data": [1]}]}
        st.echarts_chart(spec, key="sales")
        st.echarts_chart(spec)
        """).run()
    assert not at.exception
    assert [node.key for node in at.main] == [None, "sales", None]
    assert at.get_by_key("sales").type == "echarts_chart"


def test_a_mermaid_chart_is_a_markdown_element_to_apptest() -> None:
    """Streamlit 1.67 sends st.mermaid_chart as Markdown: its AppTest lists it in
    ``at.markdown`` with the body in a ````mermaid fence and ``alt`` as a ``%% stAlt:`` line."""
    at = AppTest.from_string('''
import rerunqt as st
st.markdown("before")
st.mermaid_chart("""
%%{init: {"theme": "dark"}}%%
graph TD
    A --> B
""", alt="  Two   steps ")
st.mermaid_chart("graph LR; A-->B", width="content")
st.mermaid_chart("graph LR; A-->|````|B")
st.markdown("after")
''').run()
    assert not at.exception
    assert [m.type for m in at.markdown] == ["markdown"] * 5
    assert at.markdown[1].value == (
        '````mermaid\n\n%%{init: {"theme": "dark"}}%%\n%% stAlt: Two steps\ngraph TD\n    A --> B\n\n````')
    assert at.markdown[2].value == "````mermaid\ngraph LR; A-->B\n````"
    assert at.markdown[3].value.startswith("`````mermaid\n")  # longer than any ```` inside
    assert at.markdown[4].value == "after" and at.markdown[1].help == ""


def test_an_echarts_gauge_is_an_angular_indicator() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.echarts_chart({"series": [{"type": "gauge", "progress": {"show": True},
                               "detail": {"formatter": "{value}%"},
                               "data": [{"value": 72, "name": "Utilization"}]}]})
st.echarts_chart({"series": [{"type": "gauge", "min": 0, "max": 240, "data": [88]},
                             {"type": "gauge", "data": [30]}]})
""").run()
    assert not at.exception
    one, two = at.get("echarts_chart")
    gauge = one.chart.indicators[0]
    assert (gauge.value, gauge.suffix, gauge.title, gauge.range) == (72, "%", "Utilization", (0, 100))
    assert gauge.shows == {"gauge", "number"} and one.notes == []
    left, right = two.chart.indicators
    assert left.range == (0, 240) and left.value == 88 and right.value == 30
    assert left.domain[:2] == (0.0, 0.5) and right.domain[:2] == (0.5, 1.0)  # side by side


def test_state_diagrams_become_dot() -> None:
    """stateDiagram(-v2), as Streamlit's Mermaid draws it: [*] dots per scope, labelled
    transitions, named and described states, composites as frames, choice and fork."""
    from rerunqt.core.mermaid_dot import to_dot

    dot, why = to_dot("""
        stateDiagram-v2
            direction LR
            state "Waiting for input" as Wait
            Wait : press any key
            [*] --> Wait
            Wait --> Busy : key pressed
            state Busy {
                [*] --> Parse
                Parse --> [*]
            }
            state pick <<choice>>
            state split <<fork>>
            Busy --> pick
            pick --> [*] : quit
            note right of Wait : a note
            note left of Busy
                two lines
            end note
        """)
    assert why is None and dot is not None
    assert "rankdir=LR;" in dot and 'subgraph "cluster_Busy" {' in dot
    assert '"Wait" [label="Waiting for input\npress any key", shape=box, style="rounded"];' in dot
    assert '"[*]start:" -> "Wait";' in dot and '"[*]start:Busy" -> "Parse";' in dot
    assert '"Wait" -> "[*]start:Busy" [lhead="cluster_Busy", label=" key pressed "];' in dot
    assert '"[*]end:Busy" -> "pick" [ltail="cluster_Busy"];' in dot
    assert '"pick" [shape=diamond' in dot and '"split" [shape=box, style=filled' in dot
    assert "note" not in dot and "two lines" not in dot
    assert to_dot("stateDiagram\n    A -> B")[1] == (
        "rerunqt could not read this line of the state diagram: 'A -> B'")


def test_a_mermaid_pie_is_drawn_as_svg_without_graphviz(monkeypatch) -> None:
    from rerunqt.core import mermaid

    monkeypatch.setattr(mermaid, "find_dot", lambda: None)  # a pie needs no Graphviz
    dot, svg, note = mermaid.diagram('pie showData title Pets\n  "Dogs" : 3\n  "Cats" : 1\n')
    assert dot is None and note is None and svg is not None
    assert ">Pets</text>" in svg and ">75%</text>" in svg and ">25%</text>" in svg
    assert ">Dogs [3]</text>" in svg and svg.count("<path ") == 2
    whole = mermaid.diagram('pie\n  "Only" : 5\n')[1]
    assert whole is not None and "<circle " in whole and ">100%</text>" in whole
    assert mermaid.diagram('pie\n  "A" : 0\n')[2] == (
        "Shown as Mermaid source: the pie chart has no positive values.")
    assert "could not read this line" in str(mermaid.diagram('pie\n  A : 1\n')[2])
