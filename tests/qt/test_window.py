"""The real window, driven by real Qt events through QtPilot (offscreen)."""

from __future__ import annotations

import pytest
from conftest import DEMOS
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QToolButton

pytestmark = pytest.mark.qt


def test_counter_demo_counts_real_clicks(rerunqt_pilot, qtbot) -> None:
    pilot = rerunqt_pilot(DEMOS / "counter.py")
    assert pilot.window.windowTitle() == "counter.py"
    # rerunqt's icon is set while idle after the first page (not on the way to it).
    qtbot.waitUntil(lambda: not pilot.window.windowIcon().isNull(), timeout=2000)
    assert pilot.texts("title") == ["Counter Example"]
    for _ in range(3):
        pilot.click(label="Increment")
    assert pilot.texts("markdown") == ["Count =  `3`"]
    assert pilot.window.session.state["count"] == 3


def test_widgets_are_updated_in_place_not_recreated(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(DEMOS / "counter.py")
    button = pilot.widget(label="Increment")
    label = pilot.record(kind="markdown").widget
    created = pilot.window.renderer.widgets_created
    pilot.click(label="Increment").click(label="Increment")
    assert pilot.widget(label="Increment") is button
    assert pilot.record(kind="markdown").widget is label
    assert pilot.window.renderer.widgets_created == created


def test_focused_line_edit_keeps_focus_text_and_cursor_across_rerun(
    rerunqt_pilot, write_script, qtbot
) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.text_input("Name", key="name")
        if st.checkbox("Shout", key="shout"):
            st.write("LOUD")
        st.write("runs", st.session_state.get("runs", 0))
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        """
    )
    pilot = rerunqt_pilot(script)
    line = pilot.widget(key="name")
    assert isinstance(line, QLineEdit)
    pilot.window.activateWindow()
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "hello")
    line.setCursorPosition(2)
    runs_before = pilot.window.session.run_count
    assert runs_before == 1  # typing alone does not rerun
    checkbox = pilot.widget(key="shout")
    assert isinstance(checkbox, QCheckBox)
    checkbox.click()  # another widget triggers a rerun; focus stays in the field
    pilot.settle()
    assert pilot.window.session.run_count > runs_before
    assert "LOUD" in pilot.texts("markdown")
    assert pilot.widget(key="name") is line
    assert line.hasFocus()
    assert line.text() == "hello"
    assert line.cursorPosition() == 2
    # the pending edit was committed before that rerun started
    assert pilot.window.session.state["name"] == "hello"


def test_text_input_commits_on_enter_not_per_keystroke(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        name = st.text_input("Name", key="name")
        st.write("Hello", name)
        """
    )
    pilot = rerunqt_pilot(script)
    runs = pilot.window.session.run_count
    line = pilot.widget(label="Name")
    line.setFocus()
    qtbot.keyClicks(line, "Ada")
    assert pilot.window.session.run_count == runs
    qtbot.keyClick(line, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.run_count == runs + 1
    assert pilot.texts("markdown") == ["Hello Ada"]


def test_text_input_commits_on_focus_out(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.text_input("A", key="a")
        st.text_input("B", key="b")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.window.activateWindow()
    first, second = pilot.widget(key="a"), pilot.widget(key="b")
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "xy")
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    pilot.settle()
    assert pilot.window.session.state["a"] == "xy"


def test_number_input_commits_on_enter_and_step_buttons_without_echo(
    rerunqt_pilot, write_script, qtbot
) -> None:
    script = write_script(
        """
        import rerunqt as st
        n = st.number_input("Amount", min_value=0, max_value=10, value=3, key="n")
        st.write("twice", n * 2)
        """
    )
    pilot = rerunqt_pilot(script)
    spin = pilot.widget(key="n")
    # the number is visible: the styled field's editor is not squeezed to 1 px
    assert spin.lineEdit().width() > spin.width() // 2
    assert spin.lineEdit().text() == "3"
    pilot.type("7", key="n")
    assert pilot.window.session.state["n"] == 7
    assert pilot.texts("markdown") == ["twice `14`"]
    runs = pilot.window.session.run_count
    buttons = pilot.record(key="n").widget.findChildren(QToolButton)
    [plus] = [b for b in buttons if b.accessibleName() == "Increment"]
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.state["n"] == 8
    assert pilot.window.session.run_count == runs + 1  # exactly one run, no echo
    pilot.type("99", key="n")  # the field refuses the keystroke that would pass max
    assert pilot.window.session.state["n"] == 9
    assert pilot.widget(key="n").text() == "9"


def test_value_set_by_code_reaches_the_widget_without_echo(rerunqt_pilot, write_script) -> None:
    script = write_script(
        """
        import rerunqt as st
        def reset():
            st.session_state.name = "reset!"
        st.text_input("Name", key="name")
        st.button("Reset", on_click=reset)
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.type("typed", key="name")
    runs = pilot.window.session.run_count
    pilot.click(label="Reset")
    assert pilot.widget(key="name").text() == "reset!"
    assert pilot.window.session.run_count == runs + 1


def test_show_error_details_none_shows_only_the_generic_note(rerunqt_pilot, write_script) -> None:
    """client.showErrorDetails="none": no type, no message, no traceback (Streamlit 1.67)."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.set_option("client.showErrorDetails", "none")
        raise ValueError("secret")
        """))
    [panel] = pilot.window.renderer.find(kind="exception")
    assert panel.widget.accessibleName().startswith("This app has encountered an error.")
    assert "<b>" not in panel.widget.head.text()  # no type to make bold
    assert "ValueError" not in panel.widget.accessibleName() and "secret" not in panel.widget.accessibleName()
    assert not panel.widget.trace_block.isVisibleTo(panel.widget)


def test_script_error_is_shown_and_app_keeps_working(rerunqt_pilot, write_script) -> None:
    script = write_script(
        """
        import rerunqt as st
        if st.button("Break"):
            {}["missing"]
        st.write("still here")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.click(label="Break")
    [panel] = pilot.window.renderer.find(kind="exception")
    assert "KeyError" in panel.widget.accessibleName()
    assert "missing" in panel.widget.accessibleName()
    assert "app.py" in panel.widget.trace.text()
    pilot.rerun()
    assert pilot.window.renderer.find(kind="exception") == []
    assert pilot.texts("markdown") == ["still here"]


def test_running_indicator_and_stale_elements_during_a_slow_run(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import time
        import rerunqt as st
        slow = st.checkbox("Slow", key="slow")
        if slow:
            for _ in range(40):
                st.session_state.get("tick")  # a yield point
                time.sleep(0.02)
        st.text("after")
        """
    )
    pilot = rerunqt_pilot(script)
    after = pilot.record(kind="text").widget
    pilot.widget(key="slow").click()
    qtbot.waitUntil(lambda: pilot.window.is_running_shown, timeout=3000)
    qtbot.waitUntil(lambda: after.property("rqStale") is True, timeout=3000)
    assert after.graphicsEffect() is not None
    image = pilot.window.running_bar.grab().toImage()  # the bar runs in the primary colour
    reds = [(x, y) for x in range(image.width()) for y in range(image.height())
            if QColor(image.pixel(x, y)).name() == "#ff4b4b"]
    assert len(reds) > 10
    pilot.settle()
    assert pilot.record(kind="text").widget is after
    assert after.property("rqStale") is False
    assert not pilot.window.is_running_shown


def test_new_event_interrupts_a_running_script(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import time
        import rerunqt as st
        if st.checkbox("Slow", key="slow"):
            for i in range(500):
                st.session_state.get("tick")
                time.sleep(0.01)
            st.write("slow run finished")
        st.button("Other")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.widget(key="slow").click()
    qtbot.waitUntil(lambda: pilot.window.session.running)
    pilot.widget(key="slow").click()  # uncheck while it runs: the slow run is cut short
    pilot.settle()
    assert "slow run finished" not in pilot.texts("markdown")
    assert pilot.window.session.state["slow"] is False


def test_accessible_names_and_tab_order_follow_the_page(rerunqt_pilot, write_script) -> None:
    script = write_script(
        """
        import rerunqt as st
        if st.session_state.get("extra"):
            st.text_input("Inserted", key="inserted")
        st.text_input("First", key="first")
        st.checkbox("Extra", key="extra")
        st.number_input("Last", key="last")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.widget(key="extra").click()
    pilot.settle()
    order = [pilot.widget(key=k) for k in ("inserted", "first", "extra", "last")]
    assert [w.accessibleName() for w in order] == ["Inserted", "First", "Extra", "Last"]
    for current, following in zip(order, order[1:]):
        assert current.nextInFocusChain() is following or _next_focusable(current) is following


def _next_focusable(widget):
    nxt = widget.nextInFocusChain()
    while nxt is not None and nxt.focusPolicy() == Qt.FocusPolicy.NoFocus:
        nxt = nxt.nextInFocusChain()
    return nxt


def test_live_widget_count_stays_flat_over_many_reruns(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(DEMOS / "counter.py")
    app = QApplication.instance()
    pilot.click(label="Increment")
    baseline_records = pilot.window.renderer.widget_count()
    baseline_widgets = len(app.allWidgets())
    button = pilot.widget(label="Increment")
    for _ in range(300):
        button.click()
        pilot.settle()
    assert pilot.window.session.state["count"] == 301
    assert pilot.window.renderer.widget_count() == baseline_records
    assert len(app.allWidgets()) == baseline_widgets


def test_stop_action_ends_even_a_pure_python_loop(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.write("top")
        if st.checkbox("Loop", key="loop"):
            while True:
                pass
        st.write("end")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.widget(key="loop").click()
    qtbot.waitUntil(lambda: pilot.window.session.running)
    qtbot.waitUntil(pilot.window.stop_action.isEnabled)  # with the running indicator
    assert pilot.window.is_running_shown
    pilot.window.stop_action.trigger()
    pilot.settle()  # the forced stop lands after the grace period
    assert pilot.texts("markdown")[0] == "top"
    assert not pilot.window.stop_action.isEnabled()
    pilot.widget(key="loop").click()  # the app keeps working
    pilot.settle()
    assert pilot.texts("markdown") == ["top", "end"]


def test_syntax_error_is_shown_in_the_window(rerunqt_pilot, write_script) -> None:
    script = write_script("import rerunqt as st\nst.write('ok'\n")
    pilot = rerunqt_pilot(script)
    [panel] = pilot.window.renderer.find(kind="exception")
    assert panel.widget.accessibleName().startswith("SyntaxError")
    assert "line 2" in panel.widget.trace.text()
    script.write_text("import rerunqt as st\nst.write('fixed')\n")
    pilot.rerun()
    assert pilot.window.renderer.find(kind="exception") == []
    assert pilot.texts("markdown") == ["fixed"]


def test_every_element_kind_is_visible_on_the_page(rerunqt_pilot, write_script) -> None:
    """A look at the page as a person sees it: every element drawn, none squeezed away."""
    script = write_script(
        """
        import rerunqt as st
        st.title("T"); st.header("H"); st.subheader("S"); st.markdown("**m**")
        st.caption("c"); st.text("t"); st.code("x = 1"); st.json({"a": 1}); st.divider()
        st.info("i"); st.success("s"); st.warning("w"); st.error("e")
        st.exception(ValueError("v"))
        st.text_input("Name"); st.number_input("N"); st.checkbox("C")
        def flip():
            st.session_state.primary = not st.session_state.get("primary", True)
        st.button("Go", type="primary" if st.session_state.get("primary", True) else "secondary")
        st.button("Flip", on_click=flip)
        """
    )
    pilot = rerunqt_pilot(script)

    def check() -> None:
        for record in pilot.window.renderer.find():
            widget = record.widget
            assert widget.isVisible(), record.element.kind
            assert widget.height() > 0 and widget.width() > 0, record.element.kind

    check()
    pilot.click(label="Flip")  # a button changes type after it was first drawn
    assert pilot.widget(label="Go").property("kind") == "secondary"
    check()
    pilot.click(label="Flip")
    assert pilot.widget(label="Go").property("kind") == "primary"
    check()


def test_escape_drops_an_uncommitted_edit(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.text_input("Name", value="Ada", key="name")
        st.text_input("Other", key="other")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.window.activateWindow()
    line = pilot.widget(key="name")
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, " Lovelace")
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert line.text() == "Ada"
    pilot.widget(key="other").setFocus()  # focus-out commits nothing: there is no edit left
    pilot.settle()
    assert pilot.window.session.run_count == 1
    assert pilot.window.session.state["name"] == "Ada"


def test_keyboard_space_toggles_a_checkbox(rerunqt_pilot, write_script) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.write("on" if st.checkbox("Enable", key="on") else "off")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.press(Qt.Key.Key_Space, key="on")
    assert pilot.texts("markdown") == ["on"]


def test_an_internal_renderer_error_rebuilds_the_page(rerunqt_pilot, monkeypatch, capsys) -> None:
    from rerunqt.qt.adapters import ADAPTERS

    pilot = rerunqt_pilot(DEMOS / "counter.py")
    adapter = ADAPTERS["markdown"]
    real_update = adapter.update
    calls = []

    def broken_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("adapter bug")
        return real_update(*args, **kwargs)

    monkeypatch.setattr(adapter, "update", broken_once)
    pilot.click(label="Increment")
    assert "adapter bug" in capsys.readouterr().err  # reported, not swallowed
    assert pilot.texts("markdown") == ["Count =  `1`"]  # and the page is right anyway
    pilot.click(label="Increment")
    assert pilot.texts("markdown") == ["Count =  `2`"]


def test_an_internal_session_error_is_shown_and_the_app_keeps_working(rerunqt_pilot, monkeypatch) -> None:
    pilot = rerunqt_pilot(DEMOS / "counter.py")
    state = pilot.window.session.state
    real_begin = state.begin_run
    calls = []

    def broken_once():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("engine bug")
        real_begin()

    monkeypatch.setattr(state, "begin_run", broken_once)
    pilot.click(label="Increment")
    [panel] = pilot.window.renderer.find(kind="exception")
    assert "rerunqt internal error" in panel.widget.accessibleName()
    assert "engine bug" in panel.widget.accessibleName()
    pilot.click(label="Increment")
    assert pilot.texts("markdown") == ["Count =  `1`"]


def test_clicks_during_a_slow_run_are_all_counted(rerunqt_pilot, write_script, qtbot) -> None:
    """The window stays responsive while the script runs, and no piled-up click is lost."""
    script = write_script(
        """
        import time
        import rerunqt as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        if st.button("Add"):
            st.session_state.count += 1
        for _ in range(10):
            st.session_state.get("tick")  # yield points
            time.sleep(0.01)
        st.write("count", st.session_state.count)
        """
    )
    pilot = rerunqt_pilot(script)
    button = pilot.widget(label="Add")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pilot.window.session.running)
    for _ in range(4):  # real clicks while that run is in progress; no settle in between
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()  # the GUI thread is free while the script runs
    assert pilot.window.session.running
    pilot.settle()
    assert pilot.window.session.state["count"] == 5
    assert pilot.texts("markdown") == ["count `5`"]


def test_pilot_set_value_uses_real_events(rerunqt_pilot, write_script) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.text_input("Name", key="name")
        st.number_input("Age", key="age", value=1)
        st.checkbox("Ok", key="ok")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.set_value("Ada", key="name").set_value(36, key="age").set_value(True, key="ok")
    state = pilot.window.session.state
    assert (state["name"], state["age"], state["ok"]) == ("Ada", 36, True)


def test_a_number_field_that_started_empty_can_be_emptied_again(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        n = st.number_input("Maybe", value=None, min_value=0, max_value=10, key="maybe",
                            placeholder="Type a number")
        m = st.number_input("Sure", 0, 10, 3, key="sure")
        st.text(repr((n, m)))
    """))
    pilot.type("7", key="maybe")
    assert pilot.texts("text") == ["(7, 3)"]
    runs = pilot.window.session.run_count
    pilot.type("", key="maybe")  # select all, delete, Enter
    assert pilot.window.session.run_count == runs + 1
    assert pilot.texts("text") == ["(None, 3)"]
    assert pilot.widget(key="maybe").lineEdit().text() == "Type a number"
    pilot.type("", key="sure")  # a field that never held None snaps back to its value
    assert pilot.texts("text") == ["(None, 3)"]
    assert pilot.widget(key="sure").lineEdit().text() == "3"


def test_the_window_gets_its_icon_while_the_script_never_ends(rerunqt_pilot, write_script,
                                                               qtbot) -> None:
    """The default icon comes shortly after opening (not with the first page's paint), and
    a script that runs forever (a live dashboard) does not hold it back."""
    from PySide6.QtGui import QIcon

    from rerunqt.qt.app import open_window

    QApplication.setWindowIcon(QIcon())  # as in a fresh process (another test may have set it)
    path = write_script("import time\nimport rerunqt as st\nst.text('live')\n"
                        "while True:\n    time.sleep(0.05)\n")
    window = open_window(path, {})
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: not window.windowIcon().isNull(), timeout=3000)
        assert window.session.running
    finally:
        window.request_stop()
        qtbot.waitUntil(lambda: not window.session.running, timeout=5000)


def test_a_changed_label_repaints_from_the_page_not_the_whole_window(rerunqt_pilot, qtbot) -> None:
    """The page is opaque to Qt, in every theme, so a rerun that changes one label
    repaints the page down to the label, not the window, splitter and scroll area (each
    through the stylesheet) first; and its fill is the theme's page colour."""
    from PySide6.QtCore import QEvent, QObject

    pilot = rerunqt_pilot(DEMOS / "counter.py")
    window = pilot.window

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    for theme, page_colour in (("dark", "#0e1117"), ("light", "#ffffff")):
        window.menus.set_theme(theme)
        QApplication.processEvents()
        assert window.page.autoFillBackground()
        assert window.page.palette().window().color().name() == page_colour
        qtbot.wait(50)  # repaints after the theme change done
        paints = Paints()
        window.installEventFilter(paints)
        label = pilot.record(kind="markdown").widget
        label_paints = Paints()
        label.installEventFilter(label_paints)
        pilot.click(label="Increment")
        qtbot.waitUntil(lambda seen=label_paints: seen.count > 0, timeout=2000)
        window.removeEventFilter(paints)
        label.removeEventFilter(label_paints)
        assert paints.count == 0, theme


def test_a_markdown_label_shrinks_to_a_shorter_text_and_a_wider_page(rerunqt_pilot, write_script,
                                                                   qtbot) -> None:
    """Its fixed height follows its text both ways: a shorter text or a wider window leaves
    no blank space under it (QLabel measured no lower than the last fixed height)."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.markdown("Short." if st.session_state.get("s") else "- one\\n- two\\n- three\\n- four")
st.button("Shorten", on_click=lambda: st.session_state.update(s=True))
st.write(" ".join(["A long paragraph that wraps onto several lines when the page is narrow."] * 4))
"""))
    window = pilot.window
    labels = window.renderer.find(kind="markdown")
    tall = labels[0].widget.height()
    pilot.click(label="Shorten")
    short = window.renderer.find(kind="markdown")[0].widget
    assert short.height() < tall / 2
    paragraph = window.renderer.find(kind="markdown")[1].widget
    window.resize(500, 700)
    qtbot.waitUntil(lambda: paragraph.width() < 480, timeout=2000)
    narrow = paragraph.height()
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: paragraph.width() > 700, timeout=2000)
    qtbot.waitUntil(lambda: paragraph.height() < narrow, timeout=2000)  # it was stuck


def test_focus_goes_to_the_page_when_the_clicked_button_is_gone(rerunqt_pilot, write_script,
                                                               qtbot) -> None:
    """Not to the next widget in the tab chain: a new text field took focus with its text
    selected, and a stray keystroke replaced it (the chat-revision tutorial's Edit step)."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
if st.session_state.get("edit"):
    st.text_input("Replacement text:", value="Some text", key="t")
    st.columns(2)[0].button("Update")
elif st.columns(2)[0].button("Edit"):
    st.session_state.edit = True
    st.rerun()
"""))
    pilot.window.activateWindow()
    button = pilot.widget(label="Edit")
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    pilot.click(label="Edit")
    field = pilot.widget(key="t")
    assert not field.hasFocus()
    qtbot.keyClicks(pilot.window, "x")
    assert field.text() == "Some text"


def test_a_widget_in_a_cached_function_draws_a_warning_panel(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67 shows its CachedWidgetWarning as a yellow warning box with the
    Markdown message and the script's frames (an exception element marked as a warning)."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
@st.cache_data
def f():
    return st.checkbox("c")
f()
"""))
    [panel] = pilot.window.renderer.find(kind="exception")
    box = panel.widget
    assert box.property("level") == "warning"
    assert not box.head.isVisible()  # one Markdown line: "**CachedWidgetWarning**: ..."
    assert box.body.source.startswith("**CachedWidgetWarning**: Your script uses")
    assert box.body.isVisible() and "`@st.cache_data`" not in box.body.text()  # Markdown drawn
    assert "st.cache_data" in box.body.text()
    assert box.palette().color(box.backgroundRole()) == QColor("#fff8e1")  # the warning colour
    assert 'st.checkbox("c")' in box.trace.text()
