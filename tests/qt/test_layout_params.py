"""Streamlit 1.67's layout parameters on text elements: width, text_alignment, wrap, icon, title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rerunqt.testing import AppTest

SCRIPT = """
import rerunqt as st
st.title("Report", icon=":material/star:")
st.markdown("centred", text_alignment="center")
st.caption("narrow caption that should wrap inside two hundred pixels", width=200)
st.text("one long line " * 20, wrap=False)
st.info("Body", title="Heads up")
st.code("x = 1\\n" * 40, height=120, wrap_lines=True)
st.divider(width=300)
"""


def test_apptest_sees_the_layout_props() -> None:
    at = AppTest.from_string(SCRIPT).run()
    assert not at.exception, at.exception
    assert at.title[0].icon == ":material/star:"
    assert at.markdown[0].text_alignment == "center"
    assert at.caption[0].width == 200
    assert at.text[0].wrap is False and at.text[0].width == "content"
    assert at.info[0].title == "Heads up"
    assert (at.code[0].height, at.code[0].wrap_lines) == (120, True)
    assert at.divider[0].width == 300


def test_bad_layout_values_name_the_argument() -> None:
    for call, words in [("st.markdown('x', width=0)", "Invalid width value: 0"),
                        ("st.text('x', text_alignment='middle')", "text_alignment='middle'"),
                        ("st.code('x', height=-3)", "height argument to st.code"),
                        ("st.title('x', icon=3)", "icon")]:
        at = AppTest.from_string("import rerunqt as st\n" + call).run()
        assert at.exception and words in at.exception[0].message, (call, at.exception)


@pytest.mark.qt
def test_the_window_applies_them(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.window.resize(900, 700)
    pilot.settle()
    title = pilot.record(kind="title").widget
    assert title.text().startswith("\u2605 Report")  # the material star, as a symbol
    centred = pilot.record(kind="markdown").widget
    assert centred.alignment() & Qt.AlignmentFlag.AlignHCenter
    caption = pilot.record(kind="caption").widget
    assert caption.maximumWidth() == 200 and caption.width() <= 200
    assert not pilot.record(kind="text").widget.wordWrap()
    assert "Heads up" in pilot.record(kind="info").widget.body.text()
    code = pilot.record(kind="code").widget
    assert code.height() <= 120 and code.inner.wordWrap()
    assert pilot.record(kind="divider").widget.width() <= 300


PIXELS = """
import rerunqt as st
st.error("short", width=200)
st.exception(RuntimeError("short"), width=220)
st.code("x = 1", width=400)
st.json({"a": 1}, width=300)
st.latex("ax^2", width=260)
st.html("<p>hi</p>", width=240)
st.divider(width=300)
st.markdown("left edge")
"""


@pytest.mark.qt
def test_a_pixel_width_is_that_width_at_the_left_even_for_short_content(rerunqt_pilot,
                                                                       write_script) -> None:
    """Streamlit 1.67: ``width=200`` is 200 px (no more than the column), not the content's
    width capped at 200; a short alert, code block or divider (which has no content) used to
    shrink to its text, or to nothing."""
    pilot = rerunqt_pilot(write_script(PIXELS))
    pilot.window.resize(1000, 900)
    pilot.settle()
    left = pilot.record(kind="markdown").widget.x()
    for kind, width in [("error", 200), ("exception", 220), ("code", 400), ("json", 300),
                        ("latex", 260), ("html", 240), ("divider", 300)]:
        widget = pilot.record(kind=kind).widget
        assert (widget.width(), widget.x()) == (width, left), kind
