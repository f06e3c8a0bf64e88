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


def test_copy_and_ask_links_under_the_box_as_streamlit_shows_them_locally(rerunqt_pilot, write_script,
                                                                           monkeypatch) -> None:
    """Streamlit 1.67 (client.showErrorLinks "auto" on a local app): Copy puts "Type:
    message", a blank line and the frames on the clipboard; Ask Google / ChatGPT open a search."""
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(bytes(url.toEncoded()).decode()))
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
raise ValueError("boom now")
"""))
    box = pilot.window.renderer.find(kind="exception")[0].widget
    assert box.links.isVisibleTo(box)
    copy, google, chatgpt = box.links.findChildren(type(box.links.layout().itemAt(1).widget()))
    assert [copy.text(), google.text(), chatgpt.text()] == ["Copy", "Ask Google", "Ask ChatGPT"]
    copy.act()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("ValueError: boom now\n\nFile ") and 'raise ValueError("boom now")' in copied
    google.act()
    chatgpt.act()
    assert opened[0] == "https://www.google.com/search?q=ValueError%3A%20boom%20now"
    assert opened[1].startswith("https://chatgpt.com/?q=ValueError%3A%20boom%20now%0A%0AFile")


def test_show_error_links_false_hides_the_links(rerunqt_pilot, write_script, monkeypatch) -> None:
    from rerunqt.compat import streamlit_only

    monkeypatch.setattr(streamlit_only, "value", lambda key: False if key == "client.showErrorLinks"
                        else streamlit_only.DEFAULTS.get(key))
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.exception(ValueError('x'))\n"))
    box = pilot.window.renderer.find(kind="exception")[0].widget
    assert not box.links.isVisibleTo(box)
