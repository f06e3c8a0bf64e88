"""printf formats and presets show what Streamlit's browser shows (sprintf-js, Intl, numbro).

Every expected text here was produced by Streamlit 1.67's own bundled JavaScript
(``sprintfjs`` and ``formatNumber`` run under node), not by Python's ``%``.
"""

from __future__ import annotations

import pytest

from rerunqt.core.number_field import field_text
from rerunqt.core.number_format import column_number_text, format_js_number
from rerunqt.core.sprintf_js import SprintfError, sprintf
from rerunqt.testing import AppTest


def run(src: str) -> AppTest:
    return AppTest.from_string(src).run()


@pytest.mark.parametrize(("fmt", "value", "shown"), [
    ("%03d", 7, "007"),
    ("%+.2f", 2, "+2.00"),
    ("%+.2f", -2, "-2.00"),
    ("%.3e", 1500, "1.500e+3"),
    ("%e", 0.0001234, "1.234e-4"),
    ("%g", 1500, "1500"),
    ("%.2g", 1500, "1500"),
    ("%i", 3, "3"),
    ("%u", -1, "4294967295"),
    ("$%.2f", 2, "$2.00"),
    ("%d kg", 5, "5 kg"),
    ("%.1f%%", 2.5, "2.5%"),
    ("%,d", 1234567, "1,234,567"),
    ("%x", 255, "ff"),
    ("%5.1f", 2.25, "  2.3"),
    ("%-5d|", 3, "3    |"),
    ("%0-5d", 3, "30000"),
    ("%d", -2.7, "-2"),
    ("%d", -0.5, "-0"),
    ("%.0f", 2.5, "3"),  # ties away from zero (Python's % gives "2")
    ("%.2f", 1.005, "1.00"),
    ("%f", 1.5, "1.5"),  # no precision: the shortest number (Python's % gives "1.500000")
    ("%.2f", 1e21, "1e+21"),
])
def test_printf_formats_follow_streamlit_s_sprintf(fmt: str, value: float, shown: str) -> None:
    assert sprintf(fmt, value) == shown


@pytest.mark.parametrize("fmt", ["% d", "%E", "%G", "%#x", "%(a)d", "%"])
def test_formats_sprintf_js_throws_on_raise(fmt: str) -> None:
    with pytest.raises(SprintfError):
        sprintf(fmt, 5)


def test_the_number_field_shows_the_bare_number_where_sprintf_js_throws() -> None:
    assert (field_text(5, "% d"), field_text(1500.0, "%E"), field_text(0.5, "%G")) == ("5", "1500", "0.5")


@pytest.mark.parametrize(("value", "fmt", "shown"), [
    (1234.5678, "plain", "1234.5678"),
    (1234.5678, "localized", "1,234.568"),
    (0.5, "percent", "50%"),
    (0.12345, "percent", "12.35%"),
    (-1234.567, "dollar", "-$1,234.57"),
    (1234.5678, "euro", "€1,234.57"),
    (1234.5, "yen", "¥1,235"),
    (-1234.567, "accounting", "(1,234.57)"),
    (1234, "compact", "1.2K"),
    (123.4, "compact", "123"),
    (1234567, "compact", "1.2M"),
    (1234.567, "scientific", "1.235E3"),
    (12345.67, "engineering", "12.346E3"),
    (1234, "bytes", "1.2KB"),
    (1e9, "bytes", "1GB"),
])
def test_named_presets_follow_streamlit_s_format_number(value: float, fmt: str, shown: str) -> None:
    assert format_js_number(value, fmt) == shown


# ----- number_input -----

ACCEPTED = ["%d", "%03d", "%+.2f", "% d", "%.3e", "%E", "%g", "%G", "%i", "%u", "%x", "%s",
            "%5d", "%-5d", "%#.0f", "%de3"]
REJECTED = ["$%.2f", "%d kg", "%.1f%%", "%,d", "%c", "%#x", "percent", "abc", "%(a)d", "%", "%%", ""]


@pytest.mark.parametrize("fmt", ACCEPTED)
@pytest.mark.parametrize("value", ["5", "5.0"])
def test_number_input_accepts_the_formats_streamlit_accepts(fmt: str, value: str) -> None:
    at = run(f"import rerunqt as st\nst.number_input('N', value={value}, format={fmt!r})")
    assert not at.exception
    assert at.number_input[0].value == eval(value)


@pytest.mark.parametrize("fmt", REJECTED)
def test_number_input_rejects_a_format_that_does_not_give_a_number(fmt: str) -> None:
    at = run(f"import rerunqt as st\nst.number_input('N', value=5.0, format={fmt!r})")
    assert len(at.exception) == 1
    message = at.exception[0].message  # Streamlit 1.67's words first, then rerunqt's hint
    assert message.startswith(f"Format string for `st.number_input` contains invalid characters: {fmt}")
    assert f"format={fmt!r}" in message


@pytest.mark.parametrize(("args", "returned"), [
    ("value=5.0, format='%d'", 5.0),  # the arguments choose the type, never the format
    ("value=5, format='%.2f'", 5),
    ("value=5, format='%.3e'", 5),
    ("value=2.5, format='%u'", 2.5),
])
def test_the_format_does_not_change_the_type_the_script_gets(args: str, returned: float) -> None:
    at = run(f"import rerunqt as st\nst.number_input('N', {args}, key='n')")
    value = at.number_input[0].value
    assert (value, type(value)) == (returned, type(returned))


# ----- slider -----

@pytest.mark.parametrize("fmt", ["%d kg", "$%.2f", "%,d", "percent", "compact", "no conversion", ""])
def test_slider_accepts_every_format_streamlit_s_browser_applies(fmt: str) -> None:
    at = run(f"import rerunqt as st\nv = st.slider('S', 0, 100, 5, format={fmt!r})\nst.write(v)")
    assert not at.exception
    assert at.slider[0].value == 5


# ----- NumberColumn / ProgressColumn -----

def test_number_column_presets_and_printf_in_cells() -> None:
    at = run("""
import rerunqt as st
cc = st.column_config
st.dataframe({"i": [1234, -5], "f": [1234.5678, 0.125], "s": [1.239, 2.0]}, column_config={
    "i": cc.NumberColumn(format="dollar"), "f": cc.NumberColumn(format="%.2e"),
    "s": cc.NumberColumn(format="%.3f", step=0.01)})
""")
    frame = at.dataframe[0]
    # an int column's step is 1: presets show no decimals, as in Streamlit
    assert [frame.cell_text(r, "i") for r in (0, 1)] == ["$1,234", "-$5"]
    assert [frame.cell_text(r, "f") for r in (0, 1)] == ["1.23e+3", "1.25e-1"]
    # a step cuts the value to its decimals before the format writes it
    assert frame.cell_text(0, "s") == "1.230"


def test_progress_column_defaults_and_formats_in_cells() -> None:
    at = run("""
import rerunqt as st
cc = st.column_config
st.dataframe({"f": [0.25], "i": [42], "p": [0.5]}, column_config={
    "f": cc.ProgressColumn(), "i": cc.ProgressColumn(max_value=100),
    "p": cc.ProgressColumn(format="%.1f pts")})
""")
    frame = at.dataframe[0]
    assert (frame.cell_text(0, "f"), frame.cell_text(0, "i"), frame.cell_text(0, "p")) == \
        ("25%", " 42%", "0.5 pts")


def test_column_number_text_leaves_unformatted_numbers_alone() -> None:
    assert column_number_text(1234.5, None, None, integral=False) is None


def test_a_step_of_zero_or_below_is_taken_as_in_streamlit() -> None:
    """Streamlit 1.67 does not check number_input's step: 0 changes nothing, a negative one
    moves the other way; rerunqt raised "must be positive"."""
    at = run("import rerunqt as st\nst.number_input('a', step=0)\n"
             "st.number_input('b', 0.0, 10.0, 5.0, step=-0.5)")
    assert not at.exception
    assert [(n.value, n.step) for n in at.number_input] == [(0, 0.0), (5.0, -0.5)]
    at.number_input[0].increment().run()
    at.number_input[1].increment().run()
    assert [n.value for n in at.number_input] == [0, 4.5]


def test_apptest_reads_bounds_as_floats_as_streamlits_apptest() -> None:
    """Streamlit 1.67's AppTest reads min and max from the proto's doubles: an int field's
    bounds are 1.0 and 10.0 (they were 1 and 10); no bound is None."""
    at = run("import rerunqt as st\nst.number_input('a', 1, 10)\nst.number_input('b')")
    a, b = at.number_input
    assert (a.min, a.max, b.min, b.max) == (1.0, 10.0, None, None)
    assert type(a.min) is float and type(a.max) is float
