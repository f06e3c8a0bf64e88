"""Chat in a real window: Enter sends, Shift+Enter is a new line, the box stays pinned."""

from __future__ import annotations

import pytest
from conftest import DEMOS
from PySide6.QtCore import Qt

from rerunqt.testing import AppTest

pytestmark = pytest.mark.qt


def chat_box(pilot):  # type: ignore[no-untyped-def]
    return pilot.record(kind="chat_input").widget


def bodies(pilot) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.element.prop("body") for r in pilot.window.renderer.find(kind="markdown")]


def send(pilot, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = chat_box(pilot).edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    pilot.settle()


def test_enter_sends_and_the_conversation_grows_above_the_pinned_box(rerunqt_pilot, qtbot) -> None:
    pilot = rerunqt_pilot(DEMOS / "chat.py")
    window = pilot.window
    window.resize(700, 500)
    box = chat_box(pilot)
    assert window.bottom.isVisible() and window.bottom.isAncestorOf(box)
    assert not window.page_scroll.widget().isAncestorOf(box)  # outside the scrolled page
    runs = window.session.run_count
    send(pilot, qtbot, "   ")  # only spaces: nothing is sent
    assert window.session.run_count == runs
    for n in range(6):
        send(pilot, qtbot, f"message number {n}")
    names = [r.element.prop("name") for r in window.renderer.find(kind="chat_message")]
    assert names == ["assistant"] + ["user", "assistant"] * 6
    assert box.edit.toPlainText() == ""  # cleared after sending
    assert box.edit.hasFocus()  # ready for the next message
    # the page scrolls, the box stays in the window's lower edge
    assert window.page_scroll.verticalScrollBar().maximum() > 0
    bottom_edge = box.mapTo(window, box.rect().bottomLeft()).y()
    assert window.height() - 40 < bottom_edge <= window.height()


def test_shift_enter_starts_a_new_line_and_the_box_grows(rerunqt_pilot, qtbot) -> None:
    pilot = rerunqt_pilot(DEMOS / "chat.py")
    edit = chat_box(pilot).edit
    edit.setFocus()
    one_line = edit.height()
    qtbot.keyClicks(edit, "first")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "second")
    assert edit.toPlainText() == "first\nsecond"
    qtbot.waitUntil(lambda: edit.height() > one_line)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    pilot.settle()
    contents = [r.element.prop("body") for r in pilot.window.renderer.find(kind="markdown")]
    assert "first\nsecond" in contents


def test_attached_files_travel_with_the_message(rerunqt_pilot, qtbot, tmp_path) -> None:
    pilot = rerunqt_pilot(DEMOS / "chat.py")
    box = chat_box(pilot)
    assert box.attach.isVisible()
    note = tmp_path / "note.txt"
    note.write_text("twelve bytes")
    box.add_files([str(note)])
    send(pilot, qtbot, "with a file")
    contents = " ".join(r.element.prop("body") for r in pilot.window.renderer.find(kind="markdown"))
    assert "note.txt" in contents and "12 bytes" in contents


def test_chat_demo_apptest() -> None:
    at = AppTest.from_file(DEMOS / "chat.py").run()
    assert at.chat_message[0].markdown[0].value.startswith("Hello")
    at.chat_input[0].set_value(("two words", [])).run()
    assert at.chat_message[-1].markdown[0].value == "You wrote **2** words."
    at.sidebar.button[0].click().run()
    assert len(at.chat_message) == 1


def test_text_set_in_session_state_shows_in_the_box_and_sends(rerunqt_pilot, write_script, qtbot) -> None:
    """st.chat_input's docstring example 4: "Set Value" fills the box; Enter sends it."""
    pilot = rerunqt_pilot(write_script(
        "import streamlit as st\n"
        "if st.button('Set Value'):\n"
        "    st.session_state.chat_input = 'Hello, world!'\n"
        "st.chat_input(key='chat_input')\n"
        "st.write('Chat input value:', st.session_state.chat_input)\n"))
    pilot.click(label="Set Value")
    edit = chat_box(pilot).edit
    assert edit.toPlainText() == "Hello, world!"
    assert bodies(pilot) == ["Chat input value: `None`"]
    send(pilot, qtbot, "")
    assert bodies(pilot) == ["Chat input value: Hello, world!"]
    assert edit.toPlainText() == ""


def test_a_users_message_is_tinted_by_its_name_not_its_avatar(rerunqt_pilot, write_script) -> None:
    """Streamlit greys the rows of 'user'/'human' (any case), whatever the avatar: a user
    message with an emoji avatar is still grey, an assistant with the user icon is not."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.chat_message("user", avatar="😁").write("mine, with an emoji")
        st.chat_message("Human").write("mine too")
        st.chat_message("assistant", avatar="user").write("the bot, with the user icon")
        st.chat_message("assistant").write("the bot")
    """))
    pilot.window.resize(700, 600)
    pilot.settle()
    rows = [r.widget for r in pilot.window.renderer.find(kind="chat_message")]
    shot = pilot.window.grab().toImage()
    page = shot.pixelColor(5, pilot.window.height() // 2)  # the page's margin

    def fill(row):  # type: ignore[no-untyped-def]  # inside the row, right of its text
        point = row.mapTo(pilot.window, row.rect().center())
        return shot.pixelColor(row.mapTo(pilot.window, row.rect().topRight()).x() - 12, point.y())

    tinted = [fill(row) != page for row in rows]
    assert tinted == [True, True, False, False]


def test_a_picture_avatar_is_drawn_in_the_avatar_box(rerunqt_pilot, write_script) -> None:
    """A PIL image avatar (Streamlit's e2e chat app) shows its pixels, not a letter."""
    pilot = rerunqt_pilot(write_script("""
        from PIL import Image
        import rerunqt as st
        st.chat_message("assistant", avatar=Image.new("RGB", (10, 10), "blue")).write("Blue")
    """))
    row = pilot.window.renderer.find(kind="chat_message")[0].widget
    picture = row.avatar.pixmap().toImage()
    assert not picture.isNull() and row.avatar.text() == ""
    centre = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert (centre.red(), centre.green(), centre.blue()) == (0, 0, 255)


def test_a_tall_picture_avatar_fills_its_square_as_streamlits_cover(rerunqt_pilot, write_script) -> None:
    """Streamlit draws an avatar image with object-fit: cover (its e2e chat app's 10x255
    red image is a red square); scaled to fit it was a thin red line on grey."""
    pilot = rerunqt_pilot(write_script("""
        from PIL import Image
        import rerunqt as st
        st.chat_message("user", avatar=Image.new("RGB", (10, 255), "red")).write("Red")
    """))
    row = pilot.window.renderer.find(kind="chat_message")[0].widget
    picture = row.avatar.pixmap().toImage()
    assert picture.width() == picture.height() == row.avatar.width()
    corner = picture.pixelColor(1, 1)
    assert (corner.red(), corner.green(), corner.blue()) == (255, 0, 0)


def test_a_web_avatar_shows_the_names_avatar(rerunqt_pilot, write_script) -> None:
    """The picture is not downloaded: the avatar the name gives stands in, the address in
    its tooltip."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.chat_message("dog", avatar="https://example.org/dog.jpg").write("Woof")
        st.chat_message("user", avatar="https://example.org/me.jpg").write("Me")
    """))
    pilot.settle()
    dog, me = (record.widget for record in pilot.window.renderer.find(kind="chat_message"))
    assert dog.avatar.text() == "D" and dog.avatar.toolTip() == "https://example.org/dog.jpg"
    assert me.avatar.role == "user" and me.avatar.text() == ""


def test_a_long_placeholder_grows_the_box_to_show_it_whole(rerunqt_pilot, write_script,
                                                            qtbot) -> None:
    """As Streamlit's, an empty box is as tall as its wrapped placeholder (it was cut
    after the first line); typed text sizes the box again."""
    pilot = rerunqt_pilot(write_script(f"""
        import rerunqt as st
        st.container().chat_input("Short", key="short")
        st.container().chat_input({"A very long placeholder " * 12!r}, key="long")
    """))
    pilot.window.resize(600, 600)
    pilot.settle()
    short, long = (record.widget.edit for record in pilot.window.renderer.find(kind="chat_input"))
    line = long.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: long.height() >= short.height() + 2 * line)
    long.setFocus()
    qtbot.keyClicks(long, "hi")
    qtbot.waitUntil(lambda: long.height() == short.height())


def test_send_is_a_filled_primary_button_only_while_there_is_a_message(rerunqt_pilot, qtbot) -> None:
    """Streamlit's Send is red with a white arrow once something is typed (or attached) and
    a faded grey button while the box is empty; it was a red arrow on no button, always."""
    pilot = rerunqt_pilot(DEMOS / "chat.py")
    box = chat_box(pilot)
    button = box.send_button

    def fill() -> tuple[int, int, int]:  # the button's background, beside its arrow
        colour = button.grab().toImage().pixelColor(4, button.height() // 2)
        return colour.red(), colour.green(), colour.blue()

    red, green, _ = fill()
    assert button.property("ready") is not True and abs(red - green) < 30  # grey
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, "hi")
    qtbot.waitUntil(lambda: button.property("ready") is True)
    red, green, _ = fill()
    assert red > 200 and green < 120  # the primary colour
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    pilot.settle()
    assert button.property("ready") is False  # sent: the box is empty again


def test_max_chars_shows_the_count_beside_send_once_text_is_typed(
        rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit's chat input shows "11/20" while text is typed (red at the limit); rerunqt
    cut the text at the limit without a word."""
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.chat_input('Say', max_chars=20)\n"))
    box = chat_box(pilot)
    assert not box.counter.isVisible()  # nothing typed yet
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, "hello there")
    qtbot.waitUntil(box.counter.isVisible)
    assert box.counter.text() == "11/20" and box.counter.property("full") is not True
    qtbot.keyClicks(box.edit, "x" * 15)
    assert box.counter.text() == "20/20" and box.counter.property("full") is True
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    pilot.settle()
    assert not box.counter.isVisible()  # sent: empty again


def test_attached_files_show_as_chips_that_can_be_taken_back(rerunqt_pilot, qtbot, tmp_path) -> None:
    """Streamlit lists a chat input's files (name, size, remove) over its text; they showed
    only as a tinted "+" and its tooltip."""
    from PySide6.QtWidgets import QLabel, QToolButton

    pilot = rerunqt_pilot(DEMOS / "chat.py")
    box = chat_box(pilot)
    box.accept_file = "multiple"
    paths = []
    for name, text in (("a.txt", "twelve bytes"), ("b.txt", "beta")):
        paths.append(tmp_path / name)
        paths[-1].write_text(text)
    box.add_files([str(p) for p in paths])
    qtbot.waitUntil(box.chips.isVisible)
    shown = [[label.text() for label in chip.findChildren(QLabel)] for chip in box.chips.chips]
    assert shown == [["a.txt", "12.0B"], ["b.txt", "4.0B"]]
    box.chips.chips[0].findChild(QToolButton).click()  # take a.txt back
    assert [entry[1] for entry in box.files] == ["b.txt"]
    qtbot.waitUntil(lambda: len(box.chips.chips) == 1)
    send(pilot, qtbot, "with one file")
    contents = " ".join(r.element.prop("body") for r in pilot.window.renderer.find(kind="markdown"))
    assert "b.txt" in contents and "a.txt" not in contents
    assert not box.chips.isVisible()  # sent: nothing attached any more
