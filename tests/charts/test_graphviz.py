"""st.graphviz_chart: DOT strings and graphviz objects, drawn by Graphviz's dot as SVG;
without dot, the DOT source and how to install Graphviz (never an error)."""

from __future__ import annotations

import shutil

import pytest

from rerunqt.core import graphviz as core_graphviz
from rerunqt.testing import AppTest

HAS_DOT = shutil.which("dot") is not None
needs_dot = pytest.mark.skipif(not HAS_DOT, reason="Graphviz's dot is not installed")

# what `dot -Tsvg` makes of 'digraph { a -> b }', trimmed: 62 x 116 pt
SMALL_SVG = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg width="62pt" height="116pt" viewBox="0.00 0.00 62.00 116.00"
 xmlns="http://www.w3.org/2000/svg">
<g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 112)">
<polygon fill="white" stroke="transparent" points="-4,4 -4,-112 58,-112 58,4 -4,4"/>
<ellipse fill="none" stroke="black" cx="27" cy="-90" rx="27" ry="18"/>
<text text-anchor="middle" x="27" y="-86.3" font-family="Times,serif" font-size="14.00">a</text>
<ellipse fill="none" stroke="black" cx="27" cy="-18" rx="27" ry="18"/>
<text text-anchor="middle" x="27" y="-14.3" font-family="Times,serif" font-size="14.00">b</text>
<path fill="none" stroke="black" d="M27,-71.7C27,-63.98 27,-54.71 27,-46.11"/>
</g>
</svg>
"""


def run(body: str) -> AppTest:
    return AppTest.from_string("import rerunqt as st\n" + body).run()


@pytest.fixture
def no_dot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core_graphviz, "find_dot", lambda: None)
    core_graphviz.render_svg.cache_clear()
    yield
    core_graphviz.render_svg.cache_clear()


def test_a_graph_object_gives_its_source(no_dot: None) -> None:
    at = run("class Digraph:  # what st.graphviz_chart reads of a graphviz.Digraph\n"
             "    source = 'digraph { x -> y }'\n"
             "st.graphviz_chart(Digraph())")
    assert not at.exception, at.exception
    chart = at.graphviz_chart[0]
    assert chart.dot == "digraph { x -> y }" and chart.svg is None


def test_without_dot_the_note_says_how_to_install(no_dot: None) -> None:
    at = run("st.graphviz_chart('digraph { a -> b }', use_container_width=True)")
    assert not at.exception
    chart = at.graphviz_chart[0]
    assert "install Graphviz" in chart.note and chart.width == "stretch"


@needs_dot
def test_dot_draws_svg() -> None:
    at = run("st.graphviz_chart('digraph { a -> b }', width=300, height=200, alt='Two nodes')")
    chart = at.graphviz_chart[0]
    assert chart.svg.lstrip().startswith("<?xml") and "<svg" in chart.svg and chart.note is None
    assert (chart.width, chart.height, chart.alt) == (300, 200, "Two nodes")


@needs_dot
def test_a_bad_graph_shows_dot_s_error_not_an_exception() -> None:
    at = run("st.graphviz_chart('digraph { a -> }')")
    assert not at.exception
    assert at.graphviz_chart[0].svg is None
    assert "Graphviz could not draw this graph" in at.graphviz_chart[0].note


@pytest.mark.parametrize(("call", "words"), [
    ("st.graphviz_chart(42)", "figure_or_dot=42"),
    ("st.graphviz_chart('digraph {}', width=0)", "width=0"),
    ("st.graphviz_chart('digraph {}', height='tall')", "height='tall'"),
])
def test_bad_arguments_name_themselves(call: str, words: str) -> None:
    at = run(call)
    assert at.exception and words in at.exception[0].message


def test_the_window_scales_a_stored_svg(qtbot) -> None:
    from rerunqt.core.element import Element
    from rerunqt.qt.adapters.base import Host
    from rerunqt.qt.adapters.graphviz import GraphvizAdapter, GraphvizView

    def element(width: object, height: object = "content") -> Element:
        return Element("graphviz_chart", ("graphviz_chart", 0), (
            ("dot", "digraph { a -> b }"), ("svg", SMALL_SVG), ("note", None),
            ("width", width), ("height", height), ("alt", None)))

    adapter = GraphvizAdapter()
    view = adapter.create(element("stretch"), Host(lambda event: None))
    assert isinstance(view, GraphvizView)
    qtbot.addWidget(view)
    view.show()
    view.resize(310, 10)
    qtbot.waitUntil(lambda: view.svg.width() == 310)
    assert abs(view.svg.height() - 310 * 116 / 62) <= 1 and view.height() == view.svg.height()
    adapter.update(view, element("stretch"), element("content"), frozenset({"width"}))
    qtbot.waitUntil(lambda: view.svg.width() == 62)  # its own size when that fits
    adapter.update(view, element("content"), element("stretch", 58), frozenset({"width", "height"}))
    qtbot.waitUntil(lambda: view.svg.height() == 58)  # fitted into the height, proportions kept
    assert abs(view.svg.width() - 58 * 62 / 116) <= 1


def test_the_window_shows_the_source_without_dot(no_dot: None, rerunqt_pilot, write_script,
                                                 qtbot) -> None:
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.graphviz_chart('digraph { a -> b }')"))
    view = pilot.record(kind="graphviz_chart").widget
    qtbot.waitUntil(lambda: view.source.isVisible())
    assert not view.svg.isVisible() and "install Graphviz" in view.note.text()
    assert "a -&gt; b" in view.source.inner.text()


@needs_dot
def test_the_window_draws_with_dot(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.graphviz_chart('digraph { rankdir=LR; a -> b -> c -> d -> e }', "
        "width='stretch')"))
    pilot.window.resize(700, 600)
    view = pilot.record(kind="graphviz_chart").widget
    qtbot.waitUntil(lambda: view.svg.isVisible() and view.svg.width() == view.width())
    natural = view.svg.renderer().defaultSize()
    assert abs(view.svg.height() - view.width() * natural.height() / natural.width()) <= 1
    assert view.width() <= pilot.window.width()


def test_dark_theme_draws_dot_s_black_in_light_ink() -> None:
    from rerunqt.qt.adapters.graphviz import DARK_INK, for_dark

    dark = for_dark(SMALL_SVG)
    assert 'stroke="black"' not in dark and f'stroke="{DARK_INK}"' in dark
    assert 'fill="white"' not in dark  # the page shows through the background
    assert f'class="graph" fill="{DARK_INK}"' in dark  # text without a fill inherits it
