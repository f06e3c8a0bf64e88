"""QtPilot.set_value / value on every widget kind, through real clicks and key presses."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from rerunqt.core.files import UploadedFile

pytestmark = pytest.mark.qt

SCRIPT = """
import datetime as dt
import rerunqt as st
st.checkbox("Check", key="check")
st.toggle("Toggle", key="toggle")
st.radio("Radio", ["a", "b", "c"], key="radio")
st.selectbox("Select", ["x", "y", "z"], key="select")
st.multiselect("Multi", ["red", "green", "blue", "pink"], default=["green"], key="multi")
st.slider("Slider", 0, 100, 10, key="slider")
st.slider("Float", 0.0, 1.0, 0.5, key="float")
st.slider("Range", 0, 100, (20, 60), key="range")
st.select_slider("Size", ["xs", "s", "m", "l", "xl"], value="m", key="size")
st.select_slider("Sizes", ["xs", "s", "m", "l", "xl"], value=("s", "m"), key="sizes")
st.number_input("Count", 0, 100, 5, key="count")
st.number_input("Amount", value=0.5, step=0.25, key="amount")
st.text_input("Name", key="name")
st.text_area("Notes", key="notes")
st.date_input("Day", dt.date(2024, 1, 30), key="day")
st.date_input("Trip", (dt.date(2024, 3, 1), dt.date(2024, 3, 3)), key="trip")
st.time_input("Alarm", dt.time(7, 45), key="alarm")
st.color_picker("Colour", "#112233", key="colour")
st.file_uploader("Files", accept_multiple_files=True, key="files")
st.file_uploader("File", key="file")
st.datetime_input("Leave", dt.datetime(2024, 2, 1, 8, 0), key="leave")
st.pills("Tags", ["p", "q", "r"], selection_mode="multi", default=["q"], key="tags")
st.segmented_control("Mode", ["u", "v", "w"], key="mode")
st.feedback("stars", key="rating")
st.pagination(9, key="pg")
"""

KEYS = ["check", "toggle", "radio", "select", "multi", "slider", "float", "range", "size", "sizes",
        "count", "amount", "name", "notes", "day", "trip", "alarm", "colour", "files", "file",
        "leave", "tags", "mode", "rating", "pg"]


def cases(folder: Path) -> list[tuple[str, Any, Any]]:
    """(key, value given to set_value, value expected in session state)."""
    (folder / "a.txt").write_bytes(b"alpha")
    (folder / "b.csv").write_bytes(b"x,y\n1,2\n")
    a, b = str(folder / "a.txt"), str(folder / "b.csv")
    return [
        ("check", True, True),
        ("toggle", True, True),
        ("radio", "c", "c"),
        ("select", "z", "z"),
        ("multi", ["blue", "red"], ["blue", "red"]),
        ("slider", 73, 73),
        ("float", 0.27, 0.27),
        ("range", (5, 95), (5, 95)),
        ("size", "xl", "xl"),
        ("sizes", ("xs", "l"), ("xs", "l")),
        ("count", 42, 42),
        ("amount", 1.75, 1.75),
        ("name", "Ada Lovelace", "Ada Lovelace"),
        ("notes", "two\nlines", "two\nlines"),
        ("day", date(2025, 3, 7), date(2025, 3, 7)),
        ("trip", (date(2024, 5, 1), date(2024, 6, 15)), (date(2024, 5, 1), date(2024, 6, 15))),
        ("alarm", time(18, 5), time(18, 5)),
        ("colour", "#FF8800", "#ff8800"),
        ("files", [a, b], [("a.txt", b"alpha"), ("b.csv", b"x,y\n1,2\n")]),
        ("file", [b], ("b.csv", b"x,y\n1,2\n")),
        ("leave", datetime(2025, 11, 30, 17, 45), datetime(2025, 11, 30, 17, 45)),
        ("tags", ["r", "p"], ["r", "p"]),
        ("mode", "w", "w"),
        ("rating", 3, 3),
        ("pg", 6, 6),
    ]


def plain(value: Any) -> Any:
    """Session-state values made comparable: an uploaded file as (name, bytes)."""
    if isinstance(value, UploadedFile):
        return (value.name, value.getvalue())
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def values(pilot: Any) -> dict[str, Any]:
    return {key: plain(pilot.value(key=key)) for key in KEYS}


def runs(pilot: Any) -> int:
    return pilot.window.session.run_count


@pytest.fixture
def pilot(rerunqt_pilot, write_script) -> Any:
    return rerunqt_pilot(write_script(SCRIPT))


def test_the_cases_cover_every_widget_kind_that_has_a_value(pilot, tmp_path) -> None:
    from rerunqt.testing.pilot_drivers import DRIVERS

    kinds = {pilot.record(key=key).element.kind for key, _, _ in cases(tmp_path)}
    assert kinds == set(DRIVERS)
    assert [key for key, _, _ in cases(tmp_path)] == KEYS


@pytest.mark.parametrize("index", range(len(KEYS)), ids=KEYS)
def test_set_value_is_one_run_with_exactly_that_value(pilot, tmp_path, index) -> None:
    key, value, expected = cases(tmp_path)[index]
    before = values(pilot)
    assert before[key] != expected  # a real change
    start = runs(pilot)
    pilot.set_value(value, key=key)
    assert plain(pilot.window.session.state[key]) == expected
    assert runs(pilot) == start + 1
    assert values(pilot) == {**before, key: expected}  # no other widget moved
    pilot.set_value(value, key=key)  # the value it already has: no event, no run
    assert runs(pilot) == start + 1
    assert plain(pilot.value(key=key)) == expected


def test_every_kind_in_one_window_one_after_another(pilot, tmp_path) -> None:
    expected = values(pilot)
    for key, value, wanted in cases(tmp_path):
        start = runs(pilot)
        pilot.set_value(value, key=key)
        expected[key] = wanted
        assert values(pilot) == expected, key
        assert runs(pilot) == start + 1, key


def test_found_by_label_and_value_by_label(pilot) -> None:
    pilot.set_value("b", label="Radio")
    assert pilot.value(label="Radio") == "b"
    assert pilot.window.session.state["radio"] == "b"


BACK_AND_FORTH = [
    ("multi", [], []),
    ("multi", ["pink", "green", "red"], ["pink", "green", "red"]),
    ("multi", ["pink", "red"], ["pink", "red"]),
    ("slider", 0, 0),
    ("slider", 100, 100),
    ("slider", 37, 37),
    ("range", (70, 80), (70, 80)),  # both handles past the old upper one
    ("range", (0, 1), (0, 1)),  # both below the lower one
    ("range", (50, 50), (50, 50)),
    ("sizes", ("l", "xl"), ("l", "xl")),
    ("select", "x", "x"),
    ("radio", "a", "a"),
    ("check", False, False),
    ("count", 0, 0),
    ("name", "", ""),
    ("notes", "", ""),
    ("trip", (date(2024, 1, 2), date(2024, 1, 3)), (date(2024, 1, 2), date(2024, 1, 3))),
    ("trip", (date(2023, 12, 25), date(2024, 2, 29)), (date(2023, 12, 25), date(2024, 2, 29))),
    ("day", date(2023, 12, 31), date(2023, 12, 31)),
    ("alarm", time(0, 0), time(0, 0)),
]


@pytest.mark.parametrize(("key", "value", "expected"), BACK_AND_FORTH,
                         ids=[f"{k}-{v!r}" for k, v, _ in BACK_AND_FORTH])
def test_set_value_there_and_back(pilot, key, value, expected) -> None:
    """Away from the script's default, then to ``value``: one run each, exact values."""
    for step, want in ((_away(key), None), (value, expected)):
        start = runs(pilot)
        pilot.set_value(step, key=key)
        got = pilot.window.session.state[key]
        assert got == (step if want is None else want)
        assert runs(pilot) == start + 1


def _away(key: str) -> Any:
    return {"multi": ["blue"], "slider": 50, "range": (30, 40), "sizes": ("m", "m"),
            "select": "y", "radio": "b", "check": True, "count": 9, "name": "x", "notes": "y",
            "trip": (date(2024, 2, 10), date(2024, 2, 20)), "day": date(2024, 6, 1),
            "alarm": time(12, 30)}[key]


def test_file_uploader_can_be_emptied_and_refilled(pilot, tmp_path) -> None:
    (tmp_path / "one.txt").write_bytes(b"1")
    (tmp_path / "two.txt").write_bytes(b"22")
    pilot.set_value([tmp_path / "one.txt", tmp_path / "two.txt"], key="files")
    start = runs(pilot)
    pilot.set_value([tmp_path / "two.txt"], key="files")
    assert plain(pilot.value(key="files")) == [("two.txt", b"22")]
    pilot.set_value([], key="files")
    assert pilot.value(key="files") == []
    pilot.set_value(tmp_path / "one.txt", key="file")
    pilot.set_value(None, key="file")
    assert pilot.value(key="file") is None
    assert runs(pilot) == start + 4


def test_the_dialog_functions_are_put_back(pilot, tmp_path) -> None:
    from rerunqt.qt.adapters import color_picker, files

    ask_color, ask_open_paths = color_picker.ask_color, files.ask_open_paths
    (tmp_path / "f.txt").write_bytes(b"f")
    pilot.set_value("#00ff00", key="colour")
    pilot.set_value([tmp_path / "f.txt"], key="file")
    assert (color_picker.ask_color, files.ask_open_paths) == (ask_color, ask_open_paths)


def test_values_a_user_cannot_set_are_refused(pilot) -> None:
    start = runs(pilot)
    with pytest.raises(ValueError, match="not one of the options"):
        pilot.set_value("w", key="radio")
    with pytest.raises(ValueError, match="cannot clear a selectbox"):
        pilot.set_value(None, key="select")
    with pytest.raises(ValueError, match="cannot empty a date field"):
        pilot.set_value(None, key="day")
    with pytest.raises(ValueError, match="outside this date field's range, 2014-01-30 to 2034-01-30"):
        pilot.set_value(date(1999, 1, 1), key="day")
    with pytest.raises(ValueError, match="outside the slider's range"):
        pilot.set_value(101, key="slider")
    assert runs(pilot) == start


def test_unsupported_elements_raise_type_error(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.button("Go", key="go")
        st.data_editor([{"a": 1}], key="table")
    """))
    with pytest.raises(TypeError, match="table view directly"):
        pilot.set_value([{"a": 2}], key="table")
    with pytest.raises(TypeError, match=r"pilot\.click"):
        pilot.set_value(True, key="go")


def test_a_disabled_widget_cannot_be_set(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.slider("S", 0, 10, 3, key="s", disabled=True)
        st.checkbox("C", key="c", disabled=True)
    """))
    with pytest.raises(ValueError, match="disabled"):
        pilot.set_value(5, key="s")
    with pytest.raises(ValueError, match="disabled"):
        pilot.set_value(True, key="c")
    assert (pilot.value(key="s"), pilot.value(key="c")) == (3, False)


def test_inside_a_form_values_wait_for_the_submit_button(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        with st.form("f"):
            st.text_input("Name", key="name")
            st.number_input("Age", 0, 120, 30, key="age")
            st.slider("Level", 0, 10, 2, key="level")
            st.multiselect("Tags", ["a", "b", "c"], key="tags")
            st.form_submit_button("Save")
    """))
    start = runs(pilot)
    pilot.set_value("Ann", key="name")  # committed with Tab: Enter would submit the form
    pilot.set_value(44, key="age")
    pilot.set_value(7, key="level")
    pilot.set_value(["c", "a"], key="tags")
    assert runs(pilot) == start
    assert pilot.value(key="name") == ""
    pilot.click(label="Save")
    assert runs(pilot) == start + 1
    assert [pilot.value(key=k) for k in ("name", "age", "level", "tags")] == ["Ann", 44, 7, ["c", "a"]]


EDGE_SCRIPT = """
import datetime as dt
import rerunqt as st
st.slider("Big", 0, 100000, 5, key="big")
st.slider("Fine", 0.0, 100.0, 50.0, step=0.01, key="fine")
st.slider("When", dt.date(2020, 1, 1), dt.date(2024, 12, 31), dt.date(2022, 6, 1), key="when")
st.slider("One", 0, 10, [3], key="one")
st.number_input("Maybe", value=None, min_value=0, max_value=10, key="maybe")
st.number_input("Percent", 0, 100, 5, format="%03d", key="percent")
st.date_input("Empty day", None, key="empty_day")
st.date_input("Empty trip", (), key="empty_trip")
st.time_input("Empty time", None, key="empty_time")
st.selectbox("No choice", ["p", "q"], index=None, key="no_choice")
st.radio("No pick", ["p", "q"], index=None, key="no_pick")
st.multiselect("At most two", ["a", "b", "c", "d"], default=["a", "b"], max_selections=2, key="two")
st.text_input("Unicode", key="unicode")
"""

EDGES = [
    ("big", 73519, 73519),
    ("fine", 12.34, 12.34),
    ("when", date(2021, 2, 3), date(2021, 2, 3)),
    ("one", [8], (8,)),
    ("maybe", 7, 7),
    ("percent", 42, 42),
    ("empty_day", date(2024, 2, 2), date(2024, 2, 2)),
    ("empty_trip", (date(2024, 2, 2),), (date(2024, 2, 2),)),
    ("empty_trip", (date(2024, 2, 2), date(2024, 2, 5)), (date(2024, 2, 2), date(2024, 2, 5))),
    ("empty_time", time(3, 4), time(3, 4)),
    ("no_choice", "q", "q"),
    ("no_pick", "q", "q"),
    ("two", ["d", "c"], ["d", "c"]),
    ("unicode", "héllo ✓ 日本", "héllo ✓ 日本"),
]


@pytest.mark.parametrize(("key", "value", "expected"), EDGES,
                         ids=[f"{k}-{v!r}" for k, v, _ in EDGES])
def test_set_value_edge_cases(rerunqt_pilot, write_script, key, value, expected) -> None:
    pilot = rerunqt_pilot(write_script(EDGE_SCRIPT))
    start = runs(pilot)
    pilot.set_value(value, key=key)
    assert pilot.window.session.state[key] == expected
    assert runs(pilot) == start + 1


def test_a_number_input_created_empty_can_be_emptied_again(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(EDGE_SCRIPT))
    pilot.set_value(4, key="maybe")
    runs = pilot.window.session.run_count
    pilot.set_value(None, key="maybe")
    assert pilot.value(key="maybe") is None
    assert pilot.window.session.run_count == runs + 1
    with pytest.raises(ValueError, match="cannot empty this number_input"):
        pilot.set_value(None, key="percent")


def test_a_label_less_checkbox_in_a_narrow_column_is_checked(rerunqt_pilot, write_script) -> None:
    # The release demos' to-do list: st.checkbox("") in a 5% column. The click lands on
    # the box itself (a check box reacts to its indicator and text, not its blank width).
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        col1, col2, _ = st.columns([0.05, 0.8, 0.15])
        done = col1.checkbox("", False, key="0")
        col2.write("done" if done else "to do")
    """))
    pilot.set_value(True, key="0")
    assert pilot.value(key="0") is True
    assert pilot.texts("markdown") == ["done"]


def test_texts_reads_the_message_of_an_alert_box(rerunqt_pilot, write_script) -> None:
    """``pilot.texts("success")`` gave "" for every alert: the box holds its label."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.success('Saved')\nst.error('Oops', icon='🚨')\n"))
    assert pilot.texts("success") == ["Saved"]
    assert pilot.texts("error") == ["🚨  Oops"]
