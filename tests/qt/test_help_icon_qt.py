"""The "?" help icon Streamlit 1.67 shows after a label or a text with ``help=``.

In a real window: the icon is there and visible for every kind that shows one, right
after the text (not at the far edge), centred on its first line, drawn in the theme's
faded text colour; hovering it shows the help as rich text; the help is the accessible
description a screen reader reads; a rerun that changes the help updates the icon in
place; no help, no icon; a collapsed or hidden label hides it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget

from rerunqt.qt.adapters.help_icon import HelpIcon, help_icon, plain_text

pytestmark = pytest.mark.qt

LABELLED = """
import datetime
import rerunqt as st
st.text_input("Name", key="text_input", help="h text_input")
st.number_input("Age", key="number_input", help="h number_input")
st.selectbox("Colour", ["a"], key="selectbox", help="h selectbox")
st.multiselect("Fruits", ["a"], key="multiselect", help="h multiselect")
st.slider("Level", 0, 9, key="slider", help="h slider")
st.select_slider("Size", ["S", "M"], key="select_slider", help="h select_slider")
st.text_area("Notes", key="text_area", help="h text_area")
st.date_input("Day", datetime.date(2024, 1, 1), key="date_input", help="h date_input")
st.time_input("Time", datetime.time(9, 0), key="time_input", help="h time_input")
st.datetime_input("When", datetime.datetime(2024, 1, 1), key="datetime_input", help="h datetime_input")
st.color_picker("Paint", key="color_picker", help="h color_picker")
st.file_uploader("Upload", key="file_uploader", help="h file_uploader")
st.radio("Mode", ["a", "b"], key="radio", help="h radio")
st.pills("Tags", ["a", "b"], key="pills", help="h pills")
st.segmented_control("View", ["a", "b"], key="segmented_control", help="h segmented_control")
st.checkbox("Agree", key="checkbox", help="h checkbox")
st.toggle("Switch", key="toggle", help="h toggle")
st.camera_input("Photo", key="camera_input", help="h camera_input")
st.audio_input("Voice", key="audio_input", help="h audio_input")
st.text_input("Plain", key="plain")
"""
KINDS = ["text_input", "number_input", "selectbox", "multiselect", "slider", "select_slider",
         "text_area", "date_input", "time_input", "datetime_input", "color_picker",
         "file_uploader", "radio", "pills", "segmented_control", "checkbox", "toggle",
         "camera_input", "audio_input"]

TEXTS = """
import rerunqt as st
st.title("Title", help="h title")
st.header("Header", help="h header")
st.subheader("Subheader", help="h subheader")
st.markdown("Some *markdown*", help="h markdown")
st.caption("A caption", help="h caption")
st.text("Plain text", help="h text")
st.metric("Revenue", "$1", help="h metric")
st.markdown("No help")
"""


def open_app(rerunqt_pilot, write_script, source: str, width: int = 900):
    pilot = rerunqt_pilot(write_script(source))
    pilot.window.resize(width, 2400)
    pilot.settle()
    return pilot


def host_of(widget: QWidget) -> QWidget:
    """The widget whose text the icon follows: a field's label, a metric's label, a
    check box or a text element itself."""
    inner = getattr(widget, "label", None)
    return inner if isinstance(inner, QLabel) else widget


def text_end(host: QWidget) -> int:
    """The x where the host's visible text ends (its rendered pixels), from a grab."""
    image = host.grab().toImage()
    icon = help_icon(host)
    skip = icon.geometry() if icon is not None else None
    background = QColor(image.pixel(image.width() - 1, image.height() - 1))
    last = 0
    for x in range(image.width()):
        if skip is not None and skip.left() <= x <= skip.right():
            continue
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            if abs(colour.lightness() - background.lightness()) > 60:
                last = x
                break
    return last


def assert_icon_after_text(host: QWidget, help_text: str) -> HelpIcon:
    icon = help_icon(host)
    assert icon is not None, f"no help icon on {host.objectName()}"
    assert icon.isVisible() and icon.width() >= 12 and icon.height() >= 12
    assert plain_text(icon.toolTip()) == help_text
    end = text_end(host)
    # right after the text: a few pixels from its last drawn pixel, never at the far edge
    assert 0 <= icon.x() - end <= 10, (host.objectName(), end, icon.geometry())
    assert icon.geometry().right() < host.width()
    return icon


def test_every_labelled_kind_shows_the_icon_after_its_label(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, LABELLED)
    for kind in KINDS:
        record = pilot.record(key=kind)
        host = host_of(record.widget)
        icon = assert_icon_after_text(host, f"h {kind}")
        # centred on the label's first line
        middle = icon.geometry().center().y()
        if kind in ("checkbox", "toggle"):  # one line: the middle of the button
            assert abs(middle - host.height() / 2) <= 2, kind
        else:
            first_line = host.contentsRect().top() + host.fontMetrics().height() / 2
            assert abs(middle - first_line) <= 3, kind
        # the widget a screen reader reads has the help as its description
        assert "h " + kind in record.adapter.probe(record.widget).accessibleDescription(), kind
        assert not record.widget.toolTip(), kind  # the tooltip is the icon's, as Streamlit's
    plain = pilot.record(key="plain").widget
    assert help_icon(plain.label) is None and not plain.findChildren(HelpIcon)
    assert not plain.field.accessibleDescription()


def test_text_elements_and_metric_show_the_icon_after_their_text(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, TEXTS)
    for kind in ("title", "header", "subheader", "markdown", "caption", "text", "metric"):
        widget = pilot.window.renderer.find(kind=kind)[0].widget
        host = host_of(widget)
        assert_icon_after_text(host, f"h {kind}")
        assert widget.accessibleDescription() == f"h {kind}"
        assert "h " + kind not in widget.toolTip()
    no_help = pilot.window.renderer.find(kind="markdown")[1].widget
    assert not no_help.findChildren(HelpIcon) and not no_help.accessibleDescription()


def test_latex_icon_after_the_formula(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script,
                     "import rerunqt as st\nst.latex('x^2', help='h latex')\n")
    box = pilot.record(kind="latex").widget
    icon = help_icon(box.formula)
    assert icon is not None and icon.isVisible()
    assert plain_text(icon.toolTip()) == "h latex" and box.accessibleDescription() == "h latex"
    assert icon.x() < box.width() * 0.75  # beside the centred formula, not at the far edge


WRAPPED = """
import rerunqt as st
st.text_input("A long label " * 12, key="long", help="h")
"""


def test_a_wrapped_label_ends_before_the_icon(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, WRAPPED, width=500)
    field = pilot.record(key="long").widget
    label = field.label
    icon = help_icon(label)
    assert icon is not None and icon.isVisible()
    line = label.fontMetrics().height()
    assert label.height() >= 2 * line  # it wraps
    assert icon.geometry().right() <= label.width()  # the icon fits beside the text
    assert icon.y() < line  # on the first line
    image = label.grab().toImage()  # and no text under the icon
    for x in range(icon.x(), icon.x() + icon.width()):
        for y in range(icon.height() + icon.y(), label.height()):
            assert QColor(image.pixel(x, y)).lightness() > 200, (x, y)


UPDATE = """
import rerunqt as st
helps = {0: "first help", 1: "second help", 2: None}
st.session_state.setdefault("n", 0)
st.text_input("Name", key="name", help=helps[st.session_state.n % 3])
st.checkbox("Agree", key="agree", help=helps[st.session_state.n % 3])
st.markdown("Words", help=helps[st.session_state.n % 3])
if st.button("Next"):
    st.session_state.n += 1
    st.rerun()
"""


def test_a_rerun_updates_the_icon_in_place(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = open_app(rerunqt_pilot, write_script, UPDATE)
    field = pilot.record(key="name").widget
    check = pilot.record(key="agree").widget
    words = pilot.record(kind="markdown").widget
    icon = help_icon(field.label)
    assert icon is not None and plain_text(icon.toolTip()) == "first help"
    field.field.setFocus()
    qtbot.waitUntil(field.field.hasFocus)
    pilot.click(label="Next")
    qtbot.waitUntil(lambda: help_icon(field.label) is not None
                    and plain_text(help_icon(field.label).toolTip()) == "second help")
    assert pilot.record(key="name").widget is field  # the same widget, the same icon
    assert help_icon(field.label) is icon and icon.isVisible()
    assert field.field.accessibleDescription() == "second help"
    assert plain_text(help_icon(check).toolTip()) == "second help"
    assert plain_text(help_icon(words).toolTip()) == "second help"
    pilot.click(label="Next")  # help=None: the icons go, the widgets stay
    qtbot.waitUntil(lambda: help_icon(field.label) is None)
    assert pilot.record(key="name").widget is field
    assert help_icon(check) is None and help_icon(words) is None
    assert not field.field.accessibleDescription() and not check.accessibleDescription()
    assert not words.accessibleDescription()
    pilot.click(label="Next")  # and back
    qtbot.waitUntil(lambda: help_icon(field.label) is not None)
    assert_icon_after_text(field.label, "first help")


def test_focus_stays_in_the_field_when_its_help_changes(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = open_app(rerunqt_pilot, write_script, """
import rerunqt as st
name = st.text_input("Name", key="name", help="Type " + str(len(st.session_state.get("name", ""))))
""")
    field = pilot.record(key="name").widget
    pilot.type("abc", key="name", enter=True)
    qtbot.waitUntil(lambda: plain_text(help_icon(field.label).toolTip()) == "Type 3")
    assert pilot.record(key="name").widget is field and field.field.hasFocus()


VISIBILITY = """
import rerunqt as st
st.text_input("Shown", key="shown", help="h")
st.text_input("Hidden", key="hidden", help="h", label_visibility="hidden")
st.text_input("Collapsed", key="collapsed", help="h", label_visibility="collapsed")
st.checkbox("Box", key="box", help="h", label_visibility="collapsed")
st.metric("Metric", 1, help="h", label_visibility="collapsed")
"""


def test_hidden_and_collapsed_labels_hide_the_icon(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, VISIBILITY)
    shown, hidden, collapsed = (pilot.record(key=k).widget for k in ("shown", "hidden", "collapsed"))
    assert help_icon(shown.label).isVisible()
    for field in (hidden, collapsed):
        icon = help_icon(field.label)
        assert icon is None or not icon.isVisible()
    # "hidden" keeps the label's room, "collapsed" not (the field starts higher up)
    assert abs(hidden.field.y() - shown.field.y()) <= 2 and collapsed.field.y() < shown.field.y() - 10
    box = pilot.record(key="box").widget
    assert help_icon(box) is None or not help_icon(box).isVisible()
    metric = pilot.record(kind="metric").widget
    assert help_icon(metric.label) is None or not help_icon(metric.label).isVisible()


def test_the_tooltip_is_rendered_markdown_wrapped_to_a_readable_width(
        rerunqt_pilot, write_script, qtbot) -> None:
    long_help = "Type **your** name, with `code`. " + "Some more words to read. " * 20
    pilot = open_app(rerunqt_pilot, write_script,
                     f"import rerunqt as st\nst.text_input('Name', key='n', help={long_help!r})\n")
    icon = help_icon(pilot.record(key="n").widget.label)
    assert icon is not None
    assert "**" not in plain_text(icon.toolTip()) and "`" not in plain_text(icon.toolTip())
    assert "font-weight" in icon.toolTip()  # **your** is bold
    QToolTip.showText(icon.mapToGlobal(QPoint(4, 4)), icon.toolTip(), icon)
    tip = next(w for w in QApplication.topLevelWidgets()
               if w.objectName() == "qtooltip_label" and w.isVisible())
    assert 200 < tip.width() < 800  # wrapped to a readable width, not one long line
    assert tip.height() > 3 * tip.fontMetrics().height()
    QToolTip.hideText()


def test_hovering_the_icon_shows_the_help(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = open_app(rerunqt_pilot, write_script, """
import rerunqt as st
st.text_input('Name', key='n', help='Hover help')
st.checkbox('Off', key='off', disabled=True, help='Still readable')
""")
    field_icon = help_icon(pilot.record(key="n").widget.label)
    box_icon = help_icon(pilot.record(key="off").widget)  # disabled: its help still shows
    for icon, text in ((field_icon, "Hover help"), (box_icon, "Still readable")):
        assert icon is not None
        qtbot.mouseMove(icon.window(), icon.mapTo(icon.window(), QPoint(1, 1)))
        qtbot.mouseMove(icon, QPoint(5, 5))  # the pointer rests on the icon
        qtbot.waitUntil(lambda t=text: QToolTip.isVisible() and t in QToolTip.text(), timeout=4000)
        QToolTip.hideText()


def icon_ink(icon: HelpIcon) -> QColor:
    """The colour of the icon's darkest (light theme) or lightest (dark theme) pixels."""
    image = icon.grab().toImage()
    pixels = [QColor(image.pixel(x, y)) for x in range(image.width()) for y in range(image.height())]
    background = pixels[0]
    return max(pixels, key=lambda c: abs(c.lightness() - background.lightness()))


@pytest.fixture
def plain_theme_after(qapp):
    from rerunqt.qt.app import apply_theme

    yield
    apply_theme(qapp, "light", force=True, options={})  # the next test's window is plain


def test_the_icon_is_drawn_in_the_themes_faded_text_colour(
        rerunqt_pilot, write_script, plain_theme_after, qapp) -> None:
    from rerunqt.qt.app import apply_theme

    pilot = open_app(rerunqt_pilot, write_script,
                     "import rerunqt as st\nst.text_input('Name', key='n', help='h')\n")
    icon = help_icon(pilot.record(key="n").widget.label)
    assert icon is not None
    for base, ink in (("light", "#6b7080"), ("dark", "#808495")):
        apply_theme(qapp, base, force=True, options={})  # as View > Theme does
        pilot.settle()
        drawn, want = icon_ink(icon), QColor(ink)
        assert max(abs(drawn.red() - want.red()), abs(drawn.green() - want.green()),
                   abs(drawn.blue() - want.blue())) <= 12, (base, drawn.name())


def test_buttons_keep_the_help_as_their_tooltip_without_an_icon(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, """
import rerunqt as st
st.button("Go", key="go", help="h button")
st.download_button("Save", "data", key="save", help="h download")
st.link_button("Docs", "https://example.com", help="h link")
""")
    for widget in (pilot.record(key="go").widget, pilot.record(key="save").widget,
                   pilot.record(kind="link_button").widget):
        assert widget.toolTip().startswith("h ") and not widget.findChildren(HelpIcon)
