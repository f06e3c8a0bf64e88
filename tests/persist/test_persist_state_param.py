"""Streamlit 1.67's persist_state= on widgets: accepted, checked, and values survive hiding."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

import rerunqt as st
from rerunqt.testing import AppTest

REFERENCE = Path("/work/shared/reference/streamlit-1.67-api.json")
WIDGETS = ["checkbox", "color_picker", "date_input", "datetime_input", "feedback", "multiselect",
           "number_input", "pagination", "pills", "radio", "segmented_control", "select_slider", "selectbox",
           "slider", "text_area", "text_input", "time_input", "toggle"]
CALLS = {"radio": "st.radio('R', ['a', 'b']{x})", "selectbox": "st.selectbox('S', ['a', 'b']{x})",
         "multiselect": "st.multiselect('M', ['a', 'b']{x})",
         "select_slider": "st.select_slider('SS', ['a', 'b']{x})",
         "pills": "st.pills('P', ['a', 'b']{x})",
         "segmented_control": "st.segmented_control('G', ['a', 'b']{x})",
         "feedback": "st.feedback('stars'{x})", "pagination": "st.pagination(5{x})"}


def test_every_widget_that_has_it_in_streamlit_takes_persist_state() -> None:
    if REFERENCE.exists():
        api = json.loads(REFERENCE.read_text())
        having = {name for name, entry in api.items() if isinstance(entry, dict)
                  and "persist_state" in (entry.get("params") or []) and hasattr(st, name)}
        assert having == set(WIDGETS)
    for name in WIDGETS:
        assert "persist_state" in inspect.signature(getattr(st, name)).parameters, name


@pytest.mark.parametrize("name", WIDGETS)
@pytest.mark.parametrize("mode", ["page", "session"])
def test_valid_modes_are_accepted(name: str, mode: str) -> None:
    call = CALLS.get(name, f"st.{name}('W'{{x}})").format(x=f", key='w', persist_state={mode!r}")
    at = AppTest.from_string(f"import rerunqt as st\n{call}\n").run()
    assert not at.exception


@pytest.mark.parametrize("name", ["text_input", "slider", "selectbox"])
def test_a_bad_mode_is_an_error_naming_it(name: str) -> None:
    call = CALLS.get(name, f"st.{name}('W'{{x}})").format(x=", persist_state='forever'")
    at = AppTest.from_string(f"import rerunqt as st\n{call}\n").run()
    assert "persist_state='forever'" in at.exception[0].message
    assert "'page'" in at.exception[0].message


@pytest.mark.parametrize("name", WIDGETS)
def test_a_mode_without_a_key_is_streamlits_missing_key_error(name: str) -> None:
    call = CALLS.get(name, f"st.{name}('W'{{x}})").format(x=", persist_state='session'")
    at = AppTest.from_string(f"import rerunqt as st\n{call}\n").run()
    assert at.exception[0].exc_type.endswith("StreamlitMissingRequiredParameterError")
    assert at.exception[0].message.startswith(
        "The `key` parameter is required. When using persist_state, the widget must have a "
        "unique 'key' parameter specified so its value can be preserved across reruns and "
        "page switches.")


def test_a_bad_mode_has_streamlits_words() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.checkbox('c', key='c', persist_state=1)").run()
    assert at.exception[0].exc_type.endswith("StreamlitValueError")
    assert at.exception[0].message.startswith(
        "Invalid `persist_state` value. Supported values: 'page', 'session', None.")


def test_a_hidden_keyed_widget_keeps_its_value() -> None:
    at = AppTest.from_string("""
import rerunqt as st
if st.checkbox("show", value=True, key="show"):
    st.text_input("Name", key="name", persist_state="session")
""").run()
    at.text_input(key="name").set_value("Ada").run()
    at.checkbox(key="show").uncheck().run()
    at.checkbox(key="show").check().run()
    assert at.text_input(key="name").value == "Ada"
