"""st.columns(wrap=) and a horizontal st.container's alignments, on screen."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def _x(pilot, widget) -> int:  # type: ignore[no-untyped-def]
    return widget.mapTo(pilot.window, widget.rect().topLeft()).x()


def _y(pilot, widget) -> int:  # type: ignore[no-untyped-def]
    return widget.mapTo(pilot.window, widget.rect().topLeft()).y()


def test_columns_wrap_by_default() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.columns(2)[0].text('x')").run()
    assert at.tree[0].prop("wrap") is True


@pytest.mark.qt
def test_columns_without_wrap_stay_side_by_side(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
a, b = st.columns(2, wrap=False)
a.text("left")
b.text("right")
c, d = st.columns(2)
c.text("stacks")
d.text("below")
"""))
    pilot.window.resize(400, 600)
    cells = [r.widget for r in pilot.window.renderer.find(kind="column")]
    qtbot.waitUntil(lambda: _y(pilot, cells[2]) < _y(pilot, cells[3]))  # the default stacks
    assert _y(pilot, cells[0]) == _y(pilot, cells[1]) and _x(pilot, cells[0]) < _x(pilot, cells[1])


@pytest.mark.qt
@pytest.mark.parametrize("wrap", [True, False])
@pytest.mark.parametrize("align", ["left", "center", "right", "distribute"])
def test_a_horizontal_container_places_its_row(rerunqt_pilot, write_script, qtbot, align,
                                               wrap) -> None:
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
with st.container(horizontal=True, horizontal_alignment={align!r}, vertical_alignment="bottom",
                  border=True, wrap={wrap}):
    st.button("One")
    st.button("Two")
    st.text_area("Tall", height=120, width=200)
"""))
    pilot.window.resize(900, 600)
    pilot.settle()
    box = pilot.window.renderer.find(kind="container")[0].widget
    one, two = pilot.widget(label="One"), pilot.widget(label="Two")
    area = pilot.record(label="Tall").widget
    qtbot.waitUntil(lambda: one.width() > 0 and _x(pilot, one) < _x(pilot, two) < _x(pilot, area))
    left_gap = _x(pilot, one) - _x(pilot, box)
    right_gap = _x(pilot, box) + box.width() - (_x(pilot, area) + area.width())
    if align == "left":
        assert left_gap < right_gap - 50
    elif align == "right":
        assert right_gap < left_gap - 50
    elif align == "center":
        assert abs(left_gap - right_gap) <= 4
    else:  # the free space goes between the children
        assert left_gap < 40 and right_gap < 40
    bottom = _y(pilot, area) + area.height()
    assert abs(_y(pilot, one) + one.height() - bottom) <= 2  # aligned at the bottom of the row


ROW = """
import rerunqt as st
with st.container(horizontal=True, key="wraps"):
    for n in range(8):
        st.button(f"Button number {n}")
with st.container(horizontal=True, wrap=False, key="row"):
    for n in range(8):
        st.button(f"Other {n}")
"""


@pytest.mark.qt
def test_a_horizontal_container_wraps_its_row_by_default(rerunqt_pilot, write_script, qtbot) -> None:
    assert AppTest.from_string(ROW).run().container[0].wrap is True
    pilot = rerunqt_pilot(write_script(ROW))
    pilot.window.resize(600, 700)
    pilot.settle()
    wrapped = [pilot.widget(label=f"Button number {n}") for n in range(8)]
    row = [pilot.widget(label=f"Other {n}") for n in range(8)]
    qtbot.waitUntil(lambda: len({_y(pilot, b) for b in wrapped}) > 1)  # more than one line
    assert all(_x(pilot, b) + b.width() <= pilot.window.width() for b in wrapped)
    order = sorted(wrapped, key=lambda b: (_y(pilot, b), _x(pilot, b)))
    assert order == wrapped  # in script order, left to right then down
    assert len({_y(pilot, b) for b in row}) == 1  # wrap=False: one row


@pytest.mark.qt
def test_a_stretched_child_fills_the_rest_of_its_line(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
with st.container(horizontal=True, border=True):
    st.button("Fixed")
    st.button("Stretched", width="stretch")
"""))
    pilot.window.resize(700, 600)
    pilot.settle()
    box = pilot.window.renderer.find(kind="container")[0].widget
    fixed, stretched = pilot.widget(label="Fixed"), pilot.widget(label="Stretched")
    right = _x(pilot, box) + box.width()
    qtbot.waitUntil(lambda: right - (_x(pilot, stretched) + stretched.width()) < 40)
    assert _y(pilot, fixed) == _y(pilot, stretched)


@pytest.mark.qt
@pytest.mark.parametrize("align", ["left", "center", "right"])
def test_a_vertical_container_places_natural_width_elements(rerunqt_pilot, write_script, qtbot,
                                                          align) -> None:
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
with st.container(horizontal_alignment={align!r}):
    st.button("Go")
    st.text_input("Name")
"""))
    pilot.window.resize(700, 600)
    pilot.settle()
    box = pilot.window.renderer.find(kind="container")[0].widget
    button, field = pilot.widget(label="Go"), pilot.record(label="Name").widget
    left = _x(pilot, button) - _x(pilot, box)
    right = _x(pilot, box) + box.width() - (_x(pilot, button) + button.width())
    expected = {"left": lambda: left < 4, "center": lambda: abs(left - right) <= 4,
                "right": lambda: right < 4}[align]
    qtbot.waitUntil(expected)
    assert field.width() >= box.width() - 4  # a stretched element still spans the container


@pytest.mark.qt
def test_content_width_text_in_a_row_keeps_its_words_on_one_line(rerunqt_pilot, write_script,
                                                                qtbot) -> None:
    """Streamlit's Space demo: a content-width text is as wide as its words; Qt's guess for a
    wrapped label wrapped "After medium space" onto two lines in a row with room to spare."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
with st.container(horizontal=True, border=True):
    st.markdown("Left", width="content")
    st.markdown("After medium space", width="content")
    st.markdown("After stretch space", width="content")
    st.text("Plain text element")
"""))
    pilot.window.resize(900, 600)
    pilot.settle()
    labels = [r.widget for r in pilot.window.renderer.find(kind="markdown")]
    labels += [r.widget for r in pilot.window.renderer.find(kind="text")]
    qtbot.waitUntil(lambda: all(label.width() > 0 for label in labels))
    line = labels[0].height()
    assert [label.height() for label in labels[:3]] == [line] * 3
    assert labels[3].height() < 2 * labels[3].fontMetrics().lineSpacing()
    assert len({_y(pilot, label) for label in labels[:3]}) == 1


@pytest.mark.qt
@pytest.mark.parametrize("align", ["top", "center", "bottom"])
def test_a_pixel_high_container_places_its_children_by_vertical_alignment(
        rerunqt_pilot, write_script, qtbot, align) -> None:
    """Streamlit's vertical_alignment in a st.container(height=300): the children sit at
    the top, in the middle or at the bottom of the free height (they were always at the top)."""
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
with st.container(height=300, vertical_alignment={align!r}):
    st.button("One")
    st.button("Two")
"""))
    pilot.window.resize(700, 600)
    pilot.settle()
    box = pilot.window.renderer.find(kind="container")[0].widget
    one, two = pilot.widget(label="One"), pilot.widget(label="Two")
    qtbot.waitUntil(lambda: one.height() > 0 and _y(pilot, two) > _y(pilot, one))
    above = _y(pilot, one) - _y(pilot, box)
    below = _y(pilot, box) + box.height() - (_y(pilot, two) + two.height())
    if align == "top":
        assert above < 30 < below
    elif align == "bottom":
        assert below < 30 < above
    else:
        assert abs(above - below) <= 4
