"""Layout containers in a real window: placement, and state the user gave them across reruns."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from rerunqt.runner.requests import WidgetEvent

pytestmark = pytest.mark.qt


def open_app(rerunqt_pilot, write_script, source: str, width: int = 1000):
    pilot = rerunqt_pilot(write_script(source))
    pilot.window.resize(width, 700)
    pilot.settle()
    return pilot


def x_of(pilot, widget) -> int:
    return widget.mapTo(pilot.window, widget.rect().topLeft()).x()


def y_of(pilot, widget) -> int:
    return widget.mapTo(pilot.window, widget.rect().topLeft()).y()


COLUMNS = """
import rerunqt as st
a, b = st.columns([2, 1])
a.button("Left")
b.button("Right")
"""


def test_columns_sit_side_by_side_with_widths_by_weight(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, COLUMNS, width=1200)
    left = pilot.record(label="Left").widget.parentWidget()
    cells = [r.widget for r in pilot.window.renderer.find(kind="column")]
    assert len(cells) == 2 and left is not None
    assert x_of(pilot, cells[0]) < x_of(pilot, cells[1])
    assert y_of(pilot, cells[0]) == y_of(pilot, cells[1])
    ratio = cells[0].width() / cells[1].width()
    assert 1.7 < ratio < 2.3


def test_columns_stack_in_a_narrow_window(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = open_app(rerunqt_pilot, write_script, COLUMNS, width=420)
    cells = [r.widget for r in pilot.window.renderer.find(kind="column")]
    qtbot.waitUntil(lambda: y_of(pilot, cells[0]) < y_of(pilot, cells[1]))
    assert abs(x_of(pilot, cells[0]) - x_of(pilot, cells[1])) < 2


NARROW_ROWS = """
import rerunqt as st
outer, _ = st.columns([1.2, 1])
with outer:
    a, b = st.columns(2)
    a.button("Download")
    b.button("Clear")
s1, s2 = st.sidebar.columns(2)
s1.button("Prev")
s2.button("Next")
"""


@pytest.mark.parametrize("width", [1000, 700])
def test_narrow_rows_stay_side_by_side_in_a_wide_window(rerunqt_pilot, write_script, qtbot,
                                                        width: int) -> None:
    """Streamlit stacks columns only when the viewport is at most 640 px wide: a row nested
    in a column, or in the sidebar, keeps its columns side by side in a desktop window."""
    pilot = open_app(rerunqt_pilot, write_script, NARROW_ROWS, width=width)
    qtbot.wait(50)
    for left, right in (("Download", "Clear"), ("Prev", "Next")):
        one, two = pilot.record(label=left).widget, pilot.record(label=right).widget
        assert y_of(pilot, one) == y_of(pilot, two) and x_of(pilot, one) < x_of(pilot, two)
    pilot.window.resize(600, 700)
    one, two = pilot.record(label="Download").widget, pilot.record(label="Clear").widget
    qtbot.waitUntil(lambda: y_of(pilot, one) < y_of(pilot, two))  # a phone-wide window stacks


BORDERED = """
import rerunqt as st
for align in ("top", "bottom"):
    left, middle, right = st.columns(3, border=True, vertical_alignment=align)
    left.markdown("Lorem ipsum " * 10)
    middle.markdown("Lorem ipsum " * 5)
    right.markdown("Lorem ipsum ")
"""


def test_bordered_columns_are_boxes_of_one_height(rerunqt_pilot, write_script) -> None:
    """st.columns' docstring example 5: Streamlit stretches a row's columns to the tallest,
    content at the top; vertical_alignment="bottom" still puts it at the bottom."""
    pilot = open_app(rerunqt_pilot, write_script, BORDERED, width=1000)
    cells = [r.widget for r in pilot.window.renderer.find(kind="column")]
    texts = [r.widget for r in pilot.window.renderer.find(kind="markdown")]
    top, bottom = cells[:3], cells[3:]
    assert len({c.height() for c in top}) == 1
    assert top[2].height() > texts[2].height() + 40  # one line of text in a tall box
    assert len({y_of(pilot, t) for t in texts[:3]}) == 1  # at the top of each box
    assert len({y_of(pilot, t) + t.height() for t in texts[3:]}) == 1  # bottoms lined up
    assert y_of(pilot, bottom[0]) > y_of(pilot, top[0])


SIDEBAR = """
import rerunqt as st
size = st.sidebar.slider("Size", 0, 10, 3, key="size")
st.button("Rerun me")
st.text(f"size={size}")
"""


def test_sidebar_panel_shows_its_widgets_left_of_the_page(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, SIDEBAR)
    panel = pilot.window.sidebar
    assert panel.isVisible()
    slider = pilot.widget(key="size")
    assert panel.isAncestorOf(slider)
    assert x_of(pilot, slider) < x_of(pilot, pilot.widget(label="Rerun me"))
    pilot.set_value(7, key="size")
    assert pilot.texts("text") == ["size=7"]


def test_sidebar_collapse_and_width_survive_reruns(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, SIDEBAR)
    window = pilot.window
    splitter = window.centralWidget()
    splitter.setSizes([260, 700])
    width = window.sidebar.width()
    pilot.click(label="Rerun me")
    assert window.sidebar.width() == width  # the dragged width is kept
    pilot.set_sidebar(False)  # a click on the toolbar's Sidebar button (or Ctrl+Shift+B)
    assert not window.sidebar.isVisible()
    pilot.click(label="Rerun me")
    assert not window.sidebar.isVisible()  # stays collapsed across the rerun
    pilot.set_sidebar(True)
    assert window.sidebar.isVisible()
    assert window.sidebar.width() == width


def test_no_sidebar_panel_without_sidebar_content(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, "import rerunqt as st\nst.text('x')\n")
    assert not pilot.window.sidebar.isVisible()
    assert not pilot.window.sidebar.toggle_action.isVisible()


TABS = """
import rerunqt as st
one, two = st.tabs(["First", "Second"])
one.text("in first")
with two:
    n = st.number_input("N", key="n")
st.button("Rerun me")
"""


def test_clicking_a_tab_selects_it_and_it_stays_selected(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, TABS)
    tabs = pilot.window.renderer.find(kind="tabs")[0].widget
    assert isinstance(tabs, QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["First", "Second"]
    assert tabs.currentIndex() == 0
    pilot.click(label="Second")
    assert tabs.currentIndex() == 1
    assert pilot.widget(key="n").isVisible()
    pilot.click(label="Rerun me")
    assert tabs.currentIndex() == 1


def test_tabs_default_selects_the_first_shown_tab(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script,
                     "import rerunqt as st\na, b = st.tabs(['A', 'B'], default='B')\nb.text('b')\n")
    tabs = pilot.window.renderer.find(kind="tabs")[0].widget
    assert tabs.currentIndex() == 1


def test_tabs_are_as_tall_as_the_open_tab(rerunqt_pilot, write_script) -> None:
    # as in Streamlit: a short tab does not leave the tallest tab's height of blank space
    pilot = open_app(rerunqt_pilot, write_script, """
import rerunqt as st
short, tall = st.tabs(["Short", "Tall"])
short.text("one line")
for i in range(12):
    tall.text(f"line {i}")
st.text("after the tabs")
""")
    tabs = pilot.window.renderer.find(kind="tabs")[0].widget
    after = pilot.window.renderer.find(label=None, kind="text")[-1].widget

    def gap() -> int:
        return after.mapTo(pilot.window, after.rect().topLeft()).y() - tabs.mapTo(
            pilot.window, tabs.rect().bottomLeft()).y()

    short_height = tabs.height()
    assert short_height < 120 and gap() < 40
    pilot.click(label="Tall")
    pilot.qtbot.waitUntil(lambda: tabs.height() > short_height + 150)
    assert gap() < 40  # the text after the tabs moved down with them
    pilot.click(label="Short")
    pilot.qtbot.waitUntil(lambda: tabs.height() == short_height)


EXPANDER = """
import rerunqt as st
with st.expander("Details"):
    st.checkbox("Inside", key="inside")
st.button("Rerun me")
"""


def test_clicking_an_expander_header_opens_it_and_it_stays_open(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, EXPANDER)
    inside = pilot.widget(key="inside")
    assert not inside.isVisible()
    pilot.click(label="Details")
    assert inside.isVisible()
    pilot.click(key="inside")  # using a widget inside reruns the script
    assert pilot.window.session.state["inside"] is True
    assert inside.isVisible()
    pilot.click(label="Rerun me")
    assert inside.isVisible()
    pilot.click(label="Details")
    assert not inside.isVisible()


POPOVER = """
import rerunqt as st
with st.popover("Settings"):
    st.checkbox("Dark", key="dark")
st.text(f"dark={st.session_state.get('dark')}")
"""


def test_a_popover_opens_and_stays_open_while_its_widgets_are_used(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, POPOVER)
    dark = pilot.widget(key="dark")
    assert not dark.isVisible()
    pilot.click(label="Settings")
    assert dark.isVisible()
    pilot.set_value(True, key="dark")
    assert pilot.texts("text") == ["dark=True"]
    assert dark.isVisible()


def test_empty_replaces_its_element_in_place(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, """
import rerunqt as st
slot = st.empty()
st.text("below")
slot.text(f"count {st.session_state.setdefault('n', 0)}")
def bump():
    st.session_state.n += 1
st.button("Bump", on_click=bump)
""")
    assert pilot.texts("text") == ["count 0", "below"]
    label = pilot.window.renderer.find(kind="text")[0].widget
    pilot.click(label="Bump")
    assert pilot.texts("text") == ["count 1", "below"]
    assert pilot.window.renderer.find(kind="text")[0].widget is label  # updated, not rebuilt


def test_an_empty_slot_takes_no_space(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script,
                     "import rerunqt as st\nst.text('a')\nst.empty()\nst.text('b')\n")
    empty = pilot.window.renderer.find(kind="empty")[0].widget
    assert not empty.isVisible()


def test_a_scrolled_container_keeps_its_position(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, """
import rerunqt as st
with st.container(height=150):
    for i in range(40):
        st.text(f"line {i}")
st.button("Rerun me")
""")
    box = pilot.window.renderer.find(kind="container")[0].widget
    bar = box.scroller.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    pilot.click(label="Rerun me")
    assert bar.value() == kept


def test_a_focused_keyed_widget_moved_to_another_container_keeps_value_and_focus(
        rerunqt_pilot, write_script, qtbot) -> None:
    pilot = open_app(rerunqt_pilot, write_script, """
import rerunqt as st
side = st.toggle("In sidebar", key="side")
place = st.sidebar if side else st.container()
place.text_input("Note", key="note")
""")
    note = pilot.widget(key="note")
    pilot.type("kept", key="note")
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    pilot.window.session.post(WidgetEvent("side", True))  # the toggle flips while Note has focus
    pilot.settle()
    moved = pilot.widget(key="note")
    assert moved is note  # the same Qt widget, now in the sidebar
    assert pilot.window.sidebar.isAncestorOf(moved)
    assert moved.text() == "kept"
    assert QApplication.focusWidget() is moved


def test_a_horizontal_container_puts_its_elements_in_a_row(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, """
import rerunqt as st
with st.container(horizontal=True):
    st.button("One")
    st.button("Two")
    st.button("Three")
""")
    buttons = [pilot.widget(label=name) for name in ("One", "Two", "Three")]
    xs = [x_of(pilot, b) for b in buttons]
    ys = [y_of(pilot, b) for b in buttons]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert len(set(ys)) == 1


LONG = "A long paragraph that has to wrap onto several lines in a narrow window. " * 6


def test_long_labels_wrap_and_grow_when_the_page_narrows(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = open_app(rerunqt_pilot, write_script, f"""
import rerunqt as st
st.markdown({LONG!r})
left, right = st.columns(2)
left.text_input({LONG[:60]!r}, key="field")
st.button("After")
""", width=1200)
    label = pilot.window.renderer.find(kind="markdown")[0].widget
    wide = label.height()
    pilot.window.resize(500, 700)
    qtbot.waitUntil(lambda: label.height() > wide * 1.4)  # more lines at the narrower width
    pilot.settle()
    after = pilot.widget(label="After")
    assert y_of(pilot, after) >= y_of(pilot, label) + label.height()  # nothing overlaps


MENUS = """
import rerunqt as st
with st.sidebar:
    left, right = st.columns([0.85, 0.15])
    left.button("Salary at Acme", use_container_width=True)
    with right:
        with st.popover("⋮", use_container_width=True):
            st.button("Rename")
with st.popover("Menu"):
    st.write("x")
"""


def test_a_narrow_popover_shows_its_label_and_looks_like_a_button(rerunqt_pilot, write_script) -> None:
    # a "⋮" menu beside a button in the sidebar showed an empty box: the label and the
    # chevron were centred in too little room and both cut off
    pilot = open_app(rerunqt_pilot, write_script, MENUS)
    QApplication.processEvents()
    popovers = {r.widget.accessibleName(): r.widget for r in pilot.window.renderer.find(kind="popover")}
    narrow, wide = popovers["⋮"], popovers["Menu"]
    button = pilot.window.renderer.find(kind="button")[0].widget
    assert narrow.text() == "⋮"  # the label alone, whole
    assert narrow.width() < narrow.sizeHint().width()
    assert wide.text() == "Menu  \u25be"  # room for both: the chevron too
    # Streamlit draws the popover's button as a secondary button: the same border
    def border(widget):
        return widget.grab().toImage().pixelColor(0, widget.height() // 2).name()
    assert border(narrow) == border(button)


def test_a_disabled_popover_looks_disabled_as_a_disabled_button(rerunqt_pilot, write_script) -> None:
    # Streamlit's st_popover e2e app: "popover 6 (disabled)" was drawn as the others
    pilot = open_app(rerunqt_pilot, write_script, """
import rerunqt as st
st.popover("Open", disabled=False)
st.popover("Shut", disabled=True)
st.button("Off", disabled=True)
""")
    QApplication.processEvents()
    popovers = {r.widget.accessibleName(): r.widget for r in pilot.window.renderer.find(kind="popover")}
    button = pilot.window.renderer.find(kind="button")[0].widget

    def inks(widget):  # type: ignore[no-untyped-def]
        image = widget.grab().toImage()
        return {image.pixelColor(x, y).name() for x in range(4, image.width() - 4)
                for y in range(4, image.height() - 4)}
    assert not popovers["Shut"].isEnabled()
    faded = inks(button)
    assert inks(popovers["Shut"]) & faded - inks(popovers["Open"])  # the faded text colour


@pytest.mark.parametrize(("gap", "pixels"), [("40", 40), ("'LARGE'", 64), ("0", 0),
                                           ("'xxsmall'", 4), ("'xsmall'", 8)])
def test_column_gap_in_pixels_or_any_case_name(rerunqt_pilot, write_script, gap: str,
                                               pixels: int) -> None:
    """Streamlit 1.67 takes gap=<pixels> and names in any case (they raised here); its
    "xxsmall" and "xsmall" are 0.25rem and 0.5rem (they were 2 and 4 px here)."""
    pilot = open_app(rerunqt_pilot, write_script,
                     f"import rerunqt as st\na, b = st.columns(2, gap={gap})\na.text('L')\nb.text('R')\n",
                     width=1000)
    cells = [r.widget for r in pilot.window.renderer.find(kind="column")]
    assert len(cells) == 2
    assert x_of(pilot, cells[1]) - (x_of(pilot, cells[0]) + cells[0].width()) == pixels


def test_tabs_with_a_pixel_height_scroll_the_open_panel(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67's st.tabs(height=200): the tab container is 200 px tall and the open
    panel scrolls when its content is longer (the height was ignored: all of it showed)."""
    from PySide6.QtWidgets import QScrollArea

    pilot = open_app(rerunqt_pilot, write_script, """
import rerunqt as st
one, two = st.tabs(["First", "Second"], height=200)
one.write("More content " * 200)
two.text("second page")
st.text("after")
""", width=700)
    tabs = pilot.window.renderer.find(kind="tabs")[0].widget
    assert isinstance(tabs, QTabWidget)
    assert tabs.height() == 200
    area = tabs.currentWidget()
    assert isinstance(area, QScrollArea) and area.verticalScrollBar().maximum() > 0
    pilot.click(label="Second")  # the tab bar still switches pages
    pilot.settle()
    assert tabs.currentIndex() == 1 and tabs.height() == 200
