"""st.write and the static elements: what each kind of value becomes on the page."""

from __future__ import annotations

import json
from typing import Any

import pytest

from rerunqt.testing import AppTest


def kinds(at: AppTest) -> list[str]:
    return [view.type for view in at.main.children.values()]


def run_write(expr: str, setup: str = "") -> AppTest:
    return AppTest.from_string(
        "import rerunqt as st\nimport datetime\n" + setup + f"st.write({expr})\n"
    ).run()


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("'hello *world*'", "hello *world*"),
        ("42", "`42`"),
        ("-1.5", "`-1.5`"),
        ("True", "`True`"),
        ("False", "`False`"),
        ("None", "`None`"),
        ("datetime.date(2024, 1, 2)", "`2024-01-02`"),
        ("datetime.datetime(2024, 1, 2, 3, 4, 5)", "`2024-01-02 03:04:05`"),
    ],
)
def test_write_scalars_become_markdown(expr: str, expected: str) -> None:
    at = run_write(expr)
    assert not at.exception
    assert kinds(at) == ["markdown"]
    assert at.markdown.values == [expected]


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("{'a': 1, 'b': [1, 2]}", {"a": 1, "b": [1, 2]}),
        ("[1, 'two', None]", [1, "two", None]),
        ("{'nested': {'t': (1, 2), 's': {5}}}", {"nested": {"t": [1, 2], "s": [5]}}),
        ("[]", []),
        ("{}", {}),
    ],
)
def test_write_containers_become_json(expr: str, expected: Any) -> None:
    at = run_write(expr)
    assert not at.exception
    assert kinds(at) == ["json"]
    assert json.loads(at.json[0].value) == expected


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("(1, 2)", ["`(1, 2)`"]),
        ("{3, 1, 2}", ["`{1, 2, 3}`"]),
        ("frozenset([3])", ["`frozenset({3})`"]),
        ("'Values:', (25.0, 75.0)", ["Values: `(25.0, 75.0)`"]),
        ("(datetime.date(2027, 1, 1), datetime.date(2027, 1, 7))",
         ["`(datetime.date(2027, 1, 1), datetime.date(2027, 1, 7))`"]),
    ],
)
def test_write_tuples_and_sets_are_inline_code_as_in_streamlit(expr: str, expected: list[str]) -> None:
    """Streamlit 1.67 shows a plain tuple or set as its text in code (a range slider's or
    date range's value in the docs' examples), not as json."""
    at = run_write(expr)
    assert not at.exception
    assert kinds(at) == ["markdown"]
    assert at.markdown.values == expected


def test_write_json_with_unserializable_value_uses_repr() -> None:
    at = run_write(
        "{'when': datetime.date(2024, 1, 2), 'obj': Thing()}",
        setup="class Thing:\n    def __repr__(self):\n        return '<Thing 7>'\n",
    )
    assert not at.exception
    data = json.loads(at.json[0].value)
    assert data == {"when": repr(__import__("datetime").date(2024, 1, 2)), "obj": "<Thing 7>"}


def test_write_session_state_becomes_json() -> None:
    at = run_write("st.session_state", setup="st.session_state.k = {'v': 1}\n")
    assert kinds(at) == ["json"]
    assert json.loads(at.json[0].value) == {"k": {"v": 1}}


def test_write_exception_becomes_exception_element() -> None:
    at = run_write("ValueError('it broke')")
    assert kinds(at) == ["exception"]
    assert at.exception[0].value == "it broke"
    assert at.exception[0].exc_type == "ValueError"


def test_write_caught_exception_keeps_its_traceback() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        def failing():
            raise KeyError("missing thing")
        try:
            failing()
        except KeyError as exc:
            st.write(exc)
        st.text("still running")
        """
    ).run()
    assert at.exception[0].exc_type == "KeyError"
    assert "missing thing" in at.exception[0].value
    assert any("failing" in line for line in at.exception[0].stack_trace)
    assert at.text.values == ["still running"]


def test_write_arbitrary_object_uses_its_repr() -> None:
    at = run_write(
        "Thing()",
        setup="class Thing:\n    def __repr__(self):\n        return '<Thing 7>'\n",
    )
    assert not at.exception
    assert kinds(at) == ["markdown"]
    assert "<Thing 7>" in at.markdown[0].value


def test_write_several_args_joined_like_streamlit() -> None:
    at = run_write("'Count = ', 3")
    assert at.markdown.values == ["Count =  `3`"]
    at = run_write("'a', 'b', 1, True")
    assert at.markdown.values == ["a b `1` `True`"]


def test_write_mixed_args_split_around_non_text() -> None:
    at = run_write("'before', 1, {'x': 1}, 'after', ValueError('e'), 'end'")
    assert kinds(at) == ["markdown", "json", "markdown", "exception", "markdown"]
    assert at.markdown.values == ["before `1`", "after", "end"]
    assert json.loads(at.json[0].value) == {"x": 1}


def test_write_backticks_in_scalar_are_fenced_by_a_longer_run() -> None:
    """As Streamlit 1.67 writes it: one backtick more than the text's longest run (a
    backslash does not escape a backtick inside a code span)."""
    at = run_write("Thing()", setup="class Thing:\n    def __str__(self):\n        return 'a`b``c'\n")
    assert at.markdown.values == ["```a`b``c```"]


def test_write_a_multi_line_text_with_a_fence_in_it_keeps_it_inside() -> None:
    at = run_write("Thing()", setup="class Thing:\n    def __str__(self):\n"
                                    "        return 'one\\n```\\ntwo'\n")
    assert at.markdown.values == ["````\none\n```\ntwo\n````"]


def test_write_an_object_whose_text_is_its_address_shows_its_help() -> None:
    """Streamlit judges by the text: a class with its own repr of that shape too."""
    at = run_write("Thing(), Plain()", setup=(
        "class Thing:\n    def __repr__(self):\n        return '<my.Thing object at 0xAB12>'\n"
        "class Plain:\n    def __repr__(self):\n        return '<Plain at 0x1> and more'\n"))
    assert kinds(at) == ["help_info", "markdown"]
    assert at.markdown.values == ["`<Plain at 0x1> and more`"]


def test_write_an_object_with_to_pandas_is_a_table() -> None:
    at = run_write("Rows()", setup=(
        "import pandas as pd\n"
        "class Rows:\n    def to_pandas(self):\n        return pd.DataFrame({'q': [1, 2]})\n"))
    assert kinds(at) == ["dataframe"]
    assert list(at.dataframe[0].value["q"]) == [1, 2]


def test_write_nothing_draws_nothing() -> None:
    at = run_write("")
    assert kinds(at) == []


# --------------------------------------------------------------------------------------
# st.json
# --------------------------------------------------------------------------------------


def test_json_of_a_dict() -> None:
    at = AppTest.from_string(
        "import rerunqt as st\nst.json({'a': [1, 2, {'b': None}], 'c': 'x'})\n"
    ).run()
    assert json.loads(at.json[0].value) == {"a": [1, 2, {"b": None}], "c": "x"}
    assert at.json[0].expanded is True


def test_json_of_a_json_string_is_parsed() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.json('{"name": "Ada", "langs": ["py", "c"]}', expanded=False)
        """
    ).run()
    assert json.loads(at.json[0].value) == {"name": "Ada", "langs": ["py", "c"]}
    assert at.json[0].expanded is False


def test_json_of_a_list() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.json([1, 'a'])\n").run()
    assert json.loads(at.json[0].value) == [1, "a"]


# --------------------------------------------------------------------------------------
# Other static elements
# --------------------------------------------------------------------------------------


def test_code_caption_text_divider() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.code("x = 1\\ny = 2")
        st.code("SELECT 1", language="sql")
        st.caption("small print")
        st.text("  fixed *width*  ")
        st.divider()
        """
    ).run()
    assert at.code.values == ["x = 1\ny = 2", "SELECT 1"]
    assert at.code[0].language == "python"
    assert at.code[1].language == "sql"
    assert at.caption.values == ["small print"]
    assert at.text.values == ["fixed *width*"]  # stripped, as Streamlit's clean_text does
    assert len(at.divider) == 1
    assert kinds(at) == ["code", "code", "caption", "text", "divider"]


def test_alerts_with_body_and_icon() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.info("i")
        st.success("s", icon="✅")
        st.warning("w")
        st.error("e", icon="🚨")
        """
    ).run()
    assert kinds(at) == ["info", "success", "warning", "error"]
    assert at.info.values == ["i"]
    assert at.success.values == ["s"]
    assert at.success[0].icon == "✅"
    assert at.warning.values == ["w"]
    assert at.error.values == ["e"]
    assert at.error[0].icon == "🚨"
    assert at.info[0].icon == ""  # Streamlit 1.67: the proto's empty string


def test_a_leading_emoji_in_an_alert_becomes_its_icon_as_streamlit_does() -> None:
    """Streamlit 1.67 takes a leading emoji or Material icon out of an alert's body and shows
    it as the icon (JosephS098/college-corp-question1: ``st.warning("❌ Try again!")``);
    ``icon=""`` keeps the body whole; the body is dedented like markdown."""
    at = AppTest.from_string('''
import rerunqt as st
st.warning("❌ Try again!")
st.success(":material/check: Saved")
st.info("👍🏽ok")
st.info("1️⃣ - first")
st.info("★ not an emoji")
st.info("✅ kept", icon="")
st.info("👨‍👩‍👧 family", icon="🔥")
st.info("✓ a check mark is no emoji")
st.error("  ❌ - Erro: falhou ")
st.error("""
    🚨 Two
    lines
    """)
''').run()
    assert [(a.value, a.icon) for a in at.warning] == [("Try again!", "❌")]
    assert [(a.value, a.icon) for a in at.success] == [("Saved", ":material/check:")]
    assert [(a.value, a.icon) for a in at.info] == [
        ("ok", "👍🏽"), ("first", "1️⃣"), ("★ not an emoji", ""), ("✅ kept", ""),  # no icon: ""
        ("👨‍👩‍👧 family", "🔥"), ("✓ a check mark is no emoji", "")]
    assert [(a.value, a.icon) for a in at.error] == [("Erro: falhou", "❌"), ("Two\nlines", "🚨")]
    assert not at.exception


def test_headings() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.title("T")
        st.header("H", divider=True)
        st.subheader("S")
        st.markdown("# not a title element")
        """
    ).run()
    assert kinds(at) == ["title", "header", "subheader", "markdown"]
    assert at.title.values == ["T"]
    assert at.header.values == ["H"]
    assert at.subheader.values == ["S"]
    assert at.markdown.values == ["# not a title element"]


def test_st_exception_shows_type_and_message() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.exception(RuntimeError("explicit"))
        """
    ).run()
    assert at.exception[0].exc_type == "RuntimeError"
    assert at.exception[0].value == "explicit"


def test_st_exception_of_a_value_that_is_not_an_exception_shows_it() -> None:
    """Streamlit 1.67 shows st.exception("x") as an exception of type "str" with no frames;
    rerunqt failed with AttributeError: 'str' object has no attribute '__traceback__'."""
    at = AppTest.from_string("import rerunqt as st\nst.exception('x')\nst.exception(5)\n").run()
    assert [(e.exc_type, e.value, e.stack_trace) for e in at.exception] == [
        ("str", "x", []), ("int", "5", [])]


def test_an_indented_triple_quoted_body_is_dedented_as_streamlit_does() -> None:
    """Streamlit's clean_text: markdown and captions written indented with the code."""
    at = AppTest.from_string('''
import rerunqt as st
def page():
    st.write("""
        Some **bold** text
        - an item
        """)
    st.markdown("""
        # Heading
        """)
    st.caption("""
        note
        """)
page()
''').run()
    assert [m.value for m in at.markdown] == ["Some **bold** text\n- an item", "# Heading"]
    assert at.caption[0].value == "note"


def test_st_text_is_dedented_and_stripped_as_streamlit_does() -> None:
    """A triple-quoted st.text body indented with the code shows flush left, with no blank
    first and last line (crxi/multipage_streamlit's demo intro)."""
    at = AppTest.from_string('''
import rerunqt as st
st.text("""
  Change some settings.
  Observe that they persist.
  """)
st.text("  one line  ")
st.text(42)
''').run()
    assert [t.value for t in at.text] == [
        "Change some settings.\nObserve that they persist.", "one line", "42"]


def test_a_one_line_body_is_stripped_as_streamlit_does() -> None:
    """Streamlit's button tutorial writes ``st.write("Person 1:", first, middle, last)`` with
    empty inputs: the text has no trailing spaces, and four leading spaces are no code block."""
    at = AppTest.from_string('''
import rerunqt as st
st.write("Person 1:", "", "", "")
st.markdown("    not code ")
st.caption(" note ")
''').run()
    assert [m.value for m in at.markdown] == ["Person 1:", "not code"]
    assert at.caption[0].value == "note"


@pytest.mark.parametrize(("icon", "error"), [
    ("abc", "is not a valid icon"), (":material/Bad Name:", "is not a valid Material icon"),
    ("🔥", None), (":material/home:", None)])
def test_an_alert_s_icon_is_checked_as_streamlit_checks_it(icon: str, error: str | None) -> None:
    at = AppTest.from_string(f"import rerunqt as st\nst.error('x', icon={icon!r})\n").run()
    if error is None:
        assert not at.exception and at.error[0].icon == icon
    else:
        assert error in at.exception[0].message


def test_st_code_drops_one_newline_at_each_end_as_streamlit_does() -> None:
    """A triple-quoted code sample written on its own lines (ehsan-golinia's st.audio page)
    shows no blank first and last line; only one newline goes at each end, and indentation
    stays."""
    at = AppTest.from_string("""
import rerunqt as st
st.code('''
st.audio("meow.mp3")
''')
st.code('\\n\\n  x = 1\\n\\n')
st.code('\\n')
st.code('a\\nb')
""").run()
    assert [c.value for c in at.code] == [
        'st.audio("meow.mp3")', "\n  x = 1\n", "", "a\nb"]


def test_st_exception_of_an_api_error_uses_streamlits_name_and_markdown() -> None:
    """st.exception(StreamlitAPIException(...)) (Streamlit's st_exception app): Streamlit
    names it StreamlitAPIException and renders its message as Markdown; rerunqt showed
    RerunQtAPIError and the Markdown as written. An uncaught one is
    streamlit.errors.StreamlitAPIException, as Streamlit's AppTest reads it."""
    from rerunqt.testing import AppTest

    at = AppTest.from_string("""
import rerunqt as st
from streamlit.errors import StreamlitAPIException
st.exception(RuntimeError("plain"))
st.exception(StreamlitAPIException("Cannot hash `get_data()`."))
st.number_input("N", value=float("nan"))
""").run()
    plain, api, uncaught = at.exception
    assert (plain.exc_type, plain.is_markdown) == ("RuntimeError", False)
    assert (api.exc_type, api.is_markdown) == ("StreamlitAPIException", True)
    assert api.message == "Cannot hash `get_data()`."
    assert uncaught.exc_type == "streamlit.errors.StreamlitAPIException" and uncaught.is_markdown


def test_st_exception_with_a_width_keeps_every_prop_once() -> None:
    """st.exception(e, width=300): the width replaces the default one; the other props
    (is_markdown last among them) stay, in the catalogue's order."""
    from rerunqt.core.element import walk
    from rerunqt.core.kinds import KINDS

    at = AppTest.from_string(
        "import rerunqt as st\nst.exception(ValueError('narrow'), width=300)").run()
    (drawn,) = [e for e in walk(at.tree) if e.kind == "exception"]
    assert tuple(name for name, _ in drawn.props) == KINDS["exception"].props
    assert drawn.prop("width") == 300 and drawn.prop("is_markdown") is False
    assert at.exception[0].message == "narrow"


@pytest.mark.parametrize("call", [
    "st.markdown('x', text_alignment=None)", "st.title('x', text_alignment=None)",
    "st.metric('m', 1, chart_type=None)",
    "st.image('https://example.org/a.png', output_format=None)",
])
def test_none_means_the_default_as_in_streamlit(call: str) -> None:
    """Streamlit 1.67 takes None for these as their default (left, line, auto); rerunqt
    raised "is not valid"."""
    at = AppTest.from_string(f"import rerunqt as st\n{call}\n").run()
    assert not at.exception, at.exception


def test_json_of_a_dict_escapes_non_ascii_as_streamlit_writes_it() -> None:
    """``at.json[0].value`` is Streamlit's ``json.dumps(body, default=repr)``: "é" is
    "\\u00e9" (a test comparing it with json.dumps(...) failed); the viewer shows "é"."""
    at = run_write("{'sat': '😍', 'name': 'Zoë'}")
    assert at.json[0].value == json.dumps({"sat": "😍", "name": "Zoë"})
    assert "\\ud83d\\ude0d" in at.json[0].value
