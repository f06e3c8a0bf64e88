"""The microphone button of st.chat_input(accept_audio=True).

A click starts recording and a second one stops it; the recording is sent at once as
the message's ``audio`` (with whatever text and files are in the box). Without a
microphone the button is disabled and says "No microphone found". Qt Multimedia is
imported when the first such button is made, so a chat without audio never loads it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QToolButton

from rerunqt.core.files import Entry
from rerunqt.qt.media_files import load_qt

IDLE, RECORDING = "\u25CF", "\u25A0"  # a record dot, a stop square


class VoiceButton(QToolButton):
    """Record / stop; ``send(entry)`` gets the recording as a WAV file entry."""

    def __init__(self, send: Callable[[Entry], None]) -> None:
        super().__init__()
        self.setObjectName("rqChatMic")
        self.setText(IDLE)
        self.send = send
        self.message = ""
        try:
            load_qt("QtMultimedia", "chat_input")
            from rerunqt.qt.adapters.voice import NO_MICROPHONE, VoiceRecorder
        except RuntimeError as exc:
            self._unavailable(str(exc))
            return
        self.recorder = VoiceRecorder(self)
        if not self.recorder.available:
            self._unavailable(NO_MICROPHONE)
            return
        self._recording(False)
        self.recorder.state_changed.connect(self._recording)
        self.recorder.failed.connect(self.setToolTip)
        self.recorder.finished.connect(
            lambda data: self.send((uuid.uuid4().hex, "audio.wav", "audio/wav", data)))
        self.clicked.connect(self.recorder.toggle)

    def _unavailable(self, why: str) -> None:
        self.message = why
        self.setEnabled(False)
        self.setToolTip(why)
        self.setAccessibleName("Record a voice message")
        self.setAccessibleDescription(why)

    def _recording(self, recording: bool) -> None:
        self.setText(RECORDING if recording else IDLE)
        name = "Stop recording and send" if recording else "Record a voice message"
        self.setAccessibleName(name)
        self.setToolTip(name)

    def set_sample_rate(self, rate: int | None) -> None:
        recorder = getattr(self, "recorder", None)
        if recorder is not None:
            recorder.sample_rate = rate
