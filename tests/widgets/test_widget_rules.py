"""The rules of the seed documents, for every widget kind (Streamlit reference §8)."""

from __future__ import annotations

import logging

import pytest

from rerunqt.testing import AppTest

# kind -> (a call with key "k" and a non-default value=, a value of the right type)
WIDGETS = {
    "checkbox": ('st.checkbox("W", True, key="k")', False),
    "toggle": ('st.toggle("W", True, key="k")', False),
    "radio": ('st.radio("W", ["a", "b"], index=1, key="k")', "a"),
    "selectbox": ('st.selectbox("W", ["a", "b"], index=1, key="k")', "a"),
    "multiselect": ('st.multiselect("W", ["a", "b"], default=["b"], key="k")', ["a"]),
    "slider": ('st.slider("W", 0, 10, 3, key="k")', 4),
    "select_slider": ('st.select_slider("W", ["a", "b"], value="b", key="k")', "a"),
    "number_input": ('st.number_input("W", 0, 10, 3, key="k")', 4),
    "text_input": ('st.text_input("W", "x", key="k")', "y"),
    "text_area": ('st.text_area("W", "x", key="k")', "y"),
    "date_input": ('st.date_input("W", datetime.date(2024, 1, 2), key="k")', "DATE"),
    "time_input": ('st.time_input("W", datetime.time(8, 30), key="k")', "TIME"),
    "color_picker": ('st.color_picker("W", "#ff0000", key="k")', "#00ff00"),
}
READ_ONLY = {
    "button": 'st.button("W", key="k")',
    "download_button": 'st.download_button("W", b"data", key="k")',
    "file_uploader": 'st.file_uploader("W", key="k")',
    "data_editor": 'st.data_editor([{"a": 1}], key="k")',
    "form_submit_button": 'st.form("f").form_submit_button("W", key="k")',
}


def value_code(value: object) -> str:
    return {"DATE": "datetime.date(2024, 1, 3)", "TIME": "datetime.time(9, 15)"}.get(
        value, repr(value)) if isinstance(value, str) else repr(value)


def app(body: str) -> AppTest:
    return AppTest.from_string("import datetime\nimport rerunqt as st\n" + body).run()


@pytest.mark.parametrize("kind", sorted(WIDGETS))
def test_setting_a_widget_after_it_was_created_is_an_error_naming_the_key(kind: str) -> None:
    call, value = WIDGETS[kind]
    at = app(f"{call}\nst.session_state.k = {value_code(value)}\nst.text('not reached')")
    assert len(at.exception) == 1
    message = "`st.session_state['k']` cannot be modified after the widget with that key"
    assert message in at.exception[0].value  # Streamlit 1.67's words and type
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    assert not at.text


@pytest.mark.parametrize("kind", sorted(WIDGETS))
def test_value_and_state_the_state_wins_with_one_warning_naming_the_key(
        kind: str, caplog: pytest.LogCaptureFixture) -> None:
    call, value = WIDGETS[kind]
    with caplog.at_level(logging.WARNING, logger="rerunqt"):
        at = app(f"if 'k' not in st.session_state:\n    st.session_state.k = {value_code(value)}\n"
                 f"w = {call}\nst.session_state.got = w")
        assert not at.exception, at.exception[0].value if at.exception else ""
        assert not at.warning  # a log line on stderr (as Streamlit 1.67), not an element
        logged = [r.getMessage() for r in caplog.records if r.name == "rerunqt"]
        assert len(logged) == 1 and 'key "k"' in logged[0]
        expected = at.session_state.k
        assert at.session_state.got == expected
        assert expected != app(f"w = {call}\nst.session_state.got = w").session_state.got
        caplog.clear()
        at.session_state.k = expected
        at.run()
        assert not [r for r in caplog.records if r.name == "rerunqt"]  # once per key and session


@pytest.mark.parametrize("kind", sorted(READ_ONLY))
def test_read_only_widgets_refuse_a_value_from_session_state(kind: str) -> None:
    at = app(f"st.session_state.k = 1\n{READ_ONLY[kind]}\nst.text('not reached')")
    assert len(at.exception) == 1
    assert at.exception[0].value.startswith(  # Streamlit 1.67's words and error
        "`st.session_state['k']` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set.")
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"


@pytest.mark.parametrize("kind", sorted(WIDGETS) + ["button", "download_button", "file_uploader"])
def test_two_identical_unkeyed_widgets_give_a_duplicate_id_error(kind: str) -> None:
    call = WIDGETS[kind][0] if kind in WIDGETS else READ_ONLY[kind]
    call = call.replace(', key="k"', "")
    at = app(f"{call}\n{call}")
    assert len(at.exception) == 1
    message = at.exception[0].value
    assert f"multiple `{kind}` elements with the same auto-generated ID" in message
    assert "unique `key` argument" in message
    # Streamlit 1.67's type and words:
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitDuplicateElementId"
    assert message.startswith(
        f"There are multiple `{kind}` elements with the same auto-generated ID. When this "
        "element is created, it is assigned an internal ID based on the element type and "
        "provided parameters. Multiple elements with the same type and parameters will cause "
        f"this error.\n\nTo fix this error, please pass a unique `key` argument to the `{kind}` "
        "element.")


@pytest.mark.parametrize("kind", sorted(WIDGETS))
def test_duplicate_keys_give_a_duplicate_id_error(kind: str) -> None:
    call = WIDGETS[kind][0]
    at = app(f"{call}\n{call}")
    assert at.exception[0].value.startswith(
        "There are multiple elements with the same `key='k'`. To fix this, please make sure "
        "that the `key` argument is unique for each element you create.")
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitDuplicateElementKey"


ON_CHANGE_WIDGETS = [
    *(call for call, _ in WIDGETS.values()),
    'st.pills("W", ["a", "b"], key="k")',
    'st.segmented_control("W", ["a", "b"], key="k")',
    'st.feedback("thumbs", key="k")',
    'st.pagination(3, key="k")',
    'st.datetime_input("W", datetime.datetime(2024, 1, 2, 8, 30), key="k")',
    'st.file_uploader("W", key="k")',
    'st.data_editor([{"a": 1}], key="k")',
]


@pytest.mark.parametrize("mode", ["rerun", "ignore"])
@pytest.mark.parametrize("call", ON_CHANGE_WIDGETS)
def test_on_change_takes_streamlits_modes(call: str, mode: str) -> None:
    """Streamlit 1.67: ``on_change: WidgetCallback | "rerun" | "ignore"`` on every input widget."""
    at = app(call.replace('key="k"', f'key="k", on_change={mode!r}'))
    assert not at.exception, at.exception
    assert "k" in at.session_state


def test_on_change_rejects_other_strings_naming_the_modes() -> None:
    at = app('st.checkbox("W", on_change="rerunn")')
    assert at.exception and "'rerun' or 'ignore'" in at.exception[0].value


def test_on_change_ignore_still_gives_the_value_to_the_next_run() -> None:
    """AppTest's ``.run()`` is the next run: the ignored commit reaches it (as in 1.67)."""
    at = app('x = st.selectbox("a", ["a", "b"], on_change="ignore", key="s")\nst.write(x)')
    at.selectbox(key="s").select("b").run()
    assert at.markdown[0].value == "b" and at.session_state["s"] == "b"


def test_on_change_ignore_in_a_form_is_allowed() -> None:
    at = app('with st.form("f"):\n    st.text_input("t", on_change="ignore", key="t")\n'
             '    st.form_submit_button()')
    assert not at.exception


INIT_HELP = ("Did you forget to initialize it? More info: "
             "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization")


@pytest.mark.parametrize(("read", "exc_type", "noun"), [
    ("st.session_state.x", "AttributeError", "attribute"),
    ('st.session_state["x"]', "KeyError", "key"),
])
def test_reading_a_missing_key_says_what_streamlit_says(read: str, exc_type: str,
                                                        noun: str) -> None:
    at = app(read)
    assert at.exception[0].exc_type == exc_type
    message = f'st.session_state has no {noun} "x". {INIT_HELP}'
    # Streamlit 1.67 shows str(exception): a KeyError's message in quotes
    assert at.exception[0].value == (f"'{message}'" if exc_type == "KeyError" else message)


def test_streamlit_error_names_catch_rerunqts_errors() -> None:
    """``except StreamlitValueAssignmentNotAllowedError`` (streamlit.errors) catches the
    read-only error (it was bound to another error, so the except missed it)."""
    at = app("""
from streamlit.errors import (StreamlitDuplicateElementId,
                              StreamlitValueAssignmentNotAllowedError)
st.session_state.b = True
try:
    st.button("B", key="b")
except StreamlitValueAssignmentNotAllowedError:
    st.text("read-only caught")
st.button("C")
try:
    st.button("C")
except StreamlitDuplicateElementId:
    st.text("duplicate caught")
""")
    assert [t.value for t in at.text] == ["read-only caught", "duplicate caught"]


def test_streamlit_error_types_catch_their_argument_errors() -> None:
    """``except streamlit.errors.StreamlitValueBelowMinError`` (and its kin) catches what
    rerunqt raises for the same mistake, and an uncaught one's type is Streamlit's."""
    at = AppTest.from_string("""
import rerunqt as st
from rerunqt.compat.streamlit import errors
caught = []
for call, error in [(lambda: st.number_input("n", min_value=5, value=1), errors.StreamlitValueBelowMinError),
                    (lambda: st.selectbox("s", ["a"], index=3), errors.StreamlitValueOutOfRangeError),
                    (lambda: st.toast(""), errors.StreamlitMissingRequiredParameterError),
                    (lambda: st.number_input("m", min_value=1, value=2.5),
                     errors.StreamlitMixedNumericTypesError)]:
    try:
        call()
    except error:
        caught.append(error.__name__)
st.write(len(caught))
st.progress(2.0)
""").run()
    assert at.markdown[0].value == "`4`"
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitValueOutOfRangeError"


_LABELLED = [
    "st.slider({})", "st.select_slider({}, ['a'])", "st.number_input({})", "st.text_input({})",
    "st.text_area({})", "st.selectbox({}, ['a'])", "st.multiselect({}, ['a'])",
    "st.radio({}, ['a'])", "st.checkbox({})", "st.toggle({})", "st.date_input({})",
    "st.time_input({})", "st.datetime_input({})", "st.color_picker({})", "st.pills({}, ['a'])",
    "st.segmented_control({}, ['a'])", "st.file_uploader({})", "st.button({})",
    "st.download_button({}, 'x')", "st.link_button({}, 'https://x.org')",
    "st.menu_button({}, ['a'])", "st.metric({}, 1)", "st.page_link('https://x.org', label={})",
]


@pytest.mark.parametrize("call", _LABELLED)
def test_a_label_that_is_not_a_string_is_shown_as_its_text(call: str) -> None:
    """Streamlit 1.67 shows any label as its ``str`` and None as "" (st.checkbox(column)
    with an int column name); rerunqt raised "label must be a string"."""
    at = AppTest.from_string(
        f"import rerunqt as st\n{call.format(3)}\n{call.format(2.5)}\n"
        + ("" if "page_link" in call else f"{call.format(None)}\n")).run()
    assert not at.exception, at.exception
    labels = [e.label for e in at if hasattr(e, "label") and e.type not in ("main", "sidebar")]
    assert labels == (["3", "2.5"] if "page_link" in call else ["3", "2.5", ""])


def test_keys_of_any_type_are_their_str_and_an_empty_key_is_refused_as_in_streamlit() -> None:
    """Streamlit 1.67 keys a widget and session state by ``str(key)`` (key=("a", 1) works;
    st.session_state[None] is a KeyError); rerunqt raised TypeError "keys must be str or
    int". key="" is Streamlit's "Invalid `key` value" error; rerunqt took it."""
    at = AppTest.from_string("""
        import rerunqt as st
        st.slider("S", 0, 10, 3, key=("a", 1))
        st.write(str(st.session_state["('a', 1)"]))
        try:
            st.session_state[None]
        except KeyError:
            st.write("no None")
    """).run()
    assert not at.exception, at.exception
    assert [m.value for m in at.markdown] == ["3", "no None"]
    at = AppTest.from_string("import rerunqt as st\nst.checkbox('C', key='')\n").run()
    assert at.exception[0].message == ("Invalid `key` value. Supported values: a non-empty "
                                       "string.")


@pytest.mark.parametrize("code, words", [
    ('st.button("Same")\nst.button("Same")',
     "There are multiple `button` elements with the same auto-generated ID. When this element "
     "is created, it is assigned an internal ID based on the element type and provided "
     "parameters. Multiple elements with the same type and parameters will cause this error."
     "\n\nTo fix this error, please pass a unique `key` argument to the `button` element."),
    ('st.text_input("a", key="k")\nst.checkbox("b", key="k")',
     "There are multiple elements with the same `key='k'`. To fix this, please make sure that "
     "the `key` argument is unique for each element you create."),
    ('with st.form("f"):\n    st.form_submit_button()\n    st.form_submit_button()',
     "There are multiple elements with the same `key='FormSubmitter:f-Submit'`. To fix this, "
     "please make sure that the `key` argument is unique for each element you create."),
    ('st.session_state.k = True\nst.button("b", key="k")',
     "`st.session_state['k']` is read-only and cannot be assigned through session state. Use "
     "a different session state key for values you need to set."),
    ('st.error("e", icon="fire")', 'The value "fire" is not a valid icon. Please use a single '
     "emoji or a Material icon shortcode like `:material\u200b/thumb_up:`."),
    ('st.button("b", icon=":fire:")', 'The value ":fire:" is not a valid icon. Emoji shortcodes '
     "are not supported. Please use a single emoji or a Material icon shortcode like "
     "`:material\u200b/thumb_up:`."),
    ('st.toast("t", icon=":material/home")', 'The value `":material\u200b/home"` is not a valid '
     "Material icon. Please use a Material icon shortcode like **`:material\u200b/thumb_up:`**"),
    ('st.info("i", icon=":material/Home:")', 'The value `":material\u200b/Home:"` is not a valid '
     "Material icon. Please use a Material icon shortcode like **`:material\u200b/thumb_up:`**."),
])
def test_misuse_errors_say_exactly_what_streamlit_says(code: str, words: str) -> None:
    """Apps and their tests match these messages whole (Streamlit 1.67's words, no more)."""
    at = app(code)
    assert [e.value for e in at.exception] == [words]
    assert at.exception[0].is_markdown


def test_the_same_unkeyed_widget_may_be_in_the_page_and_the_sidebar() -> None:
    """Streamlit 1.67 counts the sidebar in an unkeyed widget's id; a key is still one
    widget wherever it is."""
    at = app('a = st.slider("N", 0, 9, 2)\nb = st.sidebar.slider("N", 0, 9, 2)\n'
             'st.write(f"{a} {b}")')
    assert not at.exception
    at.sidebar.slider[0].set_value(7).run()
    assert at.main.slider[0].value == 2 and at.markdown[0].value == "2 7"
    at = app('st.button("OK", key="k")\nst.sidebar.button("OK", key="k")')
    assert "multiple elements with the same `key='k'`" in at.exception[0].value


def test_a_fragment_called_in_the_page_and_in_the_sidebar_keeps_both_widgets() -> None:
    """A rerun of the sidebar's fragment alone finds its widgets by their sidebar ids."""
    at = AppTest.from_string(
        "import rerunqt as st\n"
        "@st.fragment\n"
        "def hi():\n"
        "    if st.button('Hi!'):\n"
        "        st.write('Hi back!')\n"
        "hi()\n"
        "with st.sidebar:\n"
        "    hi()\n").run()
    assert not at.exception
    at.sidebar.button[0].click().run()
    assert [m.value for m in at.sidebar.markdown] == ["Hi back!"]
    assert len(at.main.markdown) == 0


@pytest.mark.parametrize("code, drawn", [
    ("c = st.sidebar\n@st.fragment\ndef f():\n    st.write(str(c.slider('S', 0, 9, 2)))\nf()\n",
     "sidebar"),
    ("c = st.container()\n@st.fragment\ndef f():\n    st.write(str(c.slider('S', 0, 9, 2)))\n"
     "with st.sidebar:\n    f()\n", "main"),
])
def test_a_fragment_rerun_keeps_an_unkeyed_widget_it_draws_outside_itself(code: str,
                                                                          drawn: str) -> None:
    """A fragment's part in the sidebar (or the page) keeps its widgets' ids in a rerun of
    the fragment alone, so their values survive it and the next full run."""
    at = app(code)
    getattr(at, drawn).slider[0].set_value(7).run()
    assert [m.value for m in at.markdown] == ["7"]
    at.run()
    assert getattr(at, drawn).slider[0].value == 7 and [m.value for m in at.markdown] == ["7"]
