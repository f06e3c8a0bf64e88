"""What an error box holds, field by field, as Streamlit 1.67's AppTest reads it."""

from __future__ import annotations

from rerunqt.testing import AppTest


def test_a_warning_is_a_warning_box_and_its_message_plain_text() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.exception(UserWarning("given **w**"))
st.exception(ValueError("given"))
raise DeprecationWarning("raised")
""").run()
    given, error, raised = at.exception
    assert (given.is_warning, given.is_markdown, given.value) == (True, False, "given **w**")
    assert (error.is_warning, error.is_markdown) == (False, False)
    assert (raised.is_warning, raised.is_markdown, raised.exc_type) == (True, False, "DeprecationWarning")


def test_a_redacted_message_is_streamlits_note_word_for_word() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.set_option("client.showErrorDetails", "type")
raise ValueError("secret")
""").run()
    assert at.exception[0].message == (
        "This app has encountered an error. The original error message is redacted to prevent "
        "data leaks. Full error details have been recorded in the logs (if you're on Streamlit "
        "Cloud, click on 'Manage app' in the lower right of your app).")
    assert at.exception[0].exc_type == "ValueError" and at.exception[0].stack_trace == []


def test_an_exception_whose_str_fails_shows_an_empty_message() -> None:
    """Its box still shows (st.exception used to raise the __str__'s own error)."""
    at = AppTest.from_string("""
import rerunqt as st
class Bad(Exception):
    def __str__(self):
        raise RuntimeError("no str")
st.exception(Bad())
raise Bad()
""").run()
    assert [(e.exc_type, e.message, len(e.stack_trace)) for e in at.exception] == [
        ("Bad", "", 0), ("__main__.Bad", "", 1)]


def test_a_missing_media_file_is_streamlits_media_file_storage_error() -> None:
    at = AppTest.from_string("""
import rerunqt as st
from streamlit.runtime.media_file_storage import MediaFileStorageError
try:
    st.audio("missing.mp3")
except MediaFileStorageError as e:
    st.text(str(e))
st.image("missing.png")
""").run()
    assert at.text[0].value == "Error opening 'missing.mp3'"
    box = at.exception[0]
    assert (box.exc_type, box.message, box.is_markdown) == (
        "streamlit.runtime.media_file_storage.MediaFileStorageError", "Error opening 'missing.png'", False)
    assert box.stack_trace[0].startswith("FileNotFoundError: ")  # its cause, as Streamlit lists it


def test_proto_reads_as_streamlits_exception_message() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.exception(ValueError("plain"))
st.button("b", key="k")
st.button("c", key="k")
""").run()
    plain, api = (e.proto for e in at.exception)
    assert (plain.type, plain.message_is_markdown, plain.is_streamlit_exception) == (
        "ValueError", False, False)
    assert (api.type, api.message_is_markdown, api.is_streamlit_exception) == (
        "streamlit.errors.StreamlitDuplicateElementKey", True, True)
