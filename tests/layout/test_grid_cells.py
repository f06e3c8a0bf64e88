"""grid.cell(): several elements in one cell, cells spanning columns and rows."""

from __future__ import annotations

import pytest

from rerunqt.core.grid_place import Placement, place
from rerunqt.testing import AppTest

CELLS = """
import rerunqt as st
g = st.grid(3, border=True, key="cards")
with g.cell(column_span=2):
    st.metric("Revenue", 12)
    st.caption("30 days")
g.cell().write("one")
g.cell(row_span=2).text("tall")
with g:
    st.text("direct")
g.cell(column_span="all").text("footer")
"""


def test_a_cell_groups_elements_and_keeps_its_spans() -> None:
    at = AppTest.from_string(CELLS).run()
    assert not at.exception
    cells = at.grid[0].grid_cell
    assert [(c.column_span, c.row_span) for c in cells] == [(2, 1), (1, 1), (1, 2), ("all", 1)]
    assert cells[0].metric[0].label == "Revenue" and cells[0].caption[0].value == "30 days"
    assert cells[1].markdown[0].value == "one"
    assert [type(child).__name__ for child in at.grid[0].children.values()][:3] == ["BlockView"] * 3
    assert at.grid[0].children[3].value == "direct"  # a direct child is its own cell


def test_a_cell_is_a_flex_container_to_streamlits_apptest() -> None:
    """Streamlit's AppTest reads a grid cell as a "flex_container" block (with a grid_cell
    part), so ``.type`` and ``at.get("flex_container")`` see it as that."""
    at = AppTest.from_string(CELLS).run()
    kinds = [child.type for child in at.grid[0].children.values()]
    assert kinds == ["flex_container"] * 3 + ["text", "flex_container"]
    assert len(at.get("flex_container")) == 4


@pytest.mark.parametrize(("call", "words"), [
    ("st.grid(3).cell(column_span=4)", "column_span=4"),
    ("st.grid(3).cell(column_span=0)", "column_span=0"),
    ("st.grid().cell(column_span='wide')", "'wide'"),
    ("st.grid(3).cell(row_span=0)", "row_span=0"),
    ("st.grid(3).cell(row_span='all')", "row_span='all'"),
    ("st.grid('auto', wrap=False)", "wrap=False"),
    ("st.grid(gap=('small',))", "(row_gap, column_gap)"),
    ("st.grid(gap=('small', 'huge'))", "column_gap"),
])
def test_bad_cells_name_the_argument(call: str, words: str) -> None:
    at = AppTest.from_string("import rerunqt as st\n" + call).run()
    assert at.exception and words in at.exception[0].message, at.exception


def test_a_gap_pair_is_row_then_column() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.grid(2, gap=('large', 4)).text('x')").run()
    assert at.grid[0].gap == ("large", 4)


def test_an_auto_grid_takes_any_span() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.grid().cell(column_span=9).text('x')").run()
    assert not at.exception and at.grid_cell[0].column_span == 9


def test_cells_are_placed_like_css_grid() -> None:
    one = (1, 1)
    assert place([one] * 4, 3) == [Placement(0, 0, 1, 1), Placement(0, 1, 1, 1),
                                   Placement(0, 2, 1, 1), Placement(1, 0, 1, 1)]
    # a span wider than the columns is clamped; "all" takes a row of its own
    assert place([(5, 1), ("all", 1)], 2) == [Placement(0, 0, 1, 2), Placement(1, 0, 1, 2)]
    # a wide cell that does not fit leaves a hole, which dense fills
    spans = [one, one, (2, 1), one]
    assert place(spans, 3)[3] == Placement(1, 2, 1, 1)
    assert place(spans, 3, dense=True)[3] == Placement(0, 2, 1, 1)
    # a tall cell keeps its column for the next row
    assert place([(1, 2), one, one, one], 2)[2:] == [Placement(1, 1, 1, 1), Placement(2, 0, 1, 1)]


def _frames(pilot):  # type: ignore[no-untyped-def]
    from rerunqt.qt.adapters.grid import GridBox

    box = pilot.window.findChildren(GridBox)[0]
    return box, [box.frame(c) for c in box.cells]


def test_spanning_cells_in_a_window(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(CELLS))
    pilot.window.resize(1200, 800)
    box, frames = _frames(pilot)
    qtbot.waitUntil(lambda: box.count == 3 and frames[0].width() > 0)
    assert [box.position(c) for c in box.cells] == [
        (0, 0, 1, 2), (0, 2, 1, 1), (1, 0, 2, 1), (1, 1, 1, 1), (3, 0, 1, 3)]
    wide, one, tall, direct, footer = frames
    qtbot.waitUntil(lambda: abs(wide.width() - (2 * one.width() + box.grid.horizontalSpacing())) <= 2)
    assert footer.width() >= 3 * one.width()
    assert tall.y() == direct.y() and footer.y() > tall.geometry().bottom()
    assert all(f.property("border") is True for f in frames)  # each cell has the border
    pilot.window.resize(420, 800)
    qtbot.waitUntil(lambda: box.count == 1)
    assert [box.position(c)[:2] for c in box.cells] == [(0, 0), (1, 0), (2, 0), (4, 0), (5, 0)]


def test_unused_columns_keep_their_width(rerunqt_pilot, write_script, qtbot) -> None:
    script = "import rerunqt as st\ng = st.grid(min_column_width=200)\ng.text('a'); g.text('b')"
    pilot = rerunqt_pilot(write_script(script))
    pilot.window.resize(1200, 600)
    box, frames = _frames(pilot)
    qtbot.waitUntil(lambda: box.count >= 3 and frames[0].width() > 0)
    track = (box.width() - (box.count - 1) * box.grid.horizontalSpacing()) / box.count
    qtbot.waitUntil(lambda: abs(frames[0].width() - track) <= 2)
    assert abs(frames[0].width() - frames[1].width()) <= 2


def test_row_heights(rerunqt_pilot, write_script, qtbot) -> None:
    script = """
import rerunqt as st
fixed = st.grid(2, row_height=90)
fixed.text('a'); fixed.text('b')
equal = st.grid(2, row_height="equal", border=True, vertical_alignment="bottom")
with equal.cell():
    for n in range(6):
        st.text(f"line {n}")
equal.text('short'); equal.text('third')
"""
    pilot = rerunqt_pilot(write_script(script))
    pilot.window.resize(900, 900)
    from rerunqt.qt.adapters.grid import GridBox

    qtbot.waitUntil(lambda: len(pilot.window.findChildren(GridBox)) == 2)
    fixed, equal = pilot.window.findChildren(GridBox)
    qtbot.waitUntil(lambda: all(fixed.frame(c).height() == 90 for c in fixed.cells))
    tall, short, third = (equal.frame(c) for c in equal.cells)
    qtbot.waitUntil(lambda: short.height() == tall.height() and third.height() == tall.height())
    label = equal.cells[1]  # "short" sits at the bottom of its cell
    qtbot.waitUntil(lambda: label.y() > short.height() / 2)


def test_a_bounded_grid_scrolls_or_shares_its_height(rerunqt_pilot, write_script, qtbot) -> None:
    script = """
import rerunqt as st
tall = st.grid(2, height=200, key="tall")
for n in range(30):
    tall.text(f"cell {n}")
shared = st.grid(2, height=300, row_height="equal", border=True, key="shared")
for n in range(4):
    shared.text(f"card {n}")
"""
    from rerunqt.qt.adapters.grid import GridView

    pilot = rerunqt_pilot(write_script(script))
    pilot.window.resize(900, 900)
    qtbot.waitUntil(lambda: len(pilot.window.findChildren(GridView)) == 2)
    tall, shared = pilot.window.findChildren(GridView)
    qtbot.waitUntil(lambda: tall.height() == 200 and shared.height() == 300)
    bar = tall.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # fifteen rows do not fit in 200 px: they scroll
    frames = [shared.box.frame(c) for c in shared.box.cells]
    gap = shared.box.grid.verticalSpacing()
    qtbot.waitUntil(lambda: abs(2 * frames[0].height() + gap - 300) <= 4)  # two rows share 300 px
    assert frames[0].height() == frames[2].height()


def test_content_taller_than_a_pixel_row_scrolls_in_its_cell(rerunqt_pilot, write_script,
                                                              qtbot) -> None:
    """Streamlit: with ``row_height=N`` "content that is taller scrolls inside the cell"."""
    script = """
import rerunqt as st
g = st.grid(2, row_height=80, border=True, vertical_alignment="center")
with g.cell():
    for n in range(8):
        st.text(f"line {n}")
g.text("short")
"""
    pilot = rerunqt_pilot(write_script(script))
    pilot.window.resize(900, 700)
    box, frames = _frames(pilot)
    tall, short = frames
    qtbot.waitUntil(lambda: tall.height() == 80 and short.height() == 80)
    assert tall.scroller is not None
    qtbot.waitUntil(lambda: tall.scroller.verticalScrollBar().maximum() > 0)
    label = box.cells[1]  # a short cell's content still sits in its middle
    qtbot.waitUntil(lambda: abs(label.mapTo(short, label.rect().center()).y() - 40) <= 4)
