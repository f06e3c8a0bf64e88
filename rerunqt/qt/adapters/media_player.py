"""The player of st.audio and st.video: QMediaPlayer with play/pause, a position slider and keys.

Imported only when a page first shows a player (it loads Qt Multimedia). Space plays or
pauses, Left/Right seek 5 s, Home goes back to ``start_time``. ``end_time`` stops
playback there (or, with ``loop``, starts again at ``start_time``). A new source is
loaded only when its content changes, so a rerun keeps the position.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSignalBlocker, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPalette
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.media_source import MediaSource
from rerunqt.core.subtitles import Track, cue_at
from rerunqt.qt.media_files import local_path

SEEK_STEP_MS = 5000
_PLAYING = QMediaPlayer.PlaybackState.PlayingState


def clock(ms: int) -> str:
    """``83000`` -> ``"1:23"`` (hours shown only when needed)."""
    total = max(ms, 0) // 1000
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class VideoPicture(QWidget):
    """The current video frame, painted scaled with its aspect ratio on black.

    Painted by the widget itself (not QVideoWidget's native surface), so it follows the
    page's layout and shows in ``grab()`` screenshots, offscreen too.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqVideo")
        self.sink = QVideoSink(self)
        self.frame = QImage()
        self.sink.videoFrameChanged.connect(self._frame)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.frame = frame.toImage()
            self.update()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self.frame.isNull():
            shown = self.frame.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), shown)
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self.frame)
        painter.end()


class CappedColumn(QVBoxLayout):
    """The player's column: its height at the width the player gets. The page asks for the
    height at the whole column's width, but a pixel ``width`` caps the player, where a long
    message wraps to more lines (else the controls are drawn over the picture)."""

    def heightForWidth(self, width: int) -> int:
        owner = self.parentWidget()
        return super().heightForWidth(min(width, owner.maximumWidth()) if owner else width)


class MediaPlayer(QWidget):
    """Controls (play/pause, slider, time, mute) under an optional video picture."""

    def __init__(self, video: bool) -> None:
        super().__init__()
        self.setObjectName("rqMediaPlayer")
        self.source: MediaSource | None = None
        self.pending: tuple[bool, bool] = (False, False)  # (seek to start, then play)
        self.start_ms, self.loop = 0, False
        self.end_ms: int | None = None
        self.tracks: tuple[Track, ...] = ()
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        layout = CappedColumn(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.picture: VideoPicture | None = None
        self.subtitle = QLabel()
        if video:
            self.picture = VideoPicture()
            self.player.setVideoSink(self.picture.sink)
            layout.addWidget(self.picture)
            self.subtitle.setObjectName("rqSubtitle")
            self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.subtitle.setWordWrap(True)
            self.subtitle.hide()
            layout.addWidget(self.subtitle)
        self.controls = self._controls()
        layout.addWidget(self.controls)
        self.web: Any = None  # the address panel of a web source, made when first needed
        self.video = video
        self.message = QLabel()
        self.message.setObjectName("rqMediaMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.positionChanged.connect(self._position_changed)
        self.player.playbackStateChanged.connect(self._state_changed)
        self.player.mediaStatusChanged.connect(self._status_changed)
        self.player.errorOccurred.connect(self._error)
        self.player.hasVideoChanged.connect(lambda _video: self._fit_screen())

    def _controls(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.play_button = QToolButton()
        self.play_button.setIcon(self._icon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setAccessibleName("Play")
        self.play_button.setToolTip("Play (Space)")
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName("Position")
        self.slider.setRange(0, 0)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.slider.sliderReleased.connect(lambda: self.player.setPosition(self.slider.value()))
        self.time = QLabel("0:00 / 0:00")
        self.time.setObjectName("rqMediaTime")
        self.track_box = QComboBox()  # subtitles: which track (shown with two or more)
        self.track_box.setAccessibleName("Subtitles")
        self.track_box.currentIndexChanged.connect(lambda _i: self._show_cue(self.player.position()))
        self.track_box.hide()
        self.mute_button = QToolButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setAccessibleName("Mute")
        self.mute_button.toggled.connect(self.set_muted)
        self.set_muted(False)
        for part in (self.play_button, self.slider, self.time, self.track_box, self.mute_button):
            part.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the player takes the keys
            line.addWidget(part, 1 if part is self.slider else 0)
        return row

    def _icon(self, which: QStyle.StandardPixmap) -> QIcon:
        """The style's media icon in the theme's text colour (dark grey is lost on dark)."""
        pixmap = self.style().standardIcon(which).pixmap(16, 16)
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), self.palette().color(QPalette.ColorRole.ButtonText))
        painter.end()
        return QIcon(pixmap)

    # ----- what the script sets -----
    def set_source(self, source: MediaSource, start: float, autoplay: bool) -> None:
        """Load ``source`` (only when its content changed) and go to ``start`` seconds."""
        self.start_ms = int(start * 1000)
        if source == self.source:
            return
        self.source = source
        self.message.hide()
        self._show_web(source.url)
        self.controls.setEnabled(not source.empty)  # st.audio(None): an empty, idle player
        if source.url is not None or source.empty:
            self.player.stop()
            if source.empty:
                from PySide6.QtCore import QUrl

                self.player.setSource(QUrl())
            return
        try:
            path = local_path(source)
        except OSError as exc:
            self._show_message(f"Cannot read the media: {exc}")
            return
        from PySide6.QtCore import QUrl

        self.pending = (True, autoplay)  # seek (and play) once the media has loaded
        self.player.setSource(QUrl.fromLocalFile(path))

    def _show_web(self, url: str | None) -> None:
        """A web address is not downloaded: its address and an "Open in browser" button
        stand in for the picture and the controls."""
        if url is not None or self.web is not None:  # (a local file loads no panel)
            from rerunqt.qt.adapters.iframe import web_stand_in

            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            kind = "video" if self.video else "sound"
            self.web = web_stand_in(layout, self.web, url, f"This {kind} plays in your browser")
        self.controls.setVisible(url is None)
        if self.picture is not None:
            self.picture.setVisible(url is None)

    def set_range(self, start: float, end: float | None, loop: bool) -> None:
        changed = int(start * 1000) != self.start_ms
        self.start_ms = int(start * 1000)
        # an end not after the start (st.audio takes one) plays on to the media's end
        self.end_ms = None if end is None or end <= start else int(end * 1000)
        self.loop = loop
        if changed:
            self.player.setPosition(self.start_ms)

    def set_tracks(self, tracks: tuple[Track, ...]) -> None:
        self.tracks = tracks
        blocker = QSignalBlocker(self.track_box)
        self.track_box.clear()
        self.track_box.addItems([label for label, _ in tracks] + ["Off"])
        self.track_box.setCurrentIndex(0)
        del blocker
        self.track_box.setVisible(len(tracks) > 1)
        self._show_cue(self.player.position())

    def set_muted(self, muted: bool) -> None:
        self.output.setMuted(muted)
        if self.mute_button.isChecked() != muted:
            self.mute_button.setChecked(muted)
        icon = QStyle.StandardPixmap.SP_MediaVolumeMuted if muted else QStyle.StandardPixmap.SP_MediaVolume
        self.mute_button.setIcon(self._icon(icon))
        self.mute_button.setToolTip("Unmute" if muted else "Mute")

    # ----- the user -----
    @property
    def playing(self) -> bool:
        return self.player.playbackState() == _PLAYING

    def toggle(self) -> None:
        """Play or pause; at the end (or past ``end_time``) play starts again from the start."""
        if self.playing:
            self.player.pause()
            return
        at_end = self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia
        if at_end or (self.end_ms is not None and self.player.position() >= self.end_ms):
            self.player.setPosition(self.start_ms)
        self.player.play()

    def seek(self, delta_ms: int) -> None:
        top = self.player.duration() or 0
        self.player.setPosition(min(max(self.player.position() + delta_ms, 0), top))

    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle()
        elif key == Qt.Key.Key_Left:
            self.seek(-SEEK_STEP_MS)
        elif key == Qt.Key.Key_Right:
            self.seek(SEEK_STEP_MS)
        elif key == Qt.Key.Key_Home:
            self.player.setPosition(self.start_ms)
        else:
            super().keyPressEvent(event)

    # ----- what the player reports -----
    def _duration_changed(self, duration: int) -> None:
        self.slider.setRange(0, max(duration, 0))
        self._show_time(self.player.position())

    def _position_changed(self, position: int) -> None:
        if self.end_ms is not None and position >= self.end_ms and self.playing:
            if self.loop:
                self.player.setPosition(self.start_ms)
            else:
                self.player.pause()
        if not self.slider.isSliderDown():
            self.slider.setValue(position)
        self._show_time(position)
        self._show_cue(position)

    def _state_changed(self, state: Any) -> None:
        playing = state == _PLAYING
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self._icon(icon))
        self.play_button.setAccessibleName("Pause" if playing else "Play")
        self.play_button.setToolTip(("Pause" if playing else "Play") + " (Space)")

    def _status_changed(self, status: Any) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self.loop:
            self.player.setPosition(self.start_ms)
            self.player.play()
        elif status == QMediaPlayer.MediaStatus.LoadedMedia:
            seek, play = self.pending
            self.pending = (False, False)
            if play:
                self.player.play()
            elif self.picture is not None:  # paused, a seek shows the first frame (a poster)
                self.player.pause()
            if seek and (self.start_ms or self.picture is not None):
                self.player.setPosition(self.start_ms)
            self._fit_screen()

    def _error(self, error: Any, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self._show_message(f"Cannot play this media: {text or error.name}")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _show_time(self, position: int) -> None:
        self.time.setText(f"{clock(position)} / {clock(self.player.duration())}")

    def _show_cue(self, position: int) -> None:
        if self.picture is None:
            return
        index = self.track_box.currentIndex()
        shown = self.tracks[index][1] if 0 <= index < len(self.tracks) else ()
        self.subtitle.setText(cue_at(shown, position / 1000))
        self.subtitle.setVisible(bool(self.tracks))

    # ----- the picture keeps the video's aspect ratio -----
    def _aspect(self) -> float:
        size = self.picture.sink.videoSize() if self.picture is not None else None
        if size is not None and size.width() > 0:
            return size.height() / size.width()
        return 9 / 16

    def _fit_screen(self) -> None:
        if self.picture is not None and (self.source is None or self.source.url is None):
            self.picture.setVisible(self.player.hasVideo() or self.player.mediaStatus() in (
                QMediaPlayer.MediaStatus.NoMedia, QMediaPlayer.MediaStatus.LoadingMedia))
            height = max(120, round(self.width() * self._aspect()))
            if self.picture.height() != height:
                self.picture.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_screen()
