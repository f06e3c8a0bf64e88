"""wrap= on text and wrap_lines= on code, as the user sees them: wrapped text grows taller
within the page; one-line text keeps one line with an ellipsis and shows itself on hover."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

LONG = "a long line of words that cannot fit " * 12

SCRIPT = f"""
import rerunqt as st
st.text({LONG!r})
st.text({LONG!r}, wrap=False)
st.markdown("**Bold** " + {LONG!r}, wrap=False)
st.caption({LONG!r})
st.title({LONG!r}, wrap=False)
st.code("x = " + "1 + " * 80 + "1", wrap_lines=True)
st.code("y = " + "1 + " * 80 + "1")
"""


@pytest.mark.qt
def test_wrapped_and_one_line_text(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.window.resize(800, 900)
    pilot.settle()
    wrapped, one_line = (r.widget for r in pilot.window.renderer.find(kind="text"))
    markdown = pilot.record(kind="markdown").widget
    title = pilot.record(kind="title").widget
    caption = pilot.record(kind="caption").widget
    line = wrapped.fontMetrics().height()
    page = pilot.window.width()
    qtbot.waitUntil(lambda: wrapped.height() > 2 * line)
    assert wrapped.width() <= page and caption.height() > 2 * caption.fontMetrics().height()
    for label in (one_line, markdown, title):
        assert label.height() < 2 * label.fontMetrics().height() + 4, label.text()
        assert label.text().endswith("\u2026") and label.width() <= page
    assert one_line.toolTip() == LONG.strip()  # st.text strips its body, as Streamlit
    assert markdown.text().startswith("Bold")  # its words, without the ** marks
    assert title.toolTip().startswith("a long line")


@pytest.mark.qt
def test_code_wraps_or_scrolls_sideways(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.window.resize(800, 900)
    pilot.settle()
    wrapped, scrolled = (r.widget for r in pilot.window.renderer.find(kind="code"))
    line = wrapped.inner.fontMetrics().height()
    qtbot.waitUntil(lambda: wrapped.height() > 2 * line)
    assert wrapped.width() <= pilot.window.width()
    assert not wrapped.horizontalScrollBar().isVisible()
    assert scrolled.height() < 3 * line + scrolled.horizontalScrollBar().sizeHint().height()
    assert scrolled.horizontalScrollBar().maximum() > 0  # the long line scrolls sideways


CONTROLS = f"""
import rerunqt as st
st.button({LONG!r}, wrap=False)
st.checkbox({LONG!r}, wrap=False)
st.toggle({LONG!r}, wrap=False)
st.button("Short", wrap=False)
"""


@pytest.mark.qt
def test_one_line_controls_elide_their_label(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(CONTROLS))
    pilot.window.resize(700, 600)
    pilot.settle()
    long_button, short = (r.widget for r in pilot.window.renderer.find(kind="button"))
    check = pilot.record(kind="checkbox").widget
    switch = pilot.record(kind="toggle").widget
    page = pilot.window.centralWidget().width()
    for widget in (long_button, check, switch):
        qtbot.waitUntil(lambda w=widget: w.text().endswith("\u2026") and w.width() <= page)
        assert widget.toolTip() == LONG.strip() and widget.accessibleName() == LONG
        assert widget.height() < 2 * widget.fontMetrics().height() + 24
    assert short.text() == "Short"  # a label that fits is whole
    shown = len(long_button.text())
    pilot.window.resize(450, 600)  # less room: less of the label shows
    qtbot.waitUntil(lambda: 1 < len(long_button.text()) < shown)
    pilot.window.resize(700, 600)  # room again: as much as before
    qtbot.waitUntil(lambda: len(long_button.text()) == shown)


OPTIONS = [f"Option number {n}" for n in range(12)]
ROWS = f"""
import rerunqt as st
st.pills("Wrapped", {OPTIONS!r})
st.pills("One row", {OPTIONS!r}, wrap=False, key="row")
st.segmented_control("Segments", {OPTIONS!r}, wrap=False, key="seg")
"""


@pytest.mark.qt
def test_options_wrap_or_keep_one_scrolling_row(rerunqt_pilot, write_script, qtbot) -> None:
    from rerunqt.testing import AppTest

    assert AppTest.from_string(ROWS).run().pills[1].wrap is False
    pilot = rerunqt_pilot(write_script(ROWS))
    pilot.window.resize(700, 700)
    pilot.settle()
    wrapped = pilot.widget(label="Wrapped")
    row, segments = pilot.widget(key="row"), pilot.widget(key="seg")
    pill = wrapped.buttons[0].height()
    qtbot.waitUntil(lambda: wrapped.height() > 2 * pill)  # several lines of pills
    for group in (row, segments):
        assert group.height() < 2 * group.buttons[0].height()  # one row
        assert group.width() <= pilot.window.width()
        bar = group.scroller.horizontalScrollBar()
        qtbot.waitUntil(lambda bar=bar: bar.maximum() > 0)  # the rest scrolls into view
    row.setFocus()
    qtbot.waitUntil(row.hasFocus)
    for _ in range(11):
        qtbot.keyClick(row, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: row.scroller.horizontalScrollBar().value() > 0)  # the current option shows


CHIPS = f"""
import rerunqt as st
st.multiselect("Wrapped", {OPTIONS!r}, default={OPTIONS!r})
st.multiselect("One row", {OPTIONS!r}, default={OPTIONS!r}, wrap=False, key="row")
"""


@pytest.mark.qt
def test_multiselect_chips_wrap_or_keep_one_row(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(CHIPS))
    pilot.window.resize(700, 700)
    pilot.settle()
    wrapped, row = pilot.widget(label="Wrapped"), pilot.widget(key="row")
    chip = row.chips[0].height()
    qtbot.waitUntil(lambda: wrapped.height() > 2 * chip)  # several lines of chips
    assert row.height() < 2 * chip + 16  # one line
    bar = row.scroller.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the other chips scroll into view
    row.combo.setFocus()
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())  # the add box shows where you type


def test_one_line_markdown_cannot_keep_html() -> None:
    from rerunqt.testing import AppTest

    for call in ("markdown", "caption"):
        at = AppTest.from_string(f"import rerunqt as st\nst.{call}('<b>x</b>', True, wrap=False)").run()
        assert "unsafe_allow_html=True" in at.exception[0].message, call


def test_auto_wrap_is_one_line_in_columns_and_rows() -> None:
    from rerunqt.testing import AppTest

    at = AppTest.from_string("""
import rerunqt as st
st.button("Page")
st.columns(2)[0].button("In a column")
with st.container(horizontal=True):
    st.checkbox("In a row")
with st.expander("More"):
    st.toggle("In an expander")
st.columns(2)[1].button("Kept", wrap=True)
with st.columns(2)[0].container():
    st.multiselect("Nested", ["a"])
""").run()
    assert [b.wrap for b in at.button] == [True, False, True]
    assert at.checkbox[0].wrap is False and at.toggle[0].wrap is True
    assert at.multiselect[0].wrap is True  # a nested vertical container resets it


def test_short_labels_in_a_row_are_never_cut(rerunqt_pilot, write_script, qtbot) -> None:
    # a one-line label (wrap=None in a horizontal container) is elided only when the
    # button is narrower than its whole label; "OK" once showed as "…" because the
    # style's minimum button width was counted as padding
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
row = st.container(horizontal=True, horizontal_alignment="right")
row.button("OK")
row.button("Cancel")
with st.columns(2)[0]:
    st.button("A very long label that cannot fit in half of a narrow window at all", key="long")
"""))
    pilot.window.resize(500, 600)
    ok, cancel = (pilot.widget(label=label) for label in ("OK", "Cancel"))
    qtbot.waitUntil(lambda: ok.text() == "OK" and cancel.text() == "Cancel")
    long = pilot.widget(key="long")
    qtbot.waitUntil(lambda: long.text().endswith("\u2026"))


WRAPPING = """
import rerunqt as st
with st.sidebar:
    st.checkbox("Enable the priority protocol now for every user (Smart Mode)")
    st.toggle("Enable the priority protocol now for every user (Smart Mode)", value=True)
    st.selectbox("Role", ["viewer"])
    st.button("Clear the whole data log and start again from the very beginning")
    st.radio("Pick", ["A very long option label that goes on and on and on", "B"])
"""


@pytest.mark.qt
def test_long_checkbox_and_toggle_labels_wrap_in_a_narrow_sidebar(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit wraps a checkbox's, a toggle's, a button's or a radio option's label
    (wrap=None outside a column): a long one asked for its whole width, so the sidebar's
    content grew past the panel's edge and cut off every widget in it. It wraps onto more
    lines now, the box at the first, the label whole."""
    pilot = rerunqt_pilot(write_script(WRAPPING))
    pilot.window.resize(1100, 500)
    pilot.settle()
    check = pilot.record(kind="checkbox").widget
    switch = pilot.record(kind="toggle").widget
    field = pilot.record(kind="selectbox").widget
    button = pilot.record(kind="button").widget
    from PySide6.QtWidgets import QRadioButton

    from rerunqt.qt.sidebar import SidebarPanel

    option = pilot.record(kind="radio").widget.findChildren(QRadioButton)[0]
    panel = pilot.window.findChild(SidebarPanel)
    for widget in (check, switch, field, button, option):
        right = widget.mapTo(panel, widget.rect().topRight()).x()
        assert right <= panel.viewport().width()  # inside the panel: nothing cut off
    for widget in (check, switch, button, option):
        qtbot.waitUntil(lambda w=widget: w.wrapped)
        line = widget.fontMetrics().height()
        assert widget.height() >= 2 * line  # two lines or more, not cut to one
        assert widget.text().replace("&&", "&") == widget.accessibleName()  # whole, no ellipsis
        assert _text_lines(widget) >= 2, "the label is painted on two lines or more"


SIDEBAR_FORM = """
import rerunqt as st
with st.sidebar:
    with st.form("wallet"):
        st.number_input("Amount to add", min_value=0.0, step=100.0)
        st.form_submit_button("Add")
"""


@pytest.mark.qt
def test_a_number_input_fits_a_form_in_the_sidebar(rerunqt_pilot, write_script, qtbot) -> None:
    """A number input shrinks with its container, as Streamlit's: Qt sized the spin box
    for 18 digits, so in a form in the sidebar (the form's padding on top of the panel's)
    the field and its "+" stood past the panel's edge, cut off with the rest of the form."""
    pilot = rerunqt_pilot(write_script(SIDEBAR_FORM))
    pilot.window.resize(1100, 500)
    pilot.settle()
    from PySide6.QtWidgets import QToolButton

    from rerunqt.qt.sidebar import SidebarPanel

    panel = pilot.window.findChild(SidebarPanel)
    field = pilot.record(kind="number_input").widget
    plus = next(b for b in field.findChildren(QToolButton) if b.accessibleName() == "Increment")
    qtbot.waitUntil(lambda: plus.mapTo(panel, plus.rect().topRight()).x() <= panel.viewport().width())


def _text_lines(widget) -> int:
    """How many lines of dark text ``widget`` shows: bands of inked pixel rows at least
    3 rows apart, read in the middle of its width (right of a box or dot, inside a
    button's border)."""
    image = widget.grab().toImage()
    columns = range(image.width() * 2 // 5, image.width() * 9 // 10)
    inked = [y for y in range(image.height())
             if any(image.pixelColor(x, y).lightness() < 110 for x in columns)]
    return sum(1 for before, y in zip([-9] + inked, inked) if y - before > 3)


@pytest.mark.qt
def test_a_label_that_fits_again_is_painted_by_qt_on_one_line(rerunqt_pilot, write_script, qtbot) -> None:
    """Wrapped lines are painted only while the label wraps: a wider sidebar gives the
    check box, button and radio option one line again, whole, as Qt paints it."""
    pilot = rerunqt_pilot(write_script(WRAPPING))
    pilot.window.resize(1100, 500)
    pilot.settle()
    from PySide6.QtWidgets import QRadioButton, QSplitter

    widgets = (pilot.record(kind="checkbox").widget, pilot.record(kind="button").widget,
               pilot.record(kind="radio").widget.findChildren(QRadioButton)[0])
    for widget in widgets:
        qtbot.waitUntil(lambda w=widget: w.wrapped)
    pilot.window.resize(1900, 500)
    pilot.window.findChild(QSplitter).setSizes([1200, 700])
    for widget in widgets:
        qtbot.waitUntil(lambda w=widget: not w.wrapped)
        assert _text_lines(widget) == 1
        assert widget.text().replace("&&", "&") == widget.accessibleName()  # whole


def test_the_button_classes_leave_painting_to_qt() -> None:
    """No Python paintEvent: Qt would call it with the GIL, which the script thread holds
    while it runs, so a clicked check box could not show its tick until the run ended."""
    from rerunqt.qt.adapters.elide import OneLineCheckBox, OneLineLabel, OneLinePushButton, OneLineRadio

    for cls in (OneLineCheckBox, OneLinePushButton, OneLineRadio):
        assert not any("paintEvent" in vars(base) for base in cls.__mro__
                       if issubclass(base, OneLineLabel) or base.__module__.startswith("rerunqt")), cls


NARROW_NUMBER = """
import rerunqt as st
wide, narrow = st.columns([6, 1])
wide.number_input("Wide", value=2, key="wide")
narrow.number_input("Qty", value=2, key="narrow", label_visibility="collapsed")
"""


@pytest.mark.qt
def test_a_narrow_number_input_hides_its_step_buttons(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit shows "-" and "+" only in a number input wider than 120 px: in a narrow
    column (a real point-of-sale app's quantity per cart line) the field keeps the room
    for its number. Both buttons squeezed the field to a sliver there."""
    pilot = rerunqt_pilot(write_script(NARROW_NUMBER))
    pilot.window.resize(1100, 500)
    pilot.settle()
    from PySide6.QtWidgets import QToolButton

    def steps(key: str) -> list:  # type: ignore[type-arg]
        return pilot.widget(key=key).parentWidget().findChildren(QToolButton)

    qtbot.waitUntil(lambda: not any(button.isVisible() for button in steps("narrow")))
    assert all(button.isVisible() for button in steps("wide"))
    assert pilot.widget(key="narrow").width() > 50  # the number shows


@pytest.mark.qt
def test_a_label_narrower_than_the_ellipsis_still_shows_it(rerunqt_pilot, write_script,
                                                            qtbot) -> None:
    """The cookbook's ARC app puts a "start" button in a 1-of-7 column: too narrow for even
    "s…", Qt's elision gave no text and the button was a blank box; a browser shows "…"."""
    from PySide6.QtGui import QFont, QFontMetrics

    from rerunqt.qt.adapters.elide import elided

    metrics = QFontMetrics(QFont("DejaVu Sans", 11))
    assert elided(metrics, "start", 2) == "\u2026" and elided(metrics, "", 2) == ""
    assert elided(metrics, "start", 500) == "start"
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
cols = st.columns([1, 30])
cols[0].button("start", type="primary", use_container_width=True)
cols[1].write("wide")
"""))
    pilot.window.resize(1000, 400)  # (below 640 px columns stack, as in Streamlit)
    pilot.settle()
    button = pilot.widget(label="start")
    qtbot.waitUntil(lambda: button.text() != "start")  # too narrow for the whole label
    assert button.text().endswith("\u2026")
