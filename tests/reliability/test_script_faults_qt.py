"""Script faults in a real window: the script thread survives, a broken element is a panel."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt


def shown(label) -> str:
    """A label's text as read on screen (an exception's headline is rich text)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def errors(pilot) -> list[str]:
    """The headline (type: message) of every exception element on the page."""
    return [shown(record.widget.head) for record in pilot.window.renderer.find(kind="exception")]


def test_sys_exit_in_the_body_or_a_callback_leaves_the_window_serving(rerunqt_pilot,
                                                                    write_script) -> None:
    script = write_script("""
        import sys
        import rerunqt as st
        def quit_badly():
            sys.exit(4)
        if st.button("Count"):
            st.session_state.clicks = st.session_state.get("clicks", 0) + 1
        st.text(f"clicks: {st.session_state.get('clicks', 0)}")
        st.button("Exit in callback", on_click=quit_badly)
        if st.button("Exit in body"):
            sys.exit(2)
    """)
    pilot = rerunqt_pilot(script)
    pilot.click(label="Exit in body")  # settles: the script thread is still alive
    assert any("status 2" in text for text in errors(pilot))
    pilot.click(label="Count")
    assert pilot.texts("text") == ["clicks: 1"]
    assert not errors(pilot)
    pilot.click(label="Exit in callback")
    assert any("status 4" in text for text in errors(pilot))
    pilot.window.request_rerun()  # the callback's run drew nothing: rerun to get the page back
    pilot.settle()
    pilot.click(label="Count")
    assert pilot.texts("text") == ["clicks: 2"]
    assert not pilot.window.is_running_shown


def test_an_element_the_gui_cannot_build_is_an_error_panel_in_its_place(
        rerunqt_pilot, write_script, monkeypatch, capsys) -> None:
    from rerunqt.qt.adapters import ADAPTERS

    script = write_script("""
        import rerunqt as st
        st.text("first")
        st.caption(st.session_state.get("note", "broken"))
        st.text("last")
        st.button("Fix", on_click=lambda: st.session_state.update(note="fixed"))
    """)
    adapter = ADAPTERS["caption"]
    real_create = adapter.create

    def create(element, host):
        if element.prop("body") == "broken":
            raise RuntimeError("this caption cannot be built")
        return real_create(element, host)

    monkeypatch.setattr(adapter, "create", create)
    pilot = rerunqt_pilot(script)
    records = pilot.window.renderer.find()
    assert [r.element.kind for r in records][:3] == ["text", "caption", "text"]
    panel = records[1]
    assert panel.failed and panel.widget.property("rqFailed")
    head = shown(panel.widget.head)
    assert "could not show this caption" in head and "this caption cannot be built" in head
    assert "RuntimeError" in head
    assert pilot.texts("text") == ["first", "last"]  # the rest of the page renders
    assert "this caption cannot be built" in capsys.readouterr().err
    pilot.click(label="Fix")  # the element changes: its adapter is tried again
    fixed = pilot.record(kind="caption")
    assert not fixed.failed
    assert fixed.widget.text() == "fixed"
    assert pilot.window.renderer.failures == 0
