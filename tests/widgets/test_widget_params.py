"""Streamlit 1.67's cross-cutting widget parameters, through AppTest (no Qt)."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest

import rerunqt
from rerunqt.core.widget_params import live_delay, option_matches, shortcut_keys
from rerunqt.errors import RerunQtAPIError
from rerunqt.testing import AppTest

REFERENCE = Path("/work/shared/reference/streamlit-1.67-api.json")


def app(src: str) -> AppTest:
    return AppTest.from_string(src).run()


@pytest.mark.skipif(not REFERENCE.exists(), reason="the Streamlit 1.67 reference is not here")
def test_every_widget_takes_every_parameter_of_streamlit_1_67() -> None:
    reference = json.loads(REFERENCE.read_text())
    missing = {}
    for name, entry in reference.items():
        function = getattr(rerunqt, name, None)
        if function is None or not entry.get("params") or not callable(function):
            continue
        try:
            params = inspect.signature(function).parameters
        except (TypeError, ValueError):
            continue
        lost = [p for p in entry["params"] if p not in params]
        if lost:
            missing[name] = lost
    assert missing == {}


def test_width_on_every_widget_reaches_the_element() -> None:
    at = app("""
import rerunqt as st
st.checkbox("c", width=120); st.toggle("t", width="stretch"); st.text_input("x", width=200)
st.number_input("n", width=220); st.text_area("a", width=300); st.radio("r", ["a"], width="content")
st.selectbox("s", ["a"], width=150); st.multiselect("m", ["a"], width=140)
st.slider("sl", width=250); st.select_slider("ss", ["a", "b"], width=260)
st.date_input("d", width=180); st.time_input("ti", width=170); st.color_picker("cp", width=80)
st.file_uploader("f", width=400)
with st.form("f1", width=500, height=300):
    st.form_submit_button("Go", width="stretch")
""")
    widths = {e.kind: e.prop("width") for e in _walk(at)}
    assert widths["checkbox"] == 120 and widths["toggle"] == "stretch"
    assert widths["text_input"] == 200 and widths["number_input"] == 220
    assert widths["radio"] == "content" and widths["selectbox"] == 150 and widths["slider"] == 250
    assert widths["file_uploader"] == 400 and widths["form"] == 500
    assert widths["form_submit_button"] == "stretch"


@pytest.mark.parametrize("call", [
    "st.slider('x', width='content')", "st.select_slider('x', ['a'], width='content')",
    "st.number_input('x', width='content')", "st.text_input('x', width='content')",
    "st.text_area('x', width='content')", "st.selectbox('x', ['a'], width='content')",
    "st.multiselect('x', ['a'], width='content')", "st.date_input('x', width='content')",
    "st.time_input('x', width='content')", "st.file_uploader('x', width='content')",
    "st.camera_input('x', width='content')", "st.audio_input('x', width='content')",
    "st.datetime_input('x', width='content')",
])
def test_widgets_that_only_stretch_refuse_content_width_as_in_streamlit(call: str) -> None:
    """Streamlit 1.67 raises StreamlitInvalidWidthError for width="content" on these (they
    take "stretch" or pixels); rerunqt took it."""
    at = app(f"import rerunqt as st\n{call}\n")
    assert at.exception[0].message == ("Invalid width value: 'content'. Width must be either a "
                                       "positive integer (pixels) or 'stretch'.")
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitInvalidWidthError"


def refused(src: str, pattern: str) -> None:
    """The script's call raised an error matching ``pattern``, shown in the app."""
    at = app(src)
    assert len(at.exception) == 1 and re.search(pattern, at.exception[0].value), at.exception


def _walk(at: AppTest):
    from rerunqt.core.element import walk

    return list(walk(at.tree))


def test_width_is_checked() -> None:
    refused("import rerunqt as st\nst.text_input('x', width=-5)", r"Invalid width value: -5")


def test_button_width_stretch_is_use_container_width_and_both_still_work() -> None:
    at = app("""
import rerunqt as st
st.button("a", key="a", width="stretch")
st.button("b", key="b", use_container_width=True)
st.button("c", key="c", width=140, icon="🔥", icon_position="right", shortcut="ctrl+k")
""")
    a, b, c = (at.button(key=k) for k in "abc")
    assert a.use_container_width is True and a.width == "stretch"
    assert b.width == "stretch"
    assert c.width == 140 and c.icon_position == "right"
    assert c.shortcut == "Ctrl+K"
    assert at.button(key="c").click().run().button(key="c").value is True


@pytest.mark.parametrize(("given", "qt"), [
    ("ctrl+k", "Ctrl+K"), ("cmd+enter", "Ctrl+Return"), ("K", "K"), ("shift+alt+x", "Shift+Alt+X"),
    ("esc", "Esc"), ("f5", "F5"),
])
def test_shortcut_syntax_maps_to_qt(given: str, qt: str) -> None:
    assert shortcut_keys("button", given) == qt


def test_bad_shortcut_and_icon_position_say_what_to_use() -> None:
    with pytest.raises(RerunQtAPIError, match=r"'hyper' is not a modifier"):
        shortcut_keys("button", "hyper+k")
    refused("import rerunqt as st\nst.button('x', icon_position='top')",
            r"icon_position='top'.*'left' or 'right'")


def test_required_fields_are_marked() -> None:
    at = app("""
import rerunqt as st
st.text_input("t", required=True); st.text_area("a", required=True)
st.number_input("n", value=None, required=True); st.selectbox("s", ["a"], required=True)
st.date_input("d", required=True); st.time_input("ti", required=True)
""")
    required = {e.kind: e.prop("required") for e in _walk(at) if e.prop("required") is not None}
    assert required == dict.fromkeys(
        ("text_input", "text_area", "number_input", "selectbox", "date_input", "time_input"), True)


FORM = """
import rerunqt as st
with st.form("f"):
    name = st.text_input("Name", key="name", required=True)
    sent = st.form_submit_button("Send", key="send")
st.text(f"sent={sent} name={name!r}")
"""


def test_a_form_with_an_empty_required_field_is_not_submitted() -> None:
    at = app(FORM)
    at.button(key="send").click().run()
    assert at.text[0].value == "sent=False name=''"
    at.text_input(key="name").input("Ada")
    at.button(key="send").click().run()
    assert at.text[0].value == "sent=True name='Ada'"


def test_validate_refuses_a_text_that_does_not_match() -> None:
    src = """
import rerunqt as st
v = st.text_input("Code", key="c", validate=(r"[A-Z]{3}", "Three capitals"))
st.text(repr(v))
"""
    at = app(src)
    at.text_input(key="c").input("ABC").run()
    assert at.text[0].value == "'ABC'"
    at.text_input(key="c").input("abc").run()
    assert at.text[0].value == "'ABC'"  # not committed
    assert at.text_input(key="c").validate == (r"[A-Z]{3}", "Three capitals")


def test_an_invalid_validate_regex_refuses_every_text_and_the_script_goes_on() -> None:
    # Streamlit 1.67 raises nothing: its field says "Invalid validate regex" and commits nothing
    at = app("""
import rerunqt as st
v = st.text_input("x", key="x", validate="[")
st.text(repr(v))
""")
    assert not at.exception and at.text[0].value == "''"
    at.text_input(key="x").input("anything").run()
    assert at.text[0].value == "''"
    assert at.text_input(key="x").validate[1].startswith("Invalid validate regex: [. Error: ")


def test_validate_and_live_are_checked() -> None:
    refused("import rerunqt as st\nst.text_input('x', validate=5)", "must be a regular expression")
    assert live_delay("text_input", True) == 300
    assert live_delay("text_input", "0.5s") == 500 and live_delay("text_input", "40ms") == 40
    with pytest.raises(RerunQtAPIError, match=r"live=5 is not valid"):
        live_delay("text_input", 5)


def test_selectbox_accepts_a_new_option_as_a_str() -> None:
    at = app("""
import rerunqt as st
v = st.selectbox("Fruit", ["apple", "pear"], key="f", accept_new_options=True)
st.text(repr(v))
""")
    at.selectbox(key="f").set_value("kiwi").run()
    assert at.text[0].value == "'kiwi'"
    at.selectbox(key="f").set_value("pear").run()
    assert at.text[0].value == "'pear'"


def test_selectbox_refuses_a_new_option_without_accept_new_options() -> None:
    at = app("import rerunqt as st\nst.selectbox('Fruit', ['apple'], key='f')")
    with pytest.raises(ValueError):
        at.selectbox(key="f").set_value("kiwi")


def test_multiselect_accepts_new_options() -> None:
    at = app("""
import rerunqt as st
v = st.multiselect("Tags", ["a", "b"], key="m", accept_new_options=True, select_all=True)
st.text(repr(v))
""")
    at.multiselect(key="m").set_value(["b", "new"]).run()
    assert at.text[0].value == "['b', 'new']"
    assert at.multiselect(key="m").select_all is True


@pytest.mark.parametrize(("mode", "typed", "label", "kept"), [
    ("fuzzy", "apl", "Apple", True), ("fuzzy", "lpa", "Apple", False),
    ("contains", "ppl", "Apple", True), ("contains", "apl", "Apple", False),
    ("prefix", "ap", "Apple", True), ("prefix", "pp", "Apple", False), (None, "zz", "Apple", True),
])
def test_filter_modes(mode: str | None, typed: str, label: str, kept: bool) -> None:
    assert option_matches(mode, typed, label) is kept


def test_filter_mode_is_checked() -> None:
    refused("import rerunqt as st\nst.selectbox('s', ['a'], filter_mode='regex')",
            r"filter_mode='regex'.*'fuzzy', 'contains'")


def test_time_input_format_and_file_uploader_max_upload_size() -> None:
    at = app("""
import rerunqt as st
st.time_input("t", format="12h"); st.time_input("u", format=24)
st.file_uploader("f", max_upload_size=5)
""")
    formats = [e.prop("format") for e in _walk(at) if e.kind == "time_input"]
    assert formats == ["12h", "24h"]
    (uploader,) = [e for e in _walk(at) if e.kind == "file_uploader"]
    assert uploader.prop("max_upload_size") == 5 * 1024 * 1024
    refused("import rerunqt as st\nst.file_uploader('f', max_upload_size=0)", "max_upload_size=0")


def test_chat_input_submit_mode_and_data_editor_extras() -> None:
    at = app("""
import rerunqt as st
st.chat_input("Say", submit_mode="disable")
st.data_editor({"a": [1, None]}, row_height=40, placeholder="—", alt="Numbers")
""")
    kinds = {e.kind: e for e in _walk(at)}
    assert kinds["chat_input"].prop("submit_mode") == "disable"
    editor = kinds["data_editor"]
    assert (editor.prop("row_height"), editor.prop("placeholder"), editor.prop("alt")) == (
        40, "—", "Numbers")
    refused("import rerunqt as st\nst.chat_input(submit_mode='later')", "submit_mode='later'")


BOUND = """
import rerunqt as st
if "start" not in st.session_state:  # the URL the app was opened with
    st.session_state.start = True
    st.query_params.from_dict(START)
on = st.checkbox("On", key="on", bind="query-params")
q = st.text_input("Query", key="q", bind="query-params")
n = st.number_input("N", min_value=0, max_value=9, value=1, key="n", bind="query-params")
pick = st.selectbox("Pick", ["apple", "pear"], key="pick", bind="query-params")
tags = st.multiselect("Tags", ["a", "b", "c"], key="tags", bind="query-params")
st.text(f"{on!r} {q!r} {n!r} {pick!r} {tags!r} {st.query_params.to_dict()!r}")
"""


def test_bound_widgets_start_from_the_query_params() -> None:
    start = {"on": "true", "q": "hello", "n": "7", "pick": "pear", "tags": ["c", "a"]}
    at = app(f"START = {start!r}" + BOUND)
    assert at.text[0].value.startswith("True 'hello' 7 'pear' ['c', 'a']")


def test_bound_widgets_write_their_value_back_and_drop_defaults() -> None:
    at = app("START = {}" + BOUND)
    assert at.text[0].value.endswith(" {}")  # every widget at its default: nothing in the URL
    at.text_input(key="q").input("news").run()
    at.checkbox(key="on").check().run()
    assert at.text[0].value.endswith("{'q': 'news', 'on': 'true'}")
    at.checkbox(key="on").uncheck().run()
    assert at.text[0].value.endswith("{'q': 'news'}")


def test_a_query_param_the_widget_cannot_take_is_ignored() -> None:
    at = app("START = {'n': '99', 'pick': 'kiwi', 'on': 'maybe'}" + BOUND)
    assert at.text[0].value.startswith("False '' 1 'apple' []")


def test_bind_needs_a_key_and_a_known_target() -> None:
    refused("import rerunqt as st\nst.checkbox('c', bind='query-params')", r"needs a key")
    refused("import rerunqt as st\nst.checkbox('c', key='c', bind='url')",
            r"bind='url' is not valid")
    refused("import rerunqt as st\nst.slider('s', bind='query-params')", r"needs a key")


def test_help_reads_as_streamlits_apptest() -> None:
    """``.help`` is the help text, or "" without one (Streamlit 1.67's AppTest reads the
    proto's empty string, so ``assert el.help == ""`` passes on both)."""
    at = AppTest.from_string("""
import rerunqt as st
st.text_input("With", help="Type **here**")
st.text_input("Without")
st.markdown("m")
st.title("t", help="About")
st.metric("m", 1)
st.checkbox("c")
st.button("b")
""").run()
    assert [t.help for t in at.text_input] == ["Type **here**", ""]
    assert at.markdown[0].help == "" and at.title[0].help == "About"
    assert at.metric[0].help == "" and at.checkbox[0].help == "" and at.button[0].help == ""


def test_icon_spinner_is_accepted_as_in_streamlit() -> None:
    at = app("""
import rerunqt as st
st.button("Wait", icon="spinner")
st.info("Busy", icon="spinner")
st.text("after")
""")
    assert not at.exception and at.text[0].value == "after"
    assert at.button[0].icon == "spinner"


@pytest.mark.parametrize("call", [
    "st.button('b', type='danger')",
    "st.link_button('l', 'https://example.com', type='danger')",
    "with st.form('f'):\n    st.form_submit_button('s', type='danger')",
])
def test_a_buttons_unknown_type_is_streamlits_value_error(call: str) -> None:
    # Streamlit 1.67's StreamlitValueError words, for every kind of button
    at = AppTest.from_string("import streamlit as st\n" + call).run()
    assert at.exception[0].message == (
        "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'.")


def test_a_text_inputs_unknown_type_is_streamlits_value_error() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text_input('t', type='secret')").run()
    assert at.exception[0].message == ("Invalid `type` value. Supported values: 'default', "
                                       "'password', 'email', 'url', 'phone', 'search'.")
