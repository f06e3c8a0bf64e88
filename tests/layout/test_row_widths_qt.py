"""The ``width`` of elements in a horizontal st.container's row, as Streamlit 1.67's flex
row sizes them: a pixel width is exact (``flex: 0 0 <px>``), "content" keeps the natural
width, "stretch" takes a share of the line's free space (``flex: 1 1``), in a wrapping row
and in a one-line row (``wrap=False``) alike (Streamlit's st_layouts_container_directions)."""

from __future__ import annotations

import pytest


def _x(pilot, widget) -> int:  # type: ignore[no-untyped-def]
    return widget.mapTo(pilot.window, widget.rect().topLeft()).x()


def _right(pilot, widget) -> int:  # type: ignore[no-untyped-def]
    return _x(pilot, widget) + widget.width()


def _widgets(pilot, kind: str) -> list:  # type: ignore[no-untyped-def]
    return [record.widget for record in pilot.window.renderer.find(kind=kind)]


@pytest.mark.qt
@pytest.mark.parametrize("wrap", [True, False])
def test_a_pixel_width_in_a_row_is_exact(rerunqt_pilot, write_script, qtbot, wrap) -> None:
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
with st.container(horizontal=True, wrap={wrap}):
    st.html('<div style="background:lightblue">Hello</div>', width=300)
    st.markdown("World", width=200)
    st.button("Go", width=150)
"""))
    pilot.window.resize(1000, 700)
    pilot.settle()
    html, = _widgets(pilot, "html")
    text, = _widgets(pilot, "markdown")
    button = pilot.widget(label="Go")
    # they took their content's width (134 px, "Go" 60 px): a pixel width was only a cap
    qtbot.waitUntil(lambda: (html.width(), text.width(), button.width()) == (300, 200, 150))
    assert _x(pilot, html) < _x(pilot, text) < _x(pilot, button)


@pytest.mark.qt
@pytest.mark.parametrize("wrap", [True, False])
def test_stretched_children_share_the_row(rerunqt_pilot, write_script, qtbot, wrap) -> None:
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
with st.container(horizontal=True, wrap={wrap}, key="row"):
    st.html('<div style="background:lightyellow">Fixed</div>', width=300)
    st.html('<div style="background:lightblue">Stretch</div>', width="stretch")
with st.container(horizontal=True, wrap={wrap}, key="boxes"):
    with st.container(height=200, border=True):
        st.write("Fixed height")
    with st.container(border=True):
        st.write("Default height")
"""))
    pilot.window.resize(1000, 700)
    pilot.settle()
    row, boxes = (pilot.record(key=key).widget for key in ("row", "boxes"))
    fixed, stretched = _widgets(pilot, "html")
    one, two = (r.widget for r in pilot.window.renderer.find(kind="container")
                if r.widget is not boxes and boxes.isAncestorOf(r.widget))
    qtbot.waitUntil(lambda: abs(_right(pilot, stretched) - _right(pilot, row)) <= 2)
    assert fixed.width() == 300
    # both bordered boxes stretch: they share the row (they kept their text's width, and
    # the pixel-high one shrank to a sliver with a scroll bar in a one-line row)
    qtbot.waitUntil(lambda: abs(_right(pilot, two) - _right(pilot, boxes)) <= 2)
    assert min(one.width(), two.width()) > boxes.width() // 3


@pytest.mark.qt
def test_tabs_sit_beside_a_title_in_a_row(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit starts stretching tabs at 14rem in a row (``flex: 1 1 14rem``), so they
    share a line with a 150 px title; their content's width put them on a line of their own."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
with st.container(border=True, horizontal=True, key="row"):
    st.title("Tabs", width=150)
    one, two = st.tabs(["Tab 1", "Tab 2"])
    with one:
        with st.container(horizontal=True):
            st.info("This is a tab")
            st.dataframe({name: list(range(5)) for name in "abcdefghij"})  # a wide table
"""))
    pilot.window.resize(1000, 700)
    pilot.settle()
    row = pilot.record(key="row").widget
    title, = _widgets(pilot, "title")
    tabs, = _widgets(pilot, "tabs")
    qtbot.waitUntil(lambda: tabs.width() > 0 and _x(pilot, tabs) > _right(pilot, title))
    assert tabs.mapTo(row, tabs.rect().topLeft()).y() == title.mapTo(row, title.rect().topLeft()).y()
    assert abs(_right(pilot, tabs) - (_right(pilot, row) - 16)) <= 2  # and fill the rest


@pytest.mark.qt
def test_a_width_changed_by_a_rerun_is_laid_out_again(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
mode = st.radio("Width", ["300", "120", "stretch"], key="mode")
with st.container(horizontal=True, wrap=False, key="row"):
    st.button("Go", width=int(mode) if mode.isdigit() else mode, key="go")
    st.button("Other")
"""))
    pilot.window.resize(1000, 700)
    pilot.settle()
    row, button = pilot.record(key="row").widget, pilot.widget(key="go")
    qtbot.waitUntil(lambda: button.width() == 300)
    pilot.set_value("120", key="mode")
    qtbot.waitUntil(lambda: button.width() == 120)
    pilot.set_value("stretch", key="mode")
    other = pilot.widget(label="Other")
    qtbot.waitUntil(lambda: abs(_right(pilot, other) - _right(pilot, row)) <= 2)
    assert button.width() > 500
