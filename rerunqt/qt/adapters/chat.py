"""st.chat_message (an avatar beside a column of elements) and st.chat_input (a message box).

The message box grows with its text up to a few lines; Enter sends, Shift+Enter starts
a new line, as in every chat program. Sending posts the text and the click in one
batch, so the run that follows sees the message (core/state.py, a click with a value).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.chat import web_avatar
from rerunqt.core.element import Element
from rerunqt.core.files import Entry, guess_mime
from rerunqt.core.image_data import ImageData
from rerunqt.qt import theme_state
from rerunqt.qt.adapters.base import Adapter, Host, restyle
from rerunqt.qt.adapters.button import icon_text
from rerunqt.qt.adapters.chat_files import FileChips
from rerunqt.qt.adapters.chat_text import MessageEdit
from rerunqt.qt.adapters.image import to_qimage
from rerunqt.qt.adapters.layout import PAGE_SPACING, EmptyAdapter, LayoutAdapter
from rerunqt.qt.children import Children
from rerunqt.qt.column import Column
from rerunqt.qt.flow import ROW_BASIS_CHAT_INPUT
from rerunqt.qt.follow import FOLLOW_PAGE, follow_page, pin_followers
from rerunqt.runner.requests import WidgetEvent

AVATAR = 32
ROLES = ("user", "assistant")  # drawn as vector icons: no emoji font needed
# Streamlit 1.67's default redColor (user) and orangeColor (assistant) behind them
ROLE_COLOURS = {False: {"user": "#ff2b2b", "assistant": "#ffa421"},
                True: {"user": "#ff4b4b", "assistant": "#ffbd45"}}
TINTED_NAMES = ("user", "human")  # rows Streamlit draws on a grey background


class Avatar(QLabel):
    """A user or assistant icon drawn with QPainter (emoji fonts are often missing on
    Linux), white on the theme's red / orange as Streamlit 1.67 draws them, or the
    text/picture an avatar= gave."""

    role = "other"

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the styled background (and any text or picture)
        if self.role not in ROLES:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        dark = theme_state.base() == "dark"  # (its own background is transparent)
        name = "red" if self.role == "user" else "orange"  # Streamlit 1.67's redColor, orangeColor
        ground = QColor(theme_state.main_colour(name) or ROLE_COLOURS[dark][self.role])
        w, h = self.width(), self.height()
        painter.setBrush(ground)
        painter.drawRoundedRect(QRectF(0, 0, w, h), 6, 6)
        ink = QColor("#0e1117" if dark else "#ffffff")  # its icon: white, or near black in dark
        painter.setBrush(ink)
        if self.role == "user":  # a head and shoulders
            painter.drawEllipse(QRectF(w * 0.34, h * 0.18, w * 0.32, h * 0.32))
            body = QPainterPath()
            body.addRoundedRect(QRectF(w * 0.2, h * 0.56, w * 0.6, h * 0.3), w * 0.15, w * 0.15)
            painter.drawPath(body)
        else:  # a robot: a rounded head with two eyes and an antenna
            head = QPainterPath()
            head.addRoundedRect(QRectF(w * 0.2, h * 0.3, w * 0.6, h * 0.5), w * 0.12, w * 0.12)
            painter.drawPath(head)
            painter.drawRect(QRectF(w * 0.47, h * 0.16, w * 0.06, h * 0.14))
            painter.setBrush(ground)
            painter.drawEllipse(QRectF(w * 0.32, h * 0.44, w * 0.12, h * 0.12))
            painter.drawEllipse(QRectF(w * 0.56, h * 0.44, w * 0.12, h * 0.12))
        painter.end()


class ChatRow(QFrame):
    """One message: the avatar on the left, the message's elements in a column beside it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqChatMessage")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)
        row.setSpacing(12)
        self.avatar = Avatar()
        self.avatar.setObjectName("rqChatAvatar")
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        body = QWidget()
        body.setObjectName("rqChatBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(PAGE_SPACING)
        column.addStretch(1)
        row.addWidget(body, 1)
        self.children_ = Column(column)

    def show_avatar(self, name: str, avatar: Any) -> None:
        avatar, web = web_avatar(name, avatar)  # (a web picture is not downloaded)
        self.avatar.setToolTip(web)
        role = avatar if isinstance(avatar, str) and avatar in ROLES else "other"
        self.avatar.role = role
        # Streamlit tints the row by the author's name (user/human), whatever the avatar:
        # chat_message("user", avatar="😁") is still the user's message.
        self.setProperty("role", "user" if name.lower() in TINTED_NAMES else "other")
        self.avatar.setProperty("role", role)
        for widget in (self, self.avatar):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if role != "other":
            self.avatar.clear()
        elif isinstance(avatar, ImageData) or Path(avatar).is_file():
            pixmap = QPixmap(avatar) if isinstance(avatar, str) else QPixmap.fromImage(to_qimage(avatar))
            # Streamlit's avatar <img> is object-fit: cover: the picture fills the square,
            # its middle kept (a tall 10x255 image is a red square, not a thin line)
            pixmap = pixmap.scaled(AVATAR, AVATAR, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                   Qt.TransformationMode.SmoothTransformation)
            self.avatar.setPixmap(pixmap.copy((pixmap.width() - AVATAR) // 2,
                                              (pixmap.height() - AVATAR) // 2, AVATAR, AVATAR))
        else:
            self.avatar.setText(icon_text(avatar) or avatar[:1])
        self.setAccessibleName(f"Message from {name}")


class ChatMessageAdapter(LayoutAdapter):
    kind = "chat_message"

    def create(self, element: Element, host: Host) -> QWidget:
        row = ChatRow()
        self.update(row, element, element, frozenset({"name", "avatar"}))
        return row

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, ChatRow)
        if changed & {"name", "avatar"}:
            avatar = new.prop("avatar")
            shown = avatar if isinstance(avatar, ImageData) else str(avatar)
            widget.show_avatar(str(new.prop("name")), shown)

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, ChatRow)
        return widget.children_


class ChatBox(QFrame):
    """Attach (with accept_file), the message, Send."""

    def __init__(self, host: Host, widget_id: str) -> None:
        super().__init__()
        self.setObjectName("rqChatInput")
        self.host, self.widget_id = host, widget_id
        self.accept_file: bool | str = False
        self.types: tuple[str, ...] | None = None
        self.files: list[Entry] = []
        self.attach = QToolButton()
        self.attach.setObjectName("rqChatAttach")
        self.attach.setText("+")
        self.attach.setAccessibleName("Attach files")
        self.attach.setToolTip("Attach files")
        self.attach.clicked.connect(self.choose_files)
        self.edit = MessageEdit()
        self.edit.send.connect(self.submit)
        self.send_button = QToolButton()
        self.send_button.setObjectName("rqChatSend")
        self.send_button.setText("\u27A4")
        self.send_button.setAccessibleName("Send")
        self.send_button.setToolTip("Send (Enter)")
        self.send_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter in the text sends
        self.send_button.clicked.connect(self.submit)
        self.edit.textChanged.connect(self._show_ready)
        self.counter = QLabel()  # Streamlit's "12/200" (max_chars), once something is typed
        self.counter.setObjectName("rqChatCounter")
        self.counter.setVisible(False)
        self.edit.textChanged.connect(self.count)
        self.chips = FileChips(self.remove_file)  # the attached files, over the text
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.setSpacing(4)
        column.addWidget(self.chips)
        self.row = row = QHBoxLayout()
        row.setSpacing(4)
        column.addLayout(row)
        row.addWidget(self.attach, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.edit, 1)
        row.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.setFocusProxy(self.edit)
        self.voice: QToolButton | None = None  # accept_audio: the microphone (chat_voice.py)
        self.submit_mode = "submit"
        self.waiting = False  # submit_mode: waiting for the run a message started to end
        self._listening = False

    def submit(self) -> None:
        """Send the text (and files) as one click carrying its value; empty sends nothing."""
        if self.waiting:  # submit_mode="stop": the button is Stop
            stop = getattr(self.window(), "request_stop", None)
            if stop is not None:
                stop()
            return
        text = self.edit.toPlainText()
        if not self.isEnabled() or (not text.strip() and not self.files):
            return
        value: object = (text, tuple(self.files)) if self.accept_file else text
        self.host.emit_batch([WidgetEvent(self.widget_id, value),
                              WidgetEvent(self.widget_id, True, click=True)])
        pin_followers(self)  # the message and the reply the run draws come into sight
        self.edit.clear()
        self.files = []
        self._show_files()
        if self.submit_mode != "submit":
            self._wait_for_run()

    def set_audio(self, accept: bool, rate: int | None) -> None:
        """accept_audio: show the microphone button (made on first use) before Send."""
        if accept and self.voice is None:
            from rerunqt.qt.adapters.chat_voice import VoiceButton

            self.voice = VoiceButton(self.send_voice)
            row = self.row
            row.insertWidget(row.indexOf(self.send_button), self.voice, 0, Qt.AlignmentFlag.AlignBottom)
        if self.voice is not None:
            self.voice.setVisible(accept)
            self.voice.set_sample_rate(rate)  # type: ignore[attr-defined]

    def send_voice(self, entry: Entry) -> None:
        """A finished recording: sent at once, with the text and files in the box."""
        if self.waiting or not self.isEnabled():
            return
        value = (self.edit.toPlainText(), tuple(self.files), (entry,))
        self.host.emit_batch([WidgetEvent(self.widget_id, value),
                              WidgetEvent(self.widget_id, True, click=True)])
        pin_followers(self)
        self.edit.clear()
        self.files = []
        self._show_files()

    def _wait_for_run(self) -> None:
        """submit_mode "disable"/"stop": no new message until the run it started has ended;
        with "stop", Send becomes a Stop button meanwhile."""
        window = self.window()
        applied = getattr(window, "applied", None)
        if applied is None:  # not in the app window (a test host): nothing tells the end
            return
        self.waiting = True
        self.edit.setEnabled(False)
        self.attach.setEnabled(False)
        self._show_ready()
        if self.submit_mode == "stop":
            self.send_button.setText("\u25A0")
            self.send_button.setAccessibleName("Stop")
            self.send_button.setToolTip("Stop the run")
        else:
            self.send_button.setEnabled(False)
        if not self._listening:
            self._listening = True
            applied.connect(lambda _run: self._run_ended())

    def _run_ended(self) -> None:
        if not self.waiting:
            return
        self.waiting = False
        self.edit.setEnabled(True)
        self.attach.setEnabled(True)
        self.send_button.setEnabled(True)
        self.send_button.setText("\u27A4")
        self.send_button.setAccessibleName("Send")
        self.send_button.setToolTip("Send (Enter)")
        self._show_ready()

    def choose_files(self) -> None:
        dialog = QFileDialog(self, "Attach files")
        if self.accept_file == "directory":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        elif self.accept_file == "multiple":
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if self.types:
            dialog.setNameFilter("Files (" + " ".join(f"*{t}" for t in self.types) + ")")
        dialog.filesSelected.connect(self.add_files)
        dialog.open()

    def add_files(self, paths: list[str]) -> None:
        found: list[Path] = []
        for name in paths:
            path = Path(name)
            found += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        entries = [(f"chat-{len(self.files) + i}-{p.name}", p.name, guess_mime(p.name), p.read_bytes())
                   for i, p in enumerate(found)]
        self.files = entries if self.accept_file is True else self.files + entries
        self._show_files()

    def _show_files(self) -> None:
        names = ", ".join(entry[1] for entry in self.files)
        self.attach.setToolTip(f"Attached: {names}" if names else "Attach files")
        self.attach.setProperty("attached", bool(self.files))
        self.attach.style().unpolish(self.attach)
        self.attach.style().polish(self.attach)
        self.chips.show_files(self.files)
        self._show_ready()

    def remove_file(self, index: int) -> None:
        """A chip's remove button: that file no longer goes with the message."""
        del self.files[index]
        self._show_files()

    def count(self) -> None:
        """With max_chars: the length over the limit beside Send while there is text, red
        at the limit, as Streamlit's chat input instructions."""
        limit, length = self.edit.max_chars, len(self.edit.toPlainText())
        shown = limit is not None and length > 0
        self.counter.setVisible(shown)
        if shown:
            self.counter.setText(f"{length}/{limit}")
            restyle(self.counter, "full", length >= (limit or 0))

    def _show_ready(self) -> None:
        """Streamlit's Send is a filled button in the primary colour while there is something
        to send (or while it is Stop), and a faded grey one otherwise."""
        ready = self.waiting or bool(self.files) or bool(self.edit.toPlainText().strip())
        restyle(self.send_button, "ready", ready)


class ChatInputAdapter(Adapter):
    kind = "chat_input"

    def create(self, element: Element, host: Host) -> QWidget:
        box = ChatBox(host, element.key)
        box.setProperty("rqBasis", ROW_BASIS_CHAT_INPUT)  # Streamlit's 8rem in a horizontal row
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, ChatBox)
        props = new.props_dict()
        if "placeholder" in changed:
            widget.edit.setPlaceholderText(props["placeholder"])
            widget.edit.setAccessibleName(props["placeholder"])
        if "submit_mode" in changed:
            widget.submit_mode = props["submit_mode"]
        if "auto_placed" in changed:
            widget.setProperty(FOLLOW_PAGE, bool(props["auto_placed"]))
            if props["auto_placed"]:  # once placed under the page: the page follows the chat
                QTimer.singleShot(0, widget, lambda: follow_page(widget))
        if "disabled" in changed:
            widget.setEnabled(not props["disabled"])
        if "max_chars" in changed:
            widget.edit.max_chars = props["max_chars"]
            widget.count()
        if changed & {"accept_file", "file_type"}:
            widget.accept_file = props["accept_file"]
            widget.types = props["file_type"]
            widget.attach.setVisible(bool(props["accept_file"]))
        if changed & {"accept_audio", "audio_sample_rate"}:
            widget.set_audio(bool(props["accept_audio"]), props["audio_sample_rate"])
        if "set_by_code" in changed and props["set_by_code"]:  # st.session_state[key] = text
            widget.edit.setPlainText(props["draft"] or "")
            widget.edit.moveCursor(QTextCursor.MoveOperation.End)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        assert isinstance(widget, ChatBox)
        return [widget.attach, widget.edit] if widget.accept_file else [widget.edit]

    def probe(self, widget: QWidget) -> QWidget:
        assert isinstance(widget, ChatBox)
        return widget.edit


class BottomAdapter(EmptyAdapter):
    """st.bottom's content: the window pins it under the page (qt/bottom.py)."""

    kind = "bottom"


CHAT_ADAPTERS: list[Adapter] = [ChatMessageAdapter(), ChatInputAdapter(), BottomAdapter()]
