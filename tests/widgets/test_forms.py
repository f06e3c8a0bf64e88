"""Forms through AppTest: batching, submit, clear_on_submit, the object form, every error."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

FORM_SCRIPT = """
import rerunqt as st
if "n" not in st.session_state:
    st.session_state.n = 0
def bump(by, *, note):
    st.session_state.n += by
    st.session_state.note = note
    st.session_state.seen = st.session_state.name
with st.form("f", clear_on_submit={clear}):
    name = st.text_input("Name", key="name")
    age = st.number_input("Age", 0, 120, 30, key="age")
    sent = st.form_submit_button("Save", on_click=bump, args=(1,), kwargs={{"note": "hi"}})
st.text(f"name={{name!r}} age={{age!r}} sent={{sent}} n={{st.session_state.n}}")
"""


def form_app(clear: bool = False) -> AppTest:
    return AppTest.from_string(FORM_SCRIPT.format(clear=clear)).run()


def test_edits_in_a_form_wait_for_the_submit() -> None:
    at = form_app()
    at.text_input("name").set_value("Bob").run()
    at.number_input("age").set_value(40).run()
    assert at.text[0].value == "name='' age=30 sent=False n=0"
    assert at.text_input("name").value == "Bob"  # shown, held by the form
    assert at.session_state.name == ""


def test_submit_applies_all_values_then_the_callback_then_the_script() -> None:
    at = form_app()
    at.text_input("name").set_value("Bob")
    at.number_input("age").set_value(40)
    at.button[0].click().run()
    assert at.text[0].value == "name='Bob' age=40 sent=True n=1"
    assert at.session_state.note == "hi"
    assert at.session_state.seen == "Bob"  # the callback saw the submitted value
    at.run()
    assert at.text[0].value == "name='Bob' age=40 sent=False n=1"  # True for one run only


def test_submit_button_is_listed_in_at_button() -> None:
    at = form_app()
    assert [b.label for b in at.button] == ["Save"]
    assert at.button[0].type == "button"  # Streamlit's AppTest type for a submit button too
    assert len(at.form_submit_button) == 1


def test_submit_without_edits_fires_the_callback_once() -> None:
    at = form_app()
    at.button[0].click().run()
    assert at.session_state.n == 1
    at.run()
    assert at.session_state.n == 1


def test_clear_on_submit_clears_the_screen_and_state_keeps_the_values() -> None:
    """As Streamlit 1.67: the fields show their defaults after a submit, while session
    state (and what the widgets return) keeps the submitted values until the next submit,
    which sends the defaults of the fields left alone."""
    at = form_app(clear=True)
    at.text_input("name").set_value("Bob")
    at.number_input("age").set_value(40)
    at.button[0].click().run()
    assert at.text[0].value == "name='Bob' age=40 sent=True n=1"  # the script saw the values
    shown = [w._element.prop("value") for w in (at.text_input("name"), at.number_input("age"))]
    assert shown == ["", 30]  # the form shows its defaults again
    assert at.session_state.name == "Bob"  # state still holds the submitted value
    assert at.text_input("name").value == "Bob"  # as Streamlit's AppTest reads it
    at.run()
    assert at.text[0].value == "name='Bob' age=40 sent=False n=1"
    assert at.text_input("name")._element.prop("value") == ""
    at.button[0].click().run()  # submitting the cleared form sends its defaults
    assert at.text[0].value == "name='' age=30 sent=True n=2"
    assert at.session_state.name == ""


def test_code_ends_the_cleared_look_of_a_field() -> None:
    at = AppTest.from_string("""
import rerunqt as st
if st.button("Fill"):
    st.session_state.name = "Code"
with st.form("f", clear_on_submit=True):
    st.text_input("Name", key="name")
    st.form_submit_button("Save")
""").run()
    at.text_input("name").set_value("Bob")
    at.button[1].click().run()
    assert at.text_input("name")._element.prop("value") == ""
    at.button[0].click().run()
    assert at.text_input("name")._element.prop("value") == "Code"
    at.button[1].click().run()
    assert at.session_state.name == "Code"  # no longer a cleared field: its value is sent


def test_form_as_an_object_and_values_outside_forms_are_not_held() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        form = st.form("opts", border=False)
        shout = form.checkbox("Shout")
        size = form.slider if False else form.number_input("Size", 1, 5, 2)
        go = form.form_submit_button("Apply")
        outside = st.checkbox("Outside")
        st.text(f"{shout} {size} {go} {outside}")
    """).run()
    assert at.get("form")[0].border is False
    at.checkbox[0].check()
    at.checkbox[1].check().run()
    assert at.text[0].value == "False 2 False True"
    at.button[0].click().run()
    assert at.text[0].value == "True 2 True True"


def test_the_form_widgets_ids_include_the_form() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        for name in ("a", "b"):
            with st.form(name):
                st.text_input("Same label")
                st.form_submit_button()
        st.text("drawn")
    """).run()
    assert not at.exception
    assert len(at.text_input) == 2 and at.text_input[0].id != at.text_input[1].id


def test_values_held_in_one_form_are_not_sent_by_another_forms_submit() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        with st.form("a"):
            a = st.text_input("A")
            st.form_submit_button("Send A")
        with st.form("b"):
            b = st.text_input("B")
            st.form_submit_button("Send B")
        st.text(f"{a}|{b}")
    """).run()
    at.text_input[0].set_value("x")
    at.text_input[1].set_value("y")
    at.button[1].click().run()
    assert at.text[0].value == "|y"
    at.button[0].click().run()
    assert at.text[0].value == "x|y"


@pytest.mark.parametrize(("body", "message"), [
    ('with st.form("a"):\n    with st.form("b"):\n        pass', "Forms cannot be nested in other forms"),
    ('st.form_submit_button("x")', "`st.form_submit_button()` must be used inside an `st.form()`"),
    ('with st.form("a"):\n    st.button("b")\n    st.form_submit_button()',
     "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()`"),
    ('with st.form("a"):\n    st.download_button("d", b"x")\n    st.form_submit_button()',
     "`st.download_button()` can't be used in an `st.form()`"),
    ('with st.form("a"):\n    st.checkbox("b", on_change=print)\n    st.form_submit_button()',
     "Within a form, callbacks can only be defined on `st.form_submit_button`."),
    ('for _ in range(2):\n    with st.form("a"):\n        st.form_submit_button()',
     "There are multiple elements with the same `key='a'`. To fix this, please make sure"),
    ('with st.form("a"):\n    st.form_submit_button()\n    st.form_submit_button()',
     "There are multiple elements with the same `key='FormSubmitter:a-Submit'`."),
    ('st.session_state.a = 1\nwith st.form("a"):\n    st.form_submit_button()',
     "`st.session_state['a']` is read-only and cannot be assigned through session state"),
    ('with st.form("a"):\n    st.form_submit_button()\nst.session_state.a = 1',
     "`st.session_state['a']` cannot be modified after the widget with that key"),
    ('with st.form("a"):\n    st.form_submit_button(key="s")\nst.session_state.s = True',
     "`st.session_state['s']` cannot be modified after the widget with that key"),
    ('st.session_state.s = True\nwith st.form("a"):\n    st.form_submit_button(key="s")',
     "`st.session_state['s']` is read-only and cannot be assigned through session state"),
    ('st.form("")', "st.form needs a non-empty string key"),
])
def test_form_errors_are_shown_in_the_app(body: str, message: str) -> None:
    at = AppTest.from_string("import rerunqt as st\n" + body + "\nst.text('after')").run()
    assert len(at.exception) == 1
    assert message in at.exception[0].value


def test_a_duplicate_form_key_is_streamlits_duplicate_key_error() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        for _ in range(2):
            with st.form("same"):
                st.form_submit_button()
    """).run()
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitDuplicateElementKey"


def test_a_form_without_a_submit_button_shows_a_warning_in_it() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        with st.form("lonely"):
            st.checkbox("b")
    """).run()
    assert not at.exception
    assert at.warning.values == [
        "This form has no submit button, so its values can never be sent. Add one with "
        "st.form_submit_button()."]
    form = at.get("form")[0]
    assert [child.kind for child in form._element.children] == ["checkbox", "warning"]


def test_a_widget_in_a_form_can_be_set_from_session_state_before_it_is_drawn() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        if st.button("Preset"):
            st.session_state.name = "preset"
        with st.form("f"):
            name = st.text_input("Name", key="name")
            st.form_submit_button()
        st.text(name)
    """).run()
    at.button[0].click().run()
    assert at.text[0].value == "preset"


def test_a_submit_button_is_in_session_state_under_streamlit_s_key() -> None:
    """Streamlit keys an unkeyed submit button "FormSubmitter:<form>-<label>", and apps
    read it from st.session_state (True for the run after the submit)."""
    at = AppTest.from_string("""
        import rerunqt as st
        with st.form("signup"):
            st.text_input("Name", key="name")
            st.form_submit_button("Go")
        st.text(repr(st.session_state.get("FormSubmitter:signup-Go")))
    """).run()
    assert at.text[0].value == "False"
    assert "FormSubmitter:signup-Go" in at.session_state
    at.button[0].click().run()
    assert at.text[0].value == "True"
    at.run()
    assert at.text[0].value == "False"
