"""st.data_editor / st.dataframe column types through AppTest: dates, links, read-only kinds."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from rerunqt.core.cell_dates import date_text
from rerunqt.core.column_text import link_text
from rerunqt.testing import AppTest


def run(source: str) -> AppTest:
    at = AppTest.from_string(source).run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    return at


def error_of(source: str) -> str:
    at = AppTest.from_string(source).run()
    assert at.exception, "expected an error"
    return at.exception[0].value


# ----------------------------------------------------------------------------- dates in the editor
# the column configs follow the examples of Streamlit's DatetimeColumn / TimeColumn docstrings
PANDAS_DATES = """
import datetime as dt
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"when": pd.to_datetime(["2024-02-05 12:30", "2023-11-10 18:00"]),
                   "day": [dt.date(2024, 1, 1), dt.date(2024, 6, 1)],
                   "at": [dt.time(12, 30), dt.time(18, 0)]})
before = str(df["when"].dtype)
st.session_state["out"] = st.data_editor(df, key="ed", num_rows="dynamic", column_config={
    "when": st.column_config.DatetimeColumn("When", min_value=dt.datetime(2023, 6, 1),
                                            max_value=dt.datetime(2025, 1, 1),
                                            format="D MMM YYYY, h:mm a", step=60),
    "at": st.column_config.TimeColumn(min_value=dt.time(8), max_value=dt.time(19), format="hh:mm a")})
st.session_state["dtype"] = before
"""


def test_date_columns_are_editable_and_round_trip_with_their_dtypes() -> None:
    pd = pytest.importorskip("pandas")
    at = run(PANDAS_DATES)
    editor = at.data_editor[0]
    assert editor.types == ("datetime", "date", "time") and editor.disabled_columns == ()
    editor.edit_cell(0, "when", datetime(2024, 3, 1, 9, 15)).edit_cell(1, "day", "2024-07-04")
    editor.edit_cell(0, "at", time(9, 45)).run()
    at.data_editor[0].add_row({"when": "2024-05-05T10:00:00", "day": date(2024, 1, 2)}).run()
    # the delta holds ISO strings, as Streamlit's session state does
    assert at.data_editor[0].edits == {
        "edited_rows": {0: {"when": "2024-03-01T09:15:00", "at": "09:45:00"}, 1: {"day": "2024-07-04"}},
        "added_rows": [{"when": "2024-05-05T10:00:00", "day": "2024-01-02"}], "deleted_rows": []}
    out = at.session_state["out"]
    assert str(out["when"].dtype) == at.session_state["dtype"]  # still datetime64
    assert out["when"].tolist() == [pd.Timestamp("2024-03-01 09:15"), pd.Timestamp("2023-11-10 18:00"),
                                    pd.Timestamp("2024-05-05 10:00")]
    assert out["day"].tolist() == [date(2024, 1, 1), date(2024, 7, 4), date(2024, 1, 2)]
    assert out["at"].tolist()[:2] == [time(9, 45), time(18, 0)] and out["at"].isna().tolist()[2]


def test_editing_a_date_back_to_its_original_drops_the_edit() -> None:
    pytest.importorskip("pandas")
    at = run(PANDAS_DATES)
    at.data_editor[0].edit_cell(1, "day", date(2024, 2, 2)).run()
    at.data_editor[0].edit_cell(1, "day", date(2024, 6, 1)).run()
    assert at.data_editor[0].edits["edited_rows"] == {}


@pytest.mark.parametrize(("column", "value", "message"), [
    ("when", datetime(2026, 1, 1), "outside the column's max_value"),
    ("at", time(6, 0), "outside the column's min_value"),
    ("day", "not a date", "not an ISO 8601 date"),
    ("when", 12, "is not a datetime"),
])
def test_values_outside_a_date_column_are_refused(column: str, value: object, message: str) -> None:
    pytest.importorskip("pandas")
    at = run(PANDAS_DATES)
    with pytest.raises(ValueError, match=message):
        at.data_editor[0].edit_cell(0, column, value)


def test_plain_python_dates_edit_as_dates_and_timezones_are_kept() -> None:
    at = run("""
import datetime as dt
import rerunqt as st
rows = [{"day": dt.date(2024, 1, 1), "stamp": dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone.utc)}]
out = st.data_editor(rows, key="ed", column_config={
    "stamp": st.column_config.DatetimeColumn(timezone="Europe/Berlin", format="HH:mm")})
st.text(repr(out))
""")
    editor = at.data_editor[0]
    assert editor.types == ("date", "datetime")
    editor.edit_cell(0, "stamp", "2024-01-01T15:00:00+01:00").run()
    out = eval(at.text[0].value, {"datetime": __import__("datetime")})
    assert out[0]["stamp"] == datetime(2024, 1, 1, 14, tzinfo=timezone.utc)
    assert out[0]["day"] == date(2024, 1, 1)


@pytest.mark.parametrize(("config", "message"), [
    ("DatetimeColumn(timezone='Mars/Base')", "timezone='Mars/Base'"),
    ("DatetimeColumn(step=-5)", "step=-5"),
    ("DateColumn(min_value='soon')", "min_value='soon'"),
    ("TextColumn(max_chars=0)", "max_chars=0"),
    ("TextColumn(validate='(')", "validate='('"),
])
def test_bad_type_options_name_the_column_and_the_option(config: str, message: str) -> None:
    text = error_of(f"""
import rerunqt as st
st.data_editor({{"a": ["x"]}}, column_config={{"a": st.column_config.{config}}})
""")
    assert "'a'" in text and message in text


# ----------------------------------------------------------------------------- text rules, read-only
def test_text_and_link_columns_check_max_chars_and_validate() -> None:
    at = run("""
import rerunqt as st
st.data_editor({"site": ["https://a.example"], "code": ["ab"]}, key="ed", column_config={
    "site": st.column_config.LinkColumn(validate=r"^https://", max_chars=30),
    "code": st.column_config.TextColumn(max_chars=3)})
""")
    editor = at.data_editor[0]
    with pytest.raises(ValueError, match="does not match validate"):
        editor.edit_cell(0, "site", "ftp://x")
    with pytest.raises(ValueError, match="longer than max_chars=3"):
        editor.edit_cell(0, "code", "abcd")
    editor.edit_cell(0, "site", "https://b.example").run()
    assert at.data_editor[0].edits["edited_rows"] == {0: {"site": "https://b.example"}}


def test_progress_chart_image_and_json_columns_are_read_only() -> None:
    at = run("""
import rerunqt as st
st.data_editor({"p": [0.5], "t": [[1, 2, 3]], "j": [{"k": 1}], "i": ["https://x/y.png"], "n": [1]},
               key="ed", column_config={
    "p": st.column_config.ProgressColumn(), "t": st.column_config.BarChartColumn(),
    "j": st.column_config.JsonColumn(), "i": st.column_config.ImageColumn()})
""")
    editor = at.data_editor[0]
    assert editor.disabled_columns == ("p", "t", "j", "i")
    assert editor.rows[0][1] == (1, 2, 3)  # list cells stay lists of numbers: charts draw them
    with pytest.raises(ValueError, match="not an editable column"):
        editor.edit_cell(0, "p", 0.7)


def test_list_columns_of_text_are_editable_as_streamlit_s() -> None:
    """Streamlit 1.67's ListColumn: "users can freely type in new options and remove existing ones"."""
    pd = pytest.importorskip("pandas")
    at = run("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"tags": [["a", "b"], ["c"]]})
st.session_state["out"] = st.data_editor(df, key="ed", column_config={
    "tags": st.column_config.ListColumn("Tags")})
""")
    editor = at.data_editor[0]
    assert editor.types == ("list",) and editor.disabled_columns == ()
    editor.edit_cell(0, "tags", ["a", "b", "z"]).edit_cell(1, "tags", "x, y").run()
    out = at.session_state["out"]
    assert isinstance(out, pd.DataFrame)
    assert out["tags"].tolist() == [["a", "b", "z"], ["x", "y"]]


# ----------------------------------------------------------------------------- formats
NOW = datetime(2025, 3, 4, 21, 0)


@pytest.mark.parametrize(("value", "kind", "fmt", "text"), [
    # the examples of Streamlit's DatetimeColumn / DateColumn / TimeColumn docstrings
    (datetime(2025, 3, 4, 20, 0), "datetime", None, "2025-03-04 20:00:00"),
    (datetime(2025, 3, 4, 12, 0), "datetime", "localized", "Mar 4, 2025, 12:00:00 PM"),
    (datetime(2025, 3, 4, 20, 0), "datetime", "iso8601", "2025-03-04T20:00:00.000Z"),
    (datetime(2025, 3, 4, 20, 59, 50), "datetime", "distance", "a few seconds ago"),
    (datetime(2025, 3, 1, 20, 0), "datetime", "distance", "3 days ago"),
    (datetime(2025, 6, 4, 20, 0), "datetime", "distance", "in 3 months"),
    (datetime(2025, 4, 18, 21, 0), "datetime", "distance", "in a month"),  # 45 days, as momentjs
    (datetime(2025, 1, 18, 21, 0), "datetime", "distance", "a month ago"),
    (datetime(2025, 3, 4, 20, 0), "datetime", "calendar", "Today at 8:00 PM"),
    (datetime(2025, 3, 3, 9, 5), "datetime", "calendar", "Yesterday at 9:05 AM"),
    (datetime(2025, 3, 1, 9, 5), "datetime", "calendar", "Last Saturday at 9:05 AM"),
    (datetime(2025, 1, 1, 9, 5), "datetime", "calendar", "01/01/2025"),
    (datetime(2024, 3, 12, 20, 0), "datetime", "ddd ha", "Tue 8pm"),
    (date(2025, 3, 4), "date", None, "2025-03-04"),
    (date(2025, 3, 4), "date", "localized", "Mar 4, 2025"),
    (date(2025, 3, 4), "date", "iso8601", "2025-03-04"),
    (time(20, 0), "time", None, "20:00:00"),
    (time(12, 0), "time", "localized", "12:00:00 PM"),
    (time(20, 0), "time", "iso8601", "20:00:00.000Z"),
    (time(20, 0), "time", "ha", "8pm"),
])
def test_date_formats_and_presets(value: object, kind: str, fmt: str | None, text: str) -> None:
    assert date_text(value, kind, fmt, now=NOW) == text


def test_a_timezone_shows_the_time_in_that_zone() -> None:
    stamp = datetime(2025, 3, 4, 20, 0, tzinfo=timezone.utc)
    assert date_text(stamp, "datetime", "YYYY-MM-DD HH:mm Z", "Asia/Tokyo") == "2025-03-05 05:00 +09:00"
    assert date_text(stamp, "datetime", "iso8601", "Asia/Tokyo") == "2025-03-04T20:00:00.000Z"


def test_dataframe_datetime64_columns_follow_their_format() -> None:
    pytest.importorskip("pandas")
    at = run("""
import pandas as pd
import rerunqt as st
st.dataframe(pd.DataFrame({"t": pd.to_datetime(["2024-02-05 12:30"])}), column_config={
    "t": st.column_config.DatetimeColumn(format="D MMM YYYY, h:mm a")})
""")
    from rerunqt.core.column_text import spec_text

    frame = at.dataframe[0]
    spec = frame._element.prop("columns")[0]
    assert spec_text(spec, frame._element.prop("data").columns[0][0]) == "5 Feb 2024, 12:30 pm"


@pytest.mark.parametrize(("display", "url", "text"), [
    ("Open link", "https://foo.example.com", "Open link"),
    # the docstring's example of a capture group
    (r"https://(.*?)\.example\.com", "https://foo.example.com", "foo"),
    (r"https://(.*?)\.example\.com", "https://other.org", "https://other.org"),  # no match: the URL
    (r"org/(.*)$", "https://x.org/caf%C3%A9", "café"),  # as Streamlit: the match is URL-decoded
])
def test_link_display_text(display: str, url: str, text: str) -> None:
    assert link_text(display, url) == text


def test_an_edited_list_cell_is_a_list_in_session_state_as_in_streamlit() -> None:
    """Streamlit's edited_rows come from JSON: a MultiselectColumn / ListColumn edit is a
    list there, so ``== ["a", "c"]`` holds (a tuple never equals a list)."""
    at = AppTest.from_string("""
import rerunqt as st
st.data_editor({"tags": [["a"], ["b"]]}, key="ed",
               column_config={"tags": st.column_config.MultiselectColumn(options=["a", "b", "c"])})
""").run()
    at.data_editor[0].edit_cell(1, "tags", ["a", "c"]).run()
    assert at.session_state["ed"]["edited_rows"] == {1: {"tags": ["a", "c"]}}
