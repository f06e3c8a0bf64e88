"""An API error's box as Streamlit draws it: "**StreamlitAPIException**: " and its message
as Markdown (Streamlit's st_exception app), not "RerunQtAPIError: " and raw backticks."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

pytestmark = pytest.mark.qt


def test_an_api_errors_message_is_markdown_under_streamlits_name(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
from streamlit.errors import StreamlitAPIException
st.exception(StreamlitAPIException("Cannot hash `get_data()`.\\n\\n```\\nx = 1\\n```"))
st.exception(RuntimeError("plain `text`"))
"""))
    api, plain = [r.widget for r in pilot.window.renderer.find(kind="exception")]
    assert not api.head.isVisible() and api.body.isVisible()
    document = QTextDocument()
    document.setHtml(api.body.text())
    shown = document.toPlainText()
    assert shown.startswith("StreamlitAPIException: Cannot hash get_data().")  # no backticks
    assert "```" not in shown and "x = 1" in shown
    assert plain.head.isVisible() and plain.head.text() == (
        '<b>RuntimeError</b>: <span style="white-space: pre-wrap">plain `text`</span>')
    assert plain.accessibleName() == "RuntimeError: plain `text`"


def test_a_plain_warning_shows_its_message_as_text_in_a_warning_box(rerunqt_pilot, write_script) -> None:
    """A Warning given to st.exception is a warning box; its message is not Markdown."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.exception(UserWarning("careful **now**"))
"""))
    box = pilot.window.renderer.find(kind="exception")[0].widget
    assert box.property("level") == "warning"
    assert box.head.isVisible() and box.accessibleName() == "UserWarning: careful **now**"
    assert "<b>UserWarning</b>: " in box.head.text() and "careful **now**" in box.head.text()
    assert not box.body.isVisible()


def test_a_plain_error_bolds_its_type_only_and_titles_its_frames_traceback(rerunqt_pilot,
                                                                           write_script) -> None:
    """Streamlit's box: "**ValueError**: message" (the message as written, its lines kept),
    then "Traceback:" and the frames."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
raise ValueError("<b>not html</b> & two\\nlines")
"""))
    box = pilot.window.renderer.find(kind="exception")[0].widget
    document = QTextDocument()
    document.setHtml(box.head.text())
    assert document.toPlainText() == "ValueError: <b>not html</b> & two\nlines"
    assert box.head.text().startswith("<b>ValueError</b>: ") and box.head.text().count("<b>") == 1
    assert box.trace.text().startswith("Traceback:\n") and "raise ValueError" in box.trace.text()
