"""The fields of st.camera_input and st.audio_input (Qt Multimedia, imported on first use).

Each lists its devices with QMediaDevices when created; with none it says so ("No
camera found", "No microphone found") and stays empty, so the script gets None. A
capture is sent as one ``(file_id, name, mime, bytes)`` entry, as a file upload is.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rerunqt.core.files import Entry
from rerunqt.qt.adapters.base import Host
from rerunqt.qt.adapters.voice import NO_MICROPHONE, VoiceRecorder
from rerunqt.runner.requests import WidgetEvent


class CaptureField(QWidget):
    """The common shape: a status line, an action button, a "Clear" button."""

    no_device = ""
    action_text = ""
    clear_text = "Clear"

    def __init__(self, host: Host, widget_id: str) -> None:
        super().__init__()
        self.host, self.widget_id = host, widget_id
        self.current: tuple[Entry, ...] = ()
        self.enabled = True
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("rqCaptureStatus")
        self.status.setWordWrap(True)
        self.action = QPushButton(self.action_text)
        self.clear = QPushButton(self.clear_text)
        for button in (self.action, self.clear):  # the app's button look, not the platform's
            button.setObjectName("rqButton")
            button.setAutoDefault(False)
        self.clear.clicked.connect(lambda: self.send(()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.action)
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        self.layout_.addWidget(self.status)
        self.layout_.addLayout(buttons)
        self.has_device = False

    def no_device_found(self) -> None:
        self.status.setText(self.no_device)
        self.status.setAccessibleName(self.no_device)
        self.action.setEnabled(False)

    def send(self, entries: tuple[Entry, ...]) -> None:
        self.current = entries
        self.show_value(entries)
        self.host.emit(WidgetEvent(self.widget_id, entries))

    def send_capture(self, name: str, mime: str, data: bytes) -> None:
        self.send(((uuid.uuid4().hex, name, mime, data),))

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.action.setEnabled(enabled and self.has_device)
        self.clear.setEnabled(enabled and bool(self.current))

    def show_value(self, entries: tuple[Entry, ...]) -> None:
        self.current = entries
        self.clear.setVisible(bool(entries))
        self.clear.setEnabled(self.enabled and bool(entries))


class CameraField(CaptureField):
    """A live preview and "Take photo"; the photo replaces the preview until cleared."""

    no_device = "No camera found"
    action_text = "Take photo"
    clear_text = "Clear photo"

    def __init__(self, host: Host, widget_id: str) -> None:
        super().__init__(host, widget_id)
        self.resolution: tuple[int, int] | None = None
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.hide()
        self.layout_.insertWidget(0, self.photo)
        self.preview: QWidget | None = None
        cameras = QMediaDevices.videoInputs()
        if not cameras:
            self.no_device_found()
            return
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.has_device = True
        self.session = QMediaCaptureSession(self)
        self.camera = QCamera(cameras[0], self)
        self.capture = QImageCapture(self)
        self.preview = QVideoWidget()
        self.preview.setMinimumSize(QSize(320, 240))
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.preview)
        self.layout_.insertWidget(0, self.preview)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(lambda _id, _e, text: self.status.setText(text))
        self.action.clicked.connect(self.capture.capture)
        self.camera.start()

    def _captured(self, _id: int, image: QImage) -> None:
        if self.resolution is not None and self.resolution[0] == 0:  # "720p": the height
            image = image.scaledToHeight(self.resolution[1], Qt.TransformationMode.SmoothTransformation)
        elif self.resolution is not None:
            image = image.scaled(QSize(*self.resolution), Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 90)  # type: ignore[call-overload]  # the stubs say bytes; Qt takes str
        self.send_capture("image.jpg", "image/jpeg", bytes(buffer.data().data()))

    def show_value(self, entries: tuple[Entry, ...]) -> None:
        super().show_value(entries)
        if entries:
            pixmap = QPixmap()
            pixmap.loadFromData(entries[0][3])
            self.photo.setPixmap(pixmap.scaledToWidth(min(pixmap.width(), 640)))
        self.photo.setVisible(bool(entries))
        if self.preview is not None:
            self.preview.setVisible(not entries)
            self.action.setVisible(not entries)


class MicrophoneField(CaptureField):
    """"Record" / "Stop": the recording (WAV) becomes the value; "Clear recording" drops it."""

    no_device = NO_MICROPHONE
    action_text = "Record"
    clear_text = "Clear recording"

    def __init__(self, host: Host, widget_id: str) -> None:
        super().__init__(host, widget_id)
        self.recorder = VoiceRecorder(self)
        if not self.recorder.available:
            self.no_device_found()
            return
        self.has_device = True
        self.recorder.state_changed.connect(self._recording)
        self.recorder.finished.connect(lambda data: self.send_capture("audio.wav", "audio/wav", data))
        self.recorder.failed.connect(self.status.setText)
        self.action.clicked.connect(self.recorder.toggle)

    @property
    def sample_rate(self) -> int | None:
        return self.recorder.sample_rate

    @sample_rate.setter
    def sample_rate(self, rate: int | None) -> None:
        self.recorder.sample_rate = rate

    def _recording(self, recording: bool) -> None:
        self.action.setText("Stop" if recording else "Record")
        self.status.setText("Recording…" if recording else "")

    def show_value(self, entries: tuple[Entry, ...]) -> None:
        super().show_value(entries)
        if self.has_device:
            size = len(entries[0][3]) if entries else 0
            self.status.setText(f"Recorded {size // 1024} KB" if entries else "")
