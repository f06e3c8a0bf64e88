"""A chat input at the top level stays pinned under the page in a run that opens a dialog."""

from __future__ import annotations

from rerunqt.testing import AppTest

TOAST_APP = """
import rerunqt as st

st.chat_input("input here")

@st.dialog("Toast")
def toast_notification():
    if st.button("Toast from dialog"):
        st.toast("Toast above dialog")
    st.chat_input("in the dialog")

st.button("Trigger dialog", on_click=toast_notification)
"""


def test_a_dialog_opened_by_a_callback_leaves_the_chat_input_under_the_page() -> None:
    """Streamlit's st_toast e2e app: the dialog opens in the button's callback, before the
    script draws its chat input, which must still go to st.bottom, not into the page."""
    at = AppTest.from_string(TOAST_APP).run()
    assert len(at.main.chat_input) == 0
    at.button[0].click().run()
    assert len(at.main.chat_input) == 0
    assert [c.placeholder for c in at.bottom.chat_input] == ["input here"]
    assert [c.placeholder for c in at.dialog[0].chat_input] == ["in the dialog"]
    at.dialog[0].button[0].click().run()  # a dialog-only rerun
    assert [c.placeholder for c in at.dialog[0].chat_input] == ["in the dialog"]
    assert [c.placeholder for c in at.bottom.chat_input] == ["input here"]


def test_a_dialog_opened_above_the_chat_input_in_the_script_does_not_unpin_it() -> None:
    at = AppTest.from_string("""
        import rerunqt as st

        @st.dialog("Login")
        def login():
            st.text_input("Username")

        login()
        st.button("Main")
        st.chat_input("Say")
    """).run()
    assert len(at.main.chat_input) == 0
    assert [c.placeholder for c in at.bottom.chat_input] == ["Say"]
