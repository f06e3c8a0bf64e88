"""st.table cells read as Streamlit 1.67's static table writes them (not as st.dataframe's
grid): floats with four decimals and thousands separators, booleans as true / false text,
lists and dicts as JSON, missing values empty; a table without rows reads "empty"."""

from __future__ import annotations

from datetime import datetime, time, timezone

import pytest
from PySide6.QtCore import Qt

from rerunqt.core.table_text import table_text

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st, pandas as pd
st.table(pd.DataFrame({"f": [1234.5, -0.1, None], "b": [True, False, None],
                       "l": [["a", "b"], ["c"], None], "n": [1, 2, 3]}))
st.table({"flag": [True, False]})
st.table(pd.DataFrame({"lat": [], "lon": []}))
st.dataframe({"f": [1234.5, -0.1]}, key="df")
"""


def _cells(view, column: int) -> list:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_table_cells_read_as_streamlits_table(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    tables = [e.widget for e in pilot.window.renderer.find(kind="table")]
    first = tables[0]
    assert _cells(first, 0) == ["1,234.5000", "-0.1000", ""]
    assert _cells(first, 1) == ["true", "false", ""]
    assert _cells(first, 2) == ['["a","b"]', '["c"]', ""]
    assert _cells(first, 3) == ["1", "2", "3"]
    flags = tables[1].model()
    assert _cells(tables[1], 0) == ["true", "false"]  # text, not check boxes
    assert flags.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) is None
    frame = pilot.table(key="df")  # st.dataframe keeps its grid's formats
    assert _cells(frame, 0) == ["1234.5", "-0.1"]


def test_a_table_without_rows_keeps_a_row_for_its_empty_note(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    empty = pilot.window.renderer.find(kind="table")[2].widget
    header = empty.horizontalHeader().height()
    row = empty.verticalHeader().defaultSectionSize()
    assert empty.height() >= header + row + 2 * empty.frameWidth()  # a row under the header
    image = empty.viewport().grab().toImage()
    inked = [x for x in range(image.width()) for y in range(row)
             if image.pixelColor(x, y).lightness() < 200]
    assert inked and abs((min(inked) + max(inked)) / 2 - image.width() / 2) < 20  # centred text


def test_table_text_of_dates_times_and_dicts() -> None:
    aware = datetime(2020, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc)
    assert table_text(aware, "object") == "2020-01-02 03:04:05+00:00"
    assert table_text(time(6, 6, 22, 123000), "object") == "06:06:22.123"
    assert table_text(time(6, 6, 22), "object") == "06:06:22"
    assert table_text({"a": 1, "b": None}, "object") == '{"a":1}'
    assert table_text({3, 1, 2}, "object") == "[1,2,3]"
    assert table_text(float("nan"), "float") == ""


def test_integers_with_gaps_read_as_integers_in_a_table(rerunqt_pilot, write_script) -> None:
    """A pandas Int64 column with NA is integers to Arrow: "1", not "1.0000"."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd
st.table(pd.DataFrame({"i": pd.array([1, None, 30000], dtype="Int64"), "f": [1.0, None, 2.5]}))
"""))
    table = pilot.window.renderer.find(kind="table")[0].widget
    assert _cells(table, 0) == ["1", "", "30000"]
    assert _cells(table, 1) == ["1.0000", "", "2.5000"]


def test_the_index_of_a_table_reads_from_the_left(rerunqt_pilot, write_script) -> None:
    """Streamlit's table index cells (th) align as text, and so does st.dataframe's index
    column of text (its grid's text cells); a number index stays at the right there."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({"v": [1, 2]}, index=["a", "**long** label"])
st.table(df)
st.dataframe(df, key="df")
"""))
    table = pilot.window.renderer.find(kind="table")[0].widget
    left = Qt.AlignmentFlag.AlignLeft
    assert table.verticalHeader().defaultAlignment() & left
    assert pilot.table(key="df").verticalHeader().defaultAlignment() & left
    header = table.verticalHeader()
    image = header.grab().toImage()
    row = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    inked = [x for x in range(image.width()) if image.pixelColor(x, row).lightness() < 200]
    assert inked and min(inked) < image.width() // 3  # "a" drawn at the left, not the right


def test_without_a_full_grid_numbers_headers_sit_at_the_right(rerunqt_pilot, write_script) -> None:
    """Streamlit's table right-aligns a number column's header when border is False or
    "horizontal" (with the full grid, headers read from the left)."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
data = {"A": [1, 2], "B": ["x", "y"], "**C**": [1.5, 2.5]}
st.table(data)
st.table(data, border=False)
st.table(data, border="horizontal")
"""))
    full, bare, lines = (e.widget.model() for e in pilot.window.renderer.find(kind="table"))
    role, right = Qt.ItemDataRole.TextAlignmentRole, Qt.AlignmentFlag.AlignRight
    assert [full.headerData(c, Qt.Orientation.Horizontal, role) for c in range(3)] == [None] * 3
    for model in (bare, lines):
        aligned = [model.headerData(c, Qt.Orientation.Horizontal, role) for c in range(3)]
        assert bool(aligned[0] & right) and aligned[1] is None and bool(aligned[2] & right)


def test_dataframe_text_with_line_breaks_reads_on_one_line(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid draws a text or object cell with its line breaks as spaces, so all
    of it shows in the row; the cell drew its first lines squeezed into the row."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "st.dataframe(pd.DataFrame({'s': ['a\\nb', 'c\\r\\nd', None],\n"
        "                           'o': [['x'], 'l1\\rl2', 1]}), key='df')\n"))
    view = pilot.table(key="df")
    assert _cells(view, 0) == ["a b", "c d", "None"]
    assert _cells(view, 1)[1] == "l1 l2"


def test_a_decimal_column_reads_right_aligned_as_numbers(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nfrom decimal import Decimal\n"
        "st.dataframe({'d': [Decimal('2.50'), None], 's': ['x', 'y']}, key='df')\n"))
    view = pilot.table(key="df")
    model = view.model()
    assert _cells(view, 0) == ["2.5", "None"]
    align = Qt.AlignmentFlag(model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole))
    assert align & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_a_styled_bool_column_keeps_its_check_boxes(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid draws a bool column of a Styler as check boxes (with the Styler's
    colours); it read "True" / "False" as text."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "df = pd.DataFrame({'b': [True, False], 'n': [1, 2]})\n"
        "st.dataframe(df.style.highlight_max(color='yellow', subset=['n']), key='df')\n"))
    model = pilot.table(key="df").model()
    checks = [model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(2)]
    assert checks == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    assert model.index(0, 0).data() is None and _cells(pilot.table(key="df"), 1) == ["1", "2"]


def test_an_object_column_of_numbers_reads_right_aligned(rerunqt_pilot, write_script) -> None:
    """Arrow types an object column of ints and floats (with gaps) as numbers, which
    Streamlit's grid and table align right; a column mixing in text stays left."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "df = pd.DataFrame({'o': pd.Series([1, None, 2.5], dtype=object), 'b': [True, None, False]})\n"
        "st.dataframe(df, key='df')\nst.table(df)\n"))
    right = Qt.AlignmentFlag.AlignRight
    for view in (pilot.table(key="df"), pilot.window.renderer.find(kind="table")[0].widget):
        model = view.model()
        assert Qt.AlignmentFlag(model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole)) & right
        assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert _cells(pilot.table(key="df"), 0) == ["1", "None", "2.5"]


def test_a_styler_opacity_fades_st_table_cells_only(rerunqt_pilot, write_script) -> None:
    """A browser fades an st.table cell with CSS opacity (text and background); Streamlit's
    grid takes only color and background-color, so st.dataframe keeps them as they are."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "s = pd.DataFrame({'a': [0.1, 5.0]}).style.map(\n"
        "    lambda v: 'opacity: 20%; background-color: #ff0000' if v < 1 else 'color: #0000ff')\n"
        "st.table(s)\nst.dataframe(s, key='df')\n"))
    table = pilot.window.renderer.find(kind="table")[0].widget.model()
    fore = table.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    back = table.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert abs(fore.alphaF() - 0.2) < 0.01 and abs(back.alphaF() - 0.2) < 0.01 and back.red() == 255
    assert table.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).alphaF() == 1.0
    grid = pilot.table(key="df").model()
    assert grid.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).alphaF() == 1.0


def test_whole_numbers_beyond_2_53_read_faded_in_st_dataframe(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid shows a whole number JavaScript cannot hold exactly (an int64 ID,
    1e20) as a faded error cell; st.table writes it plainly."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "data = {'id': [2 ** 60, 5], 'f': [1e20, 2.5]}\n"
        "st.dataframe(data, key='df')\nst.table(data)\n"))
    model = pilot.table(key="df").model()
    fore = [[model.index(r, c).data(Qt.ItemDataRole.ForegroundRole) for c in range(2)] for r in range(2)]
    assert fore[0][0] is not None and fore[0][1] is not None and fore[1] == [None, None]
    assert _cells(pilot.table(key="df"), 0) == [str(2 ** 60), "5"]
    table = pilot.window.renderer.find(kind="table")[0].widget.model()
    assert table.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_table_cells_lay_out_line_breaks_as_markdown(rerunqt_pilot, write_script) -> None:
    """Streamlit's table writes each cell as Markdown: a single line break is a space, a
    blank line a new line, two trailing spaces a hard break; it drew every break."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.table({'s': ['one\\ntwo', 'a\\n\\nb', 'x  \\ny', 'plain']})\n"))
    view = pilot.window.renderer.find(kind="table")[0].widget
    assert _cells(view, 0) == ["one two", "a\nb", "x\ny", "plain"]


def test_styler_fonts_in_st_table_and_only_weight_in_st_dataframe(rerunqt_pilot, write_script) -> None:
    """A browser applies a Styler's font-weight, font-style and text-decoration to st.table
    cells; Streamlit's grid (st.dataframe) takes font-weight only. They were ignored."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "css = ['font-weight: bold', 'font-style: italic; text-decoration: underline',\n"
        "       'text-decoration: line-through; font-weight: 300', '']\n"
        "s = pd.DataFrame({'a': [0, 1, 2, 3]}).style.map(lambda v: css[v])\n"
        "st.table(s)\nst.dataframe(s, key='df')\n"))
    font = Qt.ItemDataRole.FontRole
    table = pilot.window.renderer.find(kind="table")[0].widget.model()
    fonts = [table.index(r, 0).data(font) for r in range(4)]
    assert fonts[0].bold() and not fonts[0].italic()
    assert fonts[1].italic() and fonts[1].underline() and not fonts[1].bold()
    assert fonts[2].strikeOut() and fonts[2].weight() == 300 and not fonts[2].underline()
    assert fonts[3] is None
    grid = pilot.table(key="df").model()
    assert grid.index(0, 0).data(font).bold()
    assert grid.index(1, 0).data(font) is None  # (no italics or lines in the grid)
    assert grid.index(2, 0).data(font).weight() == 300 and not grid.index(2, 0).data(font).strikeOut()


def test_text_on_a_plain_yellow_styler_cell_is_dark_in_st_dataframe(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid writes a cell whose Styler gives "background-color: yellow" and no
    colour (highlight_max's default) in dark grey, so it reads in the dark theme too;
    st.table (the browser) and other backgrounds keep the theme's text colour."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "s = pd.DataFrame({'a': [1, 2], 'b': [2, 1]}).style.highlight_max(subset=['a'])\n"
        "s = s.highlight_max(subset=['b'], color='orange')\n"
        "st.dataframe(s, key='df')\nst.table(s)\n"))
    fore = Qt.ItemDataRole.ForegroundRole
    grid = pilot.table(key="df").model()
    assert grid.index(1, 0).data(fore).name() == "#31333f"
    assert grid.index(0, 0).data(fore) is None and grid.index(0, 1).data(fore) is None
    table = pilot.window.renderer.find(kind="table")[0].widget.model()
    assert table.index(1, 0).data(fore) is None


def test_a_styler_text_shows_in_a_datetime_column_without_a_format(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid writes a Styler's text in a DatetimeColumn without a format."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "df = pd.DataFrame({'d': pd.to_datetime(['2024-01-05'])})\n"
        "s = df.style.format({'d': lambda x: x.strftime('%b %d')})\n"
        "st.dataframe(s, key='df', column_config={'d': st.column_config.DatetimeColumn('D')})\n"))
    assert _cells(pilot.table(key="df"), 0) == ["Jan 05"]


def test_a_humanized_duration_column_reads_left_a_clock_right(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid aligns format="duration" (and a timedelta column without a format)
    left, as text, and a "compact" clock right, as a number."""
    pilot = rerunqt_pilot(write_script("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({'n': [5, 90], 'td': pd.to_timedelta([5, 90], unit='s'), 'x': [1, 2]})
st.dataframe(df, column_config={'n': st.column_config.NumberColumn(format='duration'),
                                'td': st.column_config.NumberColumn(format='compact')}, key='df')
"""))
    model = pilot.table(key="df").model()
    aligns = [model.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) for c in range(3)]
    assert aligns[0] is None
    assert Qt.AlignmentFlag(aligns[1]) & Qt.AlignmentFlag.AlignRight
    assert Qt.AlignmentFlag(aligns[2]) & Qt.AlignmentFlag.AlignRight
