"""Status elements in a real window: the bar, the turning spinner, the status box, toasts
in the corner that never take focus, and effects that never block input."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QProgressBar, QWidget

from rerunqt.qt.adapters.status import Progress, Spinner, StatusBox
from rerunqt.qt.effects import Effect
from rerunqt.qt.overlay import ToastCard, ToastStack

pytestmark = pytest.mark.qt


def open_app(rerunqt_pilot, write_script, source: str):
    pilot = rerunqt_pilot(write_script("import rerunqt as st\n" + source))
    pilot.window.resize(900, 700)
    pilot.settle()
    return pilot


def cards(pilot) -> list[ToastCard]:
    stack = pilot.window.findChild(ToastStack)
    shown = [] if stack is None else stack.cards()
    assert pilot.toasts() == [card.text() for card in shown]
    return shown


PROGRESS = """
st.session_state.setdefault('n', 0)
if st.button('More'):
    st.session_state.n += 25
bar = st.progress(0, text='Waiting')
bar.progress(st.session_state.n, text=f'**{st.session_state.n}** percent')
"""


def test_the_progress_bar_moves_in_place(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, PROGRESS)
    widget = pilot.record(kind="progress").widget
    assert isinstance(widget, Progress)
    bar = widget.findChild(QProgressBar)
    assert bar.value() == 0 and bar.maximum() == 100
    pilot.click(label="More").click(label="More")
    assert pilot.record(kind="progress").widget is widget  # updated, not re-created
    assert bar.value() == 50
    assert pilot.texts("progress") == ["**50** percent"]
    assert widget.label.textFormat() == Qt.TextFormat.MarkdownText
    assert bar.accessibleName() == "**50** percent"


SPINNER = """
import os, time
with st.spinner('Crunching', show_time=True):
    while not os.path.exists({flag!r}):
        time.sleep(0.01)
        st.session_state.get('tick')  # a yield point: the page so far goes to the window
st.text('done')
"""


def test_a_spinner_turns_and_counts_while_its_block_runs_then_goes(
        write_script, qtbot, tmp_path) -> None:
    """The script waits for a file, so the test sees the spinner mid-block without sleeping."""
    flag = tmp_path / "go"
    script = write_script("import rerunqt as st\n" + SPINNER.format(flag=str(flag)))
    from rerunqt.qt.app import open_window

    window = open_window(script, {})
    qtbot.addWidget(window)

    def spinner() -> Spinner | None:
        found = window.renderer.find(kind="spinner")
        return found[0].widget if found else None  # type: ignore[return-value]

    qtbot.waitUntil(lambda: spinner() is not None and spinner().isVisible(), timeout=5000)
    widget = spinner()
    assert widget.text() == "Crunching"
    assert widget.indicator.timer.isActive()  # the arc turns on the Qt side
    qtbot.waitUntil(lambda: widget.clock.text() not in ("", "(0.0 seconds)"), timeout=5000)
    flag.write_text("go")
    qtbot.waitUntil(lambda: spinner() is None and bool(window.renderer.find(kind="text")),
                    timeout=5000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=5000)  # deleted: no leak
    window.session.shutdown(timeout=1.0)


STATUS = """
if st.button('Finish'):
    st.session_state.done = True
with st.status('Working', expanded=True) as box:
    st.text('inside')
    if not st.session_state.get('done'):
        box.update(state='running')
        st.stop()
"""


def test_the_status_box_shows_its_state_and_holds_its_elements(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, STATUS)
    box = pilot.record(kind="status").widget
    assert isinstance(box, StatusBox)
    inside = pilot.record(kind="text").widget
    assert box.body.isAncestorOf(inside) and inside.isVisible()
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    # the pointer may rest on the header (an earlier test): there the chevron takes the place
    QApplication.sendEvent(box.header, QEvent(QEvent.Type.Leave))  # of the state, as Streamlit's
    assert box.indicator.state == "running" and box.indicator.timer.isActive()
    assert pilot.texts("status") == ["Working"]
    pilot.click(label="Finish")
    assert pilot.record(kind="status").widget is box
    assert box.indicator.state == "complete" and not box.indicator.timer.isActive()
    assert box.header.accessibleName() == "Working (complete)"
    pilot.click(label="Working")  # the header still opens and closes it
    assert not box.is_open()


TOAST = """
name = st.text_input('Name')
if st.button('Save'):
    st.toast(f'Saved {{st.session_state.get("saves", 0)}}', icon='✅', duration={duration})
    st.session_state.saves = st.session_state.get('saves', 0) + 1
"""


def test_toasts_stack_in_the_corner_survive_reruns_and_never_take_focus(
        rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, TOAST.format(duration="'infinite'"))
    field = pilot.widget(label="Name")
    pilot.window.activateWindow()
    field.setFocus()
    pilot.click(label="Save")
    field.setFocus()
    pilot.rerun()  # this run draws no toast: the toast stays
    assert [card.text() for card in cards(pilot)] == ["Saved 0"]
    pilot.click(label="Save")  # the same toast call in another run: a second toast
    shown = cards(pilot)
    assert [card.text() for card in shown] == ["Saved 0", "Saved 1"]
    first, second = shown
    assert second.mapTo(pilot.window, QPoint(0, 0)).y() > first.mapTo(pilot.window, QPoint(0, 0)).y()
    # the top-right corner of the page, under the tool bar, as Streamlit 1.67 shows toasts
    right = second.mapTo(pilot.window, QPoint(second.width(), 0)).x()
    top = first.mapTo(pilot.window, QPoint(0, 0)).y()
    page_top = pilot.window.centralWidget().geometry().top()
    assert pilot.window.width() - 40 < right <= pilot.window.width()
    assert page_top <= top < page_top + 40
    assert second.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert second.close_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert second.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not second.isAncestorOf(QApplication.focusWidget())
    pilot.qtbot.mouseClick(first.close_button, Qt.MouseButton.LeftButton)
    pilot.qtbot.waitUntil(lambda: [card.text() for card in cards(pilot)] == ["Saved 1"])


def test_a_toast_goes_by_itself_when_its_time_is_up(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, TOAST.format(duration=1))
    pilot.click(label="Save")
    card = cards(pilot)[0]
    assert card.timer.isActive() and card.timer.interval() == 1000
    pilot.qtbot.waitUntil(lambda: not cards(pilot), timeout=4000)
    assert not pilot.window.findChild(ToastStack).isVisible()


UPDATED_TOAST = """
msg = st.toast('Cooking...', duration='long')
msg.toast('Ready!')
"""


def test_a_toast_handle_changes_the_shown_toast(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, UPDATED_TOAST)
    assert [card.text() for card in cards(pilot)] == ["Ready!"]
    assert cards(pilot)[0].timer.interval() == 4000  # the update's duration: "short"


BALLOONS = """
st.session_state.setdefault('clicks', 0)
if st.button('Party'):
    st.session_state.clicks += 1
    st.balloons() if st.session_state.clicks == 1 else st.snow()
st.write(st.session_state.clicks)
"""


def test_balloons_and_snow_play_over_the_page_without_blocking_it(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, BALLOONS)
    button = pilot.widget(label="Party")
    pilot.click(label="Party")
    effects = pilot.window.findChildren(Effect)
    assert [effect.kind for effect in effects] == ["balloons"]
    effect = effects[0]
    assert effect.running and effect.geometry() == pilot.window.rect()
    assert effect.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    centre = button.mapTo(pilot.window, button.rect().center())
    assert pilot.window.childAt(centre) is button  # clicks go through to the page
    pilot.click(label="Party")  # while it plays
    assert pilot.window.session.state["clicks"] == 2
    assert sorted(e.kind for e in pilot.window.findChildren(Effect)) == ["balloons", "snow"]
    pilot.qtbot.waitUntil(lambda: not pilot.window.findChildren(Effect), timeout=8000)


GREETING = """
name = st.text_input('Name')
if name:
    st.toast(f'Hello {name}', duration='infinite')
"""


def test_a_toast_leaves_the_focus_where_the_user_is_typing(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, GREETING)
    field = pilot.widget(label="Name")
    pilot.window.activateWindow()
    pilot.type("Bob", label="Name")
    assert [card.text() for card in cards(pilot)] == ["Hello Bob"]
    assert QApplication.focusWidget() is field


def test_a_hidden_spinner_stops_its_timer_and_a_removed_one_is_deleted(qtbot) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from rerunqt.qt.adapters import Host
    from rerunqt.qt.renderer import Renderer
    from rerunqt.testing import AppTest

    at = AppTest.from_string("""
import rerunqt as st
with st.expander('More'):
    st.spinner('Hidden work').__enter__()
""").run()
    page = QWidget()
    qtbot.addWidget(page)
    renderer = Renderer(QVBoxLayout(page), Host(lambda event: None))
    renderer.render(at.tree)
    page.show()
    expander = renderer.find(kind="expander")[0].widget
    spinner = renderer.find(kind="spinner")[0].widget
    assert isinstance(spinner, Spinner)
    assert not spinner.indicator.timer.isActive()  # inside a closed expander: no animation
    expander.set_open(True)
    qtbot.waitUntil(spinner.indicator.timer.isActive)
    expander.set_open(False)
    assert not spinner.indicator.timer.isActive()
    renderer.render(())
    qtbot.waitUntil(lambda: not shiboken6.isValid(spinner))


def test_a_flood_of_toasts_keeps_the_newest_few(rerunqt_pilot, write_script) -> None:
    from rerunqt.qt.overlay import MAX_TOASTS

    pilot = open_app(rerunqt_pilot, write_script, """
for n in range(20):
    st.toast(f'Toast {n}', duration='infinite')
""")
    assert pilot.toasts() == [f"Toast {n}" for n in range(20 - MAX_TOASTS, 20)]
    stack = pilot.window.findChild(ToastStack)
    assert stack.height() < pilot.window.height()
    pilot.qtbot.waitUntil(lambda: len(stack.findChildren(ToastCard)) == MAX_TOASTS)  # the rest left


def test_toasts_leave_a_chat_input_pinned_under_the_page_free(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, """
st.chat_input('Say something')
st.toast('Above the box', duration='infinite')
""")
    card = cards(pilot)[0]
    bar = pilot.window.findChild(QWidget, "rqBottom")
    assert bar.isVisible()

    def above() -> bool:
        card_bottom = card.mapTo(pilot.window, QPoint(0, card.height())).y()
        return card_bottom <= bar.mapTo(pilot.window, QPoint(0, 0)).y()

    pilot.qtbot.waitUntil(above)


LIVE = """
import os, time

def wait(flag):  # busy with no st.* call: the window shows the page so far by itself
    while not os.path.exists(flag):
        time.sleep(0.01)

bar = st.progress(10)
box = st.status('Working')
with st.spinner('busy'):
    wait({first!r})
bar.progress(70)
wait({second!r})
box.update(state='complete')
wait({third!r})
"""


def test_in_place_changes_show_while_the_script_is_still_busy(write_script, qtbot, tmp_path) -> None:
    """The spinner leaving, the bar moving and the box's new state reach the screen while
    the script computes on, not only at its next element or its end."""
    from rerunqt.qt.app import open_window

    first, second, third = (tmp_path / name for name in ("first", "second", "third"))
    source = "import rerunqt as st\n" + LIVE.format(first=str(first), second=str(second),
                                                   third=str(third))
    window = open_window(write_script(source), {})
    qtbot.addWidget(window)

    def state() -> tuple[int, str, bool]:
        bars = window.renderer.find(kind="progress")
        boxes = window.renderer.find(kind="status")
        if not bars or not boxes:
            return (-1, "", False)
        spinners = [r.widget for r in window.renderer.find(kind="spinner")]
        turning = [s for s in spinners if not s.property("rqStale")]  # a stale one waits, faded
        assert all(not s.indicator.timer.isActive() for s in spinners if s not in turning)
        return (bars[0].widget.bar.value(), boxes[0].widget.indicator.state, bool(turning))

    try:
        qtbot.waitUntil(lambda: state() == (10, "running", True), timeout=5000)
        first.write_text("go")
        qtbot.waitUntil(lambda: state() == (70, "running", False), timeout=5000)
        second.write_text("go")
        qtbot.waitUntil(lambda: state() == (70, "complete", False), timeout=5000)
        assert window.session.running
    finally:
        for flag in (first, second, third):
            flag.write_text("go")
        window.session.shutdown(timeout=1.0)


def test_a_toast_drawn_just_before_st_rerun_is_shown(rerunqt_pilot, write_script) -> None:
    """``st.toast("Saved"); st.rerun()`` (the common save-and-refresh pattern): the run that
    drew the toast is dropped for the rerun, and its toast was lost with it; Streamlit
    shows it."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "if st.button('Save'):\n"
        "    st.toast('Saved', duration='infinite')\n"
        "    st.rerun()\n"
        "st.write('page')\n"))
    pilot.click(label="Save")
    pilot.qtbot.waitUntil(lambda: [card.text() for card in cards(pilot)] == ["Saved"])
    pilot.rerun()  # a later run does not draw it again: it stays until it is closed
    assert [card.text() for card in cards(pilot)] == ["Saved"]


COLUMN_PARTY = """
left, right = st.columns(2)
with right:
    st.snow()
st.button("Again")
st.write("after")
"""


def test_an_effect_called_in_a_column_plays_once_per_run_and_takes_no_space(
        rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, COLUMN_PARTY)
    pilot.qtbot.waitUntil(lambda: len(pilot.window.findChildren(Effect)) == 1)
    assert pilot.window.findChildren(Effect)[0].kind == "snow"
    mark = pilot.record(kind="snow").widget
    assert not mark.isVisible() and mark.parentWidget() is not None  # in the column, no room
    pilot.click(label="Again")  # the next run calls it again: it plays again
    pilot.qtbot.waitUntil(lambda: len(pilot.window.findChildren(Effect)) == 2)
    pilot.qtbot.waitUntil(lambda: not pilot.window.findChildren(Effect), timeout=8000)


def test_a_toast_shows_its_material_icon(rerunqt_pilot, write_script) -> None:
    # Streamlit draws :material/...: icons in toasts; they were left out
    from rerunqt.core.md_symbols import MATERIAL_SYMBOLS

    pilot = open_app(rerunqt_pilot, write_script, """
st.toast('Liked', icon=':material/thumb_up:', duration='infinite')
""")
    card = cards(pilot)[0]
    assert card.icon.isVisible() and card.icon.text() == MATERIAL_SYMBOLS["thumb_up"]


def test_a_long_toast_is_as_tall_as_its_wrapped_text(rerunqt_pilot, write_script, qtbot) -> None:
    """The card grows with its body's lines: a two-line toast's second line was cut by the
    card's bottom edge (the stack kept the height it had before the text wrapped)."""
    pilot = open_app(rerunqt_pilot, write_script, """
st.toast('Second message with a longer text that wraps onto more lines maybe, and more',
         duration='infinite')
""")
    card = cards(pilot)[0]
    body = card.body
    line = body.fontMetrics().height()
    qtbot.waitUntil(lambda: body.height() >= 2 * line)
    pilot.settle()
    inside = card.contentsRect().adjusted(0, 0, 0, -4)  # the bottom margin stays
    assert body.geometry().bottom() <= inside.bottom()
    stack = card.parentWidget()
    assert card.geometry().bottom() < stack.height()


def test_a_toast_shows_over_an_open_dialog_and_goes_back_to_the_page(
        rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st

        @st.dialog("Settings", width="large")
        def settings():
            if st.button("Save settings"):
                st.toast("Saved", duration="infinite")

        if st.button("Open"):
            settings()
    """))
    pilot.click(label="Open")
    dialog = pilot.window.findChild(QWidget, "rqDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.move(pilot.window.mapToGlobal(QPoint(0, 0)))  # over the page's top-right corner
    pilot.click(label="Save settings")
    assert pilot.toasts() == ["Saved"]
    stack = pilot.window.findChild(ToastStack)
    # inside the dialog's own window (it would cover a toast on the page), top right
    assert stack.window() is dialog and stack.isVisible()
    assert stack.geometry().right() > dialog.width() - 40 and stack.geometry().top() < 40
    dialog.reject()  # Esc: the toast stays, on the page again
    qtbot.waitUntil(lambda: stack.window() is pilot.window and stack.isVisible(), timeout=3000)
    assert pilot.toasts() == ["Saved"]


def test_a_toast_stays_on_the_page_when_the_dialog_leaves_its_corner_free(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st

        @st.dialog("Small")
        def small():
            st.toast("Hello", duration="infinite")

        small()
    """))
    pilot.window.resize(1800, 900)
    pilot.rerun()
    dialog = pilot.window.findChild(QWidget, "rqDialog")
    assert dialog.isVisible() and pilot.toasts()[-1] == "Hello"
    stack = pilot.window.findChild(ToastStack)
    assert stack.window() is pilot.window  # a 500 px dialog in the middle: the corner is free
