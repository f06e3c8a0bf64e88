"""A fragment-only run (or a dialog's) drops the fragment's unkeyed widgets it did not
draw, as Streamlit limits its clean-up to the fragment's widgets; keyed values stay."""

from __future__ import annotations

from rerunqt.testing import AppTest

FRAGMENT = """
import rerunqt as st
outside = st.text_input("outside")

@st.fragment
def part():
    if st.checkbox("more"):
        st.text_input("unkeyed")
        st.text_input("keyed", key="kept")

part()
"""

DIALOG = """
import rerunqt as st

@st.dialog("Details")
def details():
    if st.checkbox("more"):
        st.text_input("unkeyed")

if st.button("open"):
    details()
"""


def test_a_fragment_run_drops_the_unkeyed_widgets_it_hid() -> None:
    at = AppTest.from_string(FRAGMENT).run()
    at.text_input[0].input("stays").run()
    at.checkbox[0].check().run()
    at.text_input[1].input("typed").run()
    at.text_input(key="kept").input("mine").run()
    at.checkbox[0].uncheck().run()  # a fragment-only run that does not draw them
    at.checkbox[0].check().run()
    assert [t.value for t in at.text_input] == ["stays", "", "mine"]


def test_a_dialog_run_drops_the_unkeyed_widgets_it_hid() -> None:
    at = AppTest.from_string(DIALOG).run()
    at.button[0].click().run()
    at.checkbox[0].check().run()
    at.text_input[0].input("typed").run()
    at.checkbox[0].uncheck().run()
    at.checkbox[0].check().run()
    assert [t.value for t in at.text_input] == [""]
