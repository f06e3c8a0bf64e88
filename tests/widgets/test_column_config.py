"""st.column_config: the dicts it makes and what st.dataframe / st.data_editor do with them."""

from __future__ import annotations

import pytest

import rerunqt as st
from rerunqt.testing import AppTest


def run(source: str) -> AppTest:
    at = AppTest.from_string(source).run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return at


def test_configs_are_plain_dicts_shaped_as_streamlit_s() -> None:
    column = st.column_config.Column("A", width="small", help="h")
    assert column == {"label": "A", "width": "small", "help": "h"}
    number = st.column_config.NumberColumn("P", format="%.1f", min_value=0)
    assert number == {"label": "P", "type_config": {"type": "number", "format": "%.1f", "min_value": 0}}
    assert st.column_config.LineChartColumn(y_min=0)["type_config"] == {"type": "line_chart", "y_min": 0}
    names = ["Column", "TextColumn", "NumberColumn", "CheckboxColumn", "SelectboxColumn", "DateColumn",
             "TimeColumn", "DatetimeColumn", "LinkColumn", "ProgressColumn", "ListColumn", "ImageColumn",
             "LineChartColumn", "BarChartColumn", "AreaChartColumn", "JsonColumn"]
    for name in names:
        assert isinstance(getattr(st.column_config, name)(), dict), name
    with pytest.raises(ValueError, match="alignment='middle'"):
        st.column_config.Column(alignment="middle")


def test_dataframe_cells_follow_the_column_types() -> None:
    at = run("""
import rerunqt as st, datetime as dt
st.table({'p': [1234.5], 'd': [dt.date(2024, 3, 5)], 'u': ['https://x.example/a'], 'l': [[1, 2]],
          'j': [{'k': 1}]})
st.dataframe({'p': [1234.5], 'd': [dt.date(2024, 3, 5)], 'u': ['https://x.example/a'], 'l': [[1, 2]],
              'j': [{'k': 1}], 'q': [0.5]},
             column_config={'p': st.column_config.NumberColumn('Price', format='dollar', width='small'),
                            'd': st.column_config.DateColumn(format='MMM D, YYYY'),
                            'u': st.column_config.LinkColumn(display_text='open'),
                            'l': st.column_config.ListColumn(), 'j': st.column_config.JsonColumn(),
                            'q': st.column_config.NumberColumn(format='%.1f%%')})
""")
    from rerunqt.core.column_text import spec_text

    frame = at.dataframe[0]
    specs = frame._element.prop("columns")
    data = frame._element.prop("data")
    texts = [spec_text(spec, data.columns[spec.position][0]) for spec in specs]
    assert texts == ["$1,234.50", "Mar 5, 2024", "open", "1, 2", '{"k":1}', "0.5%"]
    assert frame.columns[0] == "Price" and specs[0].width == 75


def test_data_editor_takes_column_config_labels_hidden_and_disabled() -> None:
    at = run("""
import rerunqt as st
st.data_editor({'a': [1], 'b': [2], 'c': [3]}, column_config={
    'a': st.column_config.NumberColumn('Alpha', format='%d', disabled=True),
    'b': st.column_config.Column(help='bee'), 'c': None})
""")
    editor = at.data_editor[0]
    assert editor.labels == ("Alpha", "b") and editor.disabled_columns == ("a",)
    assert editor.help == (None, "bee")


def test_data_editor_cells_read_in_their_column_format(qapp) -> None:
    from rerunqt.qt.adapters.table_model import EditorModel

    at = run("""
import rerunqt as st, datetime as dt
st.data_editor({'p': [1234.5, None], 'd': [dt.date(2024, 3, 5), None]}, column_config={
    'p': st.column_config.NumberColumn(format='dollar'),
    'd': st.column_config.DateColumn(format='D MMM YYYY')})
""")
    model = EditorModel()
    model.set_props(at.data_editor[0]._element.props_dict())
    assert [model.index(r, 0).data() for r in range(2)] == ["$1,234.50", "None"]  # faded
    assert model.index(0, 1).data() == "5 Mar 2024"
    assert at.data_editor[0].formats == ("dollar", "D MMM YYYY")


def test_streamlit_1_67_column_types_show_their_cells() -> None:
    """Audio, Video, Markdown, Multiselect and Button columns (Streamlit 1.67's docstring
    examples used them; rerunqt lacked the names)."""
    at = run("""
import rerunqt as st
st.dataframe({'a': ['x.mp3'], 'v': ['y.mp4'], 'm': ['**b**'], 't': [['red', 'blue']],
              'b': [[':material/edit: Edit', 'Delete']]},
             column_config={'a': st.column_config.AudioColumn('Sound'),
                            'v': st.column_config.VideoColumn(alignment='center'),
                            'm': st.column_config.MarkdownColumn(help='md'),
                            't': st.column_config.MultiselectColumn(options=['red', 'blue']),
                            'b': st.column_config.ButtonColumn('Act', key='act')})
""")
    from rerunqt.core.column_text import spec_text

    frame = at.dataframe[0]
    specs = frame._element.prop("columns")
    data = frame._element.prop("data")
    assert [s.type for s in specs] == ["audio", "video", "markdown", "multiselect", "button"]
    texts = [spec_text(spec, data.columns[spec.position][0]) for spec in specs]
    assert texts == [None, None, None, "red, blue", "\u270e Edit  Delete"]  # None: the plain text
    assert frame.columns[0] == "Sound" and specs[1].alignment == "center"
    with pytest.raises(ValueError, match="type='big'"):
        st.column_config.ButtonColumn(type="big")


def test_text_cells_are_read_as_their_column_type() -> None:
    """Streamlit's grid parses text cells for the column type (its Number/Progress/List/
    chart columns over strings, as its st_data_editor_config e2e app shows them)."""
    at = run("""
import rerunqt as st
st.dataframe({'n': ['1', 'invalid'], 'l': ['a,b', '[1, 2]'], 'c': ['1,2,3', 'x']},
             column_config={'n': st.column_config.NumberColumn(format='%.2f%%'),
                            'l': st.column_config.ListColumn(),
                            'c': st.column_config.BarChartColumn()})
""")
    from rerunqt.core.column_text import chart_values, coerced, spec_text

    frame = at.dataframe[0]
    specs = frame._element.prop("columns")
    data = frame._element.prop("data")
    cells = [[spec_text(spec, data.columns[spec.position][row]) for spec in specs[:2]] for row in (0, 1)]
    assert cells == [["1.00%", "a, b"], [None, "1, 2"]]  # None: "invalid" stays as written
    assert chart_values(coerced("bar_chart", "1,2,3")) == (1.0, 2.0, 3.0)
    assert coerced("progress", "550") == 550.0 and coerced("text", "550") == "550"


def test_date_columns_read_text_cells_and_show_the_precision_of_their_step() -> None:
    """Streamlit's grid parses text in a Date/Time/DatetimeColumn (toSafeDate) and, without
    a format, shows milliseconds for a step under a second, minutes for one of 60 s or more
    (its st_dataframe_config e2e app: "01:02:00.123", "2021-01-01")."""
    at = run("""
import datetime
import rerunqt as st
st.dataframe({'d': ['2021-01-01T01:00:00', 'invalid'], 't': ['2021-01-01T01:02:00', 'x'],
              'ms': [datetime.time(1, 2, 0, 123000), datetime.time(3, 4)],
              'dt': ['2021-01-01T01:00:00.123', 'y']},
             column_config={'d': st.column_config.DateColumn(),
                            't': st.column_config.TimeColumn(format='HH:mm'),
                            'ms': st.column_config.TimeColumn(step=datetime.timedelta(milliseconds=1)),
                            'dt': st.column_config.DatetimeColumn(step=60)})
""")
    frame = at.dataframe[0]
    assert [frame.cell_text(0, c) for c in ("d", "t", "ms", "dt")] == [
        "2021-01-01", "01:02", "01:02:00.123", "2021-01-01 01:00"]
    assert [frame.cell_text(1, c) for c in ("d", "t", "dt")] == ["invalid", "x", "y"]  # as written


def test_slash_dates_in_a_date_column_are_read_as_a_browser_reads_them() -> None:
    """Release demo 1.23 ("Final four"): DateColumn() over "2023/03/26". Streamlit's grid
    reads text with momentjs, which falls back to the browser's Date for non-ISO text, so
    year-first and month/day/year slash dates (with a time of day) are dates there too."""
    at = run("""
import rerunqt as st
st.dataframe({'d': ['2023/03/26', '03/27/2023', '2023/13/40'],
              'dt': ['2023/03/26 14:30', '4/1/2023 9:05:07', '2023/03/26 noon']},
             column_config={'d': st.column_config.DateColumn(),
                            'dt': st.column_config.DatetimeColumn(format="D MMM YYYY, h:mm a")})
""")
    frame = at.dataframe[0]
    assert [frame.cell_text(r, "d") for r in range(3)] == ["2023-03-26", "2023-03-27", "2023/13/40"]
    assert [frame.cell_text(r, "dt") for r in range(3)] == [
        "26 Mar 2023, 2:30 pm", "1 Apr 2023, 9:05 am", "2023/03/26 noon"]


def test_durations_in_number_columns_read_as_streamlits_grid_writes_them() -> None:
    """Streamlit 1.67: format="duration" humanizes seconds; a timedelta column is humanized,
    a clock with "compact", a short duration with "localized", and other formats apply to
    its seconds. They showed the word "duration" and ignored the timedelta's format."""
    at = run("""
import pandas as pd
import rerunqt as st
secs = [5, 90, 3600, 86400 * 3, -7200]
df = pd.DataFrame({'n': secs, 'td': pd.to_timedelta(secs, unit='s')})
st.dataframe(df, column_config={'n': st.column_config.NumberColumn(format='duration'),
                                'td': st.column_config.NumberColumn(format='compact')})
st.dataframe(df, column_config={'td': st.column_config.NumberColumn(format='localized')})
st.dataframe(df, column_config={'td': st.column_config.NumberColumn(format='%d s')})
st.dataframe(pd.DataFrame({'td': pd.to_timedelta([1.5, 0], unit='s')}),
             column_config={'td': st.column_config.NumberColumn(format='localized')})
""")
    first, short, printf, fraction = at.dataframe
    assert [first.cell_text(r, "n") for r in range(5)] == [
        "a few seconds", "2 minutes", "an hour", "3 days", "-2 hours"]
    assert [first.cell_text(r, "td") for r in range(5)] == [
        "00:00:05", "00:01:30", "01:00:00", "72:00:00", "-02:00:00"]
    assert [short.cell_text(r, "td") for r in range(5)] == [
        "5 sec", "1 min, 30 sec", "1 hr", "3 days", "-2 hr"]
    assert [printf.cell_text(r, "td") for r in range(2)] == ["5 s", "90 s"]
    assert [fraction.cell_text(r, "td") for r in range(2)] == ["1 sec, 500 ms", "0 sec"]
