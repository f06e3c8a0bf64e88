"""Chat views follow new messages, as Streamlit 1.67's scroll-to-bottom containers: a page
with a top-level st.chat_input, and a st.container(height=...) holding chat messages
(``autoscroll=None``), show their end after a message is sent and the run has drawn the
reply (streamed or not); a user who scrolled up is not moved by unrelated reruns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QWidget

pytestmark = pytest.mark.qt

PAGE_CHAT = """
import time
import rerunqt as st
st.title("Long chat")
st.sidebar.button("Unrelated")
st.session_state.setdefault("history", [f"message {i}" for i in range(30)])
for i, text in enumerate(st.session_state.history):
    st.chat_message("user" if i % 2 == 0 else "assistant").write(text)
if prompt := st.chat_input("Say something", key="p"):
    st.session_state.history.append(prompt)
    st.chat_message("user").write(prompt)
    with st.chat_message("assistant"):
        if prompt.startswith("stream"):
            def words():
                for n in range(12):
                    time.sleep(0.03)
                    yield f"word{n} "
            reply = st.write_stream(words())
        else:
            reply = "reply to " + prompt
            st.write(reply)
    st.session_state.history.append(reply)
"""


def send(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = pilot.record(kind="chat_input").widget.edit
    edit.setFocus()
    pilot.qtbot.waitUntil(edit.hasFocus)
    pilot.qtbot.keyClicks(edit, text)
    pilot.qtbot.keyClick(edit, Qt.Key.Key_Return)
    pilot.settle()


def scroll_to_top(bar: QScrollBar) -> None:
    """What a user does with the wheel or Ctrl+Home."""
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)
    assert bar.value() == 0


def at_end(bar: QScrollBar) -> bool:
    return bar.maximum() > 0 and bar.value() == bar.maximum()


def shown_in(widget: QWidget, viewport: QWidget) -> bool:
    """The widget lies wholly inside the visible part of a scroll area."""
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    return 0 <= top and top + widget.height() <= viewport.height()


def last_message(pilot):  # type: ignore[no-untyped-def]
    return pilot.window.renderer.find(kind="chat_message")[-1].widget


def open_page_chat(rerunqt_pilot, write_script):  # type: ignore[no-untyped-def]
    pilot = rerunqt_pilot(write_script(PAGE_CHAT))
    pilot.window.resize(700, 500)
    pilot.settle()
    return pilot


def test_the_page_shows_the_reply_after_a_message_is_sent(rerunqt_pilot, write_script) -> None:
    pilot = open_page_chat(rerunqt_pilot, write_script)
    scroll = pilot.window.page_scroll
    bar = scroll.verticalScrollBar()
    pilot.qtbot.waitUntil(lambda: at_end(bar))  # a chat page opens at its end
    scroll_to_top(bar)  # the user reads the start of the conversation
    send(pilot, "hello")
    pilot.qtbot.waitUntil(lambda: at_end(bar))
    reply = last_message(pilot)
    assert "reply to hello" in " ".join(pilot.texts("markdown")[-2:])
    assert shown_in(reply, scroll.viewport())


def test_the_page_follows_a_streamed_reply(rerunqt_pilot, write_script) -> None:
    pilot = open_page_chat(rerunqt_pilot, write_script)
    scroll = pilot.window.page_scroll
    bar = scroll.verticalScrollBar()
    scroll_to_top(bar)
    send(pilot, "stream please")
    pilot.qtbot.waitUntil(lambda: at_end(bar))
    assert "word11" in pilot.texts("markdown")[-1]
    assert shown_in(last_message(pilot), scroll.viewport())


def test_a_user_who_scrolled_up_stays_put_through_unrelated_reruns(rerunqt_pilot,
                                                                   write_script) -> None:
    pilot = open_page_chat(rerunqt_pilot, write_script)
    bar = pilot.window.page_scroll.verticalScrollBar()
    send(pilot, "first")
    pilot.qtbot.waitUntil(lambda: at_end(bar))
    bar.setValue(bar.maximum() // 2)  # the user scrolled up to read
    middle = bar.value()
    pilot.click(label="Unrelated")  # a rerun that draws the same page
    pilot.rerun()
    assert bar.value() == middle
    bar.setValue(bar.maximum())  # back at the end: the page follows again
    send(pilot, "second")
    assert at_end(bar) and shown_in(last_message(pilot), pilot.window.page_scroll.viewport())


BOX_CHAT = """
import rerunqt as st
st.session_state.setdefault("history", [f"message {i}" for i in range(12)])
st.sidebar.button("Unrelated")
box = st.container(height=300, key="box")
with box:
    for i, text in enumerate(st.session_state.history):
        st.chat_message("user" if i % 2 == 0 else "assistant").write(text)
off = st.container(height=150, autoscroll=False, key="off")
log = st.container(height=150, autoscroll=True, key="log")
for i in range(len(st.session_state.history)):
    off.chat_message("user").write(f"not followed {i}")
    log.write(f"log line {i}")
if prompt := st.chat_input("Say something", key="p"):
    st.session_state.history += [prompt, "reply to " + prompt]
    box.chat_message("user").write(prompt)
    box.chat_message("assistant").write("reply to " + prompt)
"""


def box_bar(pilot, key: str) -> QScrollBar:  # type: ignore[no-untyped-def]
    record = next(r for r in pilot.window.renderer.find(kind="container")
                  if r.element.key == ("container", f"key:{key}"))
    return record.widget.scroller.verticalScrollBar()


def test_a_scrolling_container_of_chat_messages_shows_the_reply(rerunqt_pilot,
                                                                write_script) -> None:
    pilot = rerunqt_pilot(write_script(BOX_CHAT))
    pilot.window.resize(800, 900)
    pilot.settle()
    box, off, log = (box_bar(pilot, key) for key in ("box", "off", "log"))
    pilot.qtbot.waitUntil(lambda: at_end(box) and at_end(log))  # autoscroll None / True
    assert off.value() == 0 and off.maximum() > 0  # autoscroll=False: stays at the top
    scroll_to_top(box)
    pilot.click(label="Unrelated")
    assert box.value() == 0  # an unrelated rerun leaves the user where they were
    send(pilot, "hello")
    pilot.qtbot.waitUntil(lambda: at_end(box))
    scroller = next(r for r in pilot.window.renderer.find(kind="container")
                    if r.element.key == ("container", "key:box")).widget.scroller
    assert shown_in(last_message_in(scroller.widget()), scroller.viewport())
    assert off.value() == 0 and at_end(log)


def last_message_in(inner: QWidget) -> QWidget:
    messages = [w for w in inner.findChildren(QWidget) if w.property("rqKind") == "chat_message"]
    return max(messages, key=lambda w: w.mapTo(inner, w.rect().topLeft()).y())


def test_a_chat_input_drawn_in_st_bottom_leaves_the_page_at_its_top(rerunqt_pilot,
                                                                    write_script) -> None:
    # Streamlit #16977 / #16980: only a chat input Streamlit pins itself scrolls the app
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.title("Dashboard")
for n in range(40):
    st.write(f"row {n}")
with st.bottom:
    st.chat_input("Ask", key="p")
"""))
    pilot.window.resize(700, 500)
    pilot.settle()
    bar = pilot.window.page_scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
