"""st.components.v2 without a web browser: the script runs on with Streamlit's result
(state values from ``default`` and session state, trigger values None); AppTest's
``set_value`` stands in for the front end."""

from __future__ import annotations

from rerunqt.testing import AppTest

LINKS = """
import streamlit as st
links = st.components.v2.component("inline_links", css="a {}", js="export default () => {}")
result = links(data="<a href='#'>x</a>", on_clicked_change=lambda: None)
st.text(f"clicked={result.clicked!r} keys={sorted(result)}")
"""

TEXT_INPUT = """
import streamlit as st
box = st.components.v2.component("my_text_input", html="<input id='txt' />")
def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
if st.button("Hello"):
    st.session_state["box"]["value"] = "Hello World"
result = box(data={"label": "Enter"}, default={"value": "I love Streamlit!"}, key="box",
             on_value_change=changed)
st.text(f"{result.value} / {st.session_state.box}")
"""


def test_a_component_returns_its_trigger_values_as_none_and_the_script_runs_on() -> None:
    at = AppTest.from_string(LINKS).run()
    assert not at.exception
    assert at.text[0].value == "clicked=None keys=['clicked']"
    component = at.get("bidi_component")[0]
    assert component.name == "inline_links" and component.value == {}


def test_state_values_start_at_default_live_in_session_state_and_can_be_set() -> None:
    at = AppTest.from_string(TEXT_INPUT).run()
    assert not at.exception
    assert at.text[0].value == "I love Streamlit! / {'value': 'I love Streamlit!'}"
    component = at.get("bidi_component")[0]
    assert component.value == {"value": "I love Streamlit!"}
    assert (component.component_name, component.html_content, component.json) == (
        "my_text_input", "<input id='txt' />", '{"label": "Enter"}')  # Streamlit's proto fields
    at.button[0].click().run()  # code changes the state dict in place, as Streamlit's docs do
    assert at.text[0].value == "Hello World / {'value': 'Hello World'}"
    at.get("bidi_component")[0].set_value({"value": "typed"}).run()  # as the front end would
    assert at.text[0].value == "typed / {'value': 'typed'}"
    assert at.session_state.calls == 1


def test_a_component_with_callbacks_is_allowed_in_a_form_and_columns() -> None:
    at = AppTest.from_string("""
import streamlit as st
c = st.components.v2.component("c", html="<b>x</b>")
with st.form("f"):
    r = c(key="k", default={"v": 1}, on_v_change=lambda: None)
    st.form_submit_button()
st.text(repr(dict(r)))
with st.columns(2)[1]:
    st.text(repr(dict(c(key="k2", data=[1, 2]))))
""").run()
    assert not at.exception, at.exception
    assert [t.value for t in at.text] == ["{'v': 1}", "{}"]


def test_wrong_arguments_raise_as_in_streamlit() -> None:
    mount = "st.components.v2.component('c')"
    for call, words in (
            ("st.components.v2.component('c', js=42)",
             "Invalid `js` type. Expected one of: str, None"),
            (mount + "(default={'v': 1})", "Key `'v'` in `default` is not a valid state name"),
            (mount + "(on___change=print)", "The callback name `'on___change'` is not allowed")):
        at = AppTest.from_string("import streamlit as st\n" + call).run()
        assert at.exception and words in at.exception[0].message, (call, at.exception)
