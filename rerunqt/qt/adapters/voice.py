"""A voice recorder for st.audio_input and st.chat_input(accept_audio=True) (Qt Multimedia).

``available`` says whether the system has a microphone (QMediaDevices.audioInputs());
``toggle()`` starts or stops; ``finished`` carries the WAV bytes of a recording and
``state_changed`` whether it is recording. Imported only when such a widget is created.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import (
    QAudioInput,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaFormat,
    QMediaRecorder,
)

NO_MICROPHONE = "No microphone found"


class VoiceRecorder(QObject):
    """Records the default microphone into a temporary WAV file, then hands over its bytes."""

    finished = Signal(bytes)
    state_changed = Signal(bool)  # recording or not
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sample_rate: int | None = 16000
        self.file = Path(tempfile.gettempdir()) / f"rerunqt-recording-{uuid.uuid4().hex}.wav"
        microphones = QMediaDevices.audioInputs()
        self.available = bool(microphones)
        if not self.available:
            return
        self.session = QMediaCaptureSession(self)
        self.input = QAudioInput(microphones[0], self)
        self.recorder = QMediaRecorder(self)
        self.session.setAudioInput(self.input)
        self.session.setRecorder(self.recorder)
        self.recorder.setMediaFormat(QMediaFormat(QMediaFormat.FileFormat.Wave))
        self.recorder.setOutputLocation(QUrl.fromLocalFile(str(self.file)))
        self.recorder.recorderStateChanged.connect(self._state_changed)
        self.recorder.errorOccurred.connect(lambda _error, text: self.failed.emit(text))

    @property
    def recording(self) -> bool:
        return self.available and (
            self.recorder.recorderState() == QMediaRecorder.RecorderState.RecordingState)

    def toggle(self) -> None:
        if not self.available:
            self.failed.emit(NO_MICROPHONE)
        elif self.recording:
            self.recorder.stop()
        else:
            if self.sample_rate is not None:
                self.recorder.setAudioSampleRate(self.sample_rate)
            self.recorder.record()

    def _state_changed(self, state: Any) -> None:
        self.state_changed.emit(state == QMediaRecorder.RecorderState.RecordingState)
        if state == QMediaRecorder.RecorderState.StoppedState:
            written = Path(self.recorder.actualLocation().toLocalFile() or self.file)
            if written.is_file():
                data = written.read_bytes()
                written.unlink(missing_ok=True)
                self.finished.emit(data)
