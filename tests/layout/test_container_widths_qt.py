"""The ``width`` of layout containers in a real window, as Streamlit 1.67: a pixel width is
exact (or the parent's width when the parent is narrower), "stretch" fills the parent,
"content" fits the content; columns, tabs and expanders take no "content"."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

WIDTHS = """
import rerunqt as st
mode = st.radio("Width", ["300", "2000", "stretch", "content"], key="mode")
width = int(mode) if mode.isdigit() else mode
fixed = "stretch" if width == "content" else width  # the kinds that take no "content"
st.container(width=width, border=True, key="short").write("Short")
st.container(width=width, border=True, key="long").write("A long line of words. " * 30)
a, b = st.columns(2, width=fixed, border=True)
a.write("left")
b.write("right")
with st.expander("Details", width=fixed, expanded=True):
    st.write("inside")
one, two = st.tabs(["One", "Two"], width=fixed)
one.write("first tab")
st.chat_message("user", width=width).write("hi")
with st.status("Working", width=fixed):
    st.write("step")
with st.form("form", width=width):
    st.form_submit_button("Go")
st.popover("Menu", width=width).write("in the popover")
"""

KINDS = ("columns", "expander", "tabs", "chat_message", "status", "form", "popover")
CONTENT_KINDS = ("chat_message", "form", "popover")  # their "content" case is drawn as such


def _widths(pilot) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    """kind (or container key) -> (its width, its parent's width)."""
    out: dict[str, tuple[int, int]] = {}
    for record in pilot.window.renderer.find():
        element = record.element
        name = str(element.key[1]).removeprefix("key:") if element.kind == "container" else element.kind
        if element.kind in ("container", *KINDS) and name not in out:
            out[name] = (record.widget.width(), record.widget.parentWidget().width())
    return out


@pytest.mark.qt
def test_pixel_stretch_and_content_widths_of_every_container(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(WIDTHS))
    pilot.window.resize(1000, 900)
    pilot.settle()
    page = _widths(pilot)["short"][1]
    assert page > 600  # the centered page's column

    for mode in ("300", "2000", "stretch", "content", "300"):  # and back: caps are lifted
        pilot.set_value(mode, key="mode")
        pilot.qtbot.waitUntil(lambda: all(parent == page for _, parent in _widths(pilot).values()))
        widths = _widths(pilot)
        assert set(widths) == {"short", "long", *KINDS}, widths
        for name, (width, parent) in widths.items():
            if mode == "300":  # exact, whatever the content (not shrunk to it, nor grown)
                assert width == 300, (mode, name, widths)
            elif mode == "content" and name in ("short", *CONTENT_KINDS):
                assert 0 < width < parent - 100, (mode, name, widths)
            elif mode == "content" and name == "long":  # fits its content, within the parent
                assert widths["short"][0] < width <= parent, (mode, name, widths)
            else:  # "stretch", or more pixels than the parent has: the parent's width
                assert width == parent, (mode, name, widths)


@pytest.mark.qt
def test_a_pixel_width_is_capped_by_a_narrow_parent(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
narrow, wide = st.columns([1, 3])
with narrow:
    st.container(width=300, border=True, key="box").write("boxed")
    st.expander("More", width=300).write("x")
wide.write("the rest")
"""))
    pilot.window.resize(1000, 700)
    pilot.settle()
    column = pilot.record(kind="column").widget
    assert column.width() < 250
    for kind in ("container", "expander"):
        widget = pilot.record(kind=kind).widget
        assert widget.width() == widget.parentWidget().width() <= column.width()


COLUMNS = """
import rerunqt as st
left, right = st.columns(2, width={width})
left.button("Left button")
right.write("Right text")
"""


@pytest.mark.qt
@pytest.mark.parametrize("width", [400, 800, 300])
def test_pixel_wide_columns_show_their_content_side_by_side(rerunqt_pilot, write_script,
                                                           width: int) -> None:
    pilot = rerunqt_pilot(write_script(COLUMNS.format(width=width)))
    pilot.window.resize(1000, 700)
    pilot.settle()
    row = pilot.record(kind="columns").widget
    assert row.width() == min(width, row.parentWidget().width())
    cells = [r.widget for r in pilot.window.renderer.find(kind="column")]
    assert all(cell.width() > row.width() // 2 - 40 for cell in cells)
    tops = {cell.mapTo(pilot.window, cell.rect().topLeft()).y() for cell in cells}
    assert len(tops) == 1  # side by side, though narrower than a stacking window
    for label in ("Left button", None):
        record = pilot.record(label=label) if label else pilot.record(kind="markdown")
        widget = record.widget
        assert widget.isVisible() and widget.width() > 40 and widget.height() > 10
        assert row.isAncestorOf(widget)
    pilot.click(label="Left button")  # reachable: a click lands on it


@pytest.mark.parametrize("call", ["st.columns(2, width='content')",
                                  "st.tabs(['A'], width='content')",
                                  "st.expander('E', width='content')"])
def test_content_width_is_refused_where_streamlit_refuses_it(call: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\n{call}\n").run()
    assert at.exception
    message = at.exception[0].message
    assert message.endswith("Width must be either a positive integer (pixels) or 'stretch'.")
    assert message.startswith("Invalid width value: 'content'.")  # Streamlit 1.67's words


def test_content_width_is_taken_where_streamlit_takes_it() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.container(width="content").write("a")
st.chat_message("user", width="content").write("b")
st.popover("P", width="content")
""").run()
    assert not at.exception, at.exception
