"""AppTest views of st.audio, st.video, st.pdf, st.camera_input and st.audio_input.

``at.audio[0].source`` is the MediaSource (``.data`` bytes or ``.path``), with
``start_time``/``end_time`` in seconds; ``at.pdf[0].data`` the document's bytes.
``at.camera_input[0].capture(jpeg_bytes)`` takes a photo as a user would (and
``at.audio_input[0].capture(wav_bytes)`` records); ``clear()`` removes it.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any, ClassVar, NamedTuple

from rerunqt.core.files import UploadedFile, as_files, file_spec
from rerunqt.testing.elements import ElementView, Widget
from rerunqt.testing.errors import InvalidAction


class SubtitleTrack(NamedTuple):
    """One subtitle track of a video: ``(label, cues)``, and Streamlit's ``url`` (its AppTest
    lists each track's ``label`` and ``url``, a ``.vtt`` file of the media server)."""

    label: str
    cues: tuple[Any, ...]

    @property
    def url(self) -> str:
        from rerunqt.testing.media_urls import MEDIA_ENDPOINT

        digest = hashlib.sha224(repr((self.label, self.cues)).encode()).hexdigest()
        return f"{MEDIA_ENDPOINT}/{digest}.vtt"


class MediaView(ElementView):
    """An audio or video player; ``data`` is the media's bytes, ``url`` where it plays from.

    ``value`` is None, as in Streamlit's AppTest (a player's proto has no value to read); a
    PDF's is its bytes."""

    @property
    def value(self) -> Any:
        return self.data if self._element.kind == "pdf" else None

    @property
    def url(self) -> str:
        """Where Streamlit's AppTest says the player plays from: a web source's address, else
        ``/mock/media/<id>.<ext>`` (see ``media_urls``); "" without media."""
        from rerunqt.core.media_source import youtube_embed
        from rerunqt.testing.media_urls import media_url

        source = self._element.prop("source")
        embed = youtube_embed(source.url) if self._element.kind == "video" else None
        return embed or media_url(source)  # Streamlit plays a YouTube link at its embed address

    @property
    def data(self) -> bytes:
        return bytes(self._element.prop("source").read())

    @property
    def mime(self) -> str:
        return str(self._element.prop("source").mime)

    @property
    def subtitles(self) -> tuple[SubtitleTrack, ...]:
        """A video's tracks, each ``(label, cues)`` with ``.label`` and ``.url`` as Streamlit's."""
        tracks = self._element.prop("subtitles") if self._element.kind == "video" else None
        return tuple(SubtitleTrack(label, tuple(cues)) for label, cues in tracks or ())


class CaptureInput(Widget):
    """A camera_input or audio_input: ``value`` is an UploadedFile or None."""

    _NAMES: ClassVar[dict[str, tuple[str, str]]] = {
        "camera_input": ("image.jpg", "image/jpeg"), "audio_input": ("audio.wav", "audio/wav")}

    @property
    def value(self) -> Any:
        value = super().value
        if isinstance(value, tuple):  # never run with this widget: its front-end value
            value = file_spec(None, False, 1 << 62).from_ui(value)
        return copy.deepcopy(value)

    def set_value(self, value: Any) -> CaptureInput:
        """An UploadedFile, a ``(name, bytes)`` pair, or None (cleared)."""
        try:
            files = as_files(value)
        except TypeError as exc:
            raise InvalidAction(f"{value!r} is not a valid value for the {self.type} "
                                f"{self.label!r}: {exc}") from None
        if len(files) > 1:
            raise InvalidAction(f"the {self.type} {self.label!r} holds one capture, got {len(files)}")
        if files and self.type == "audio_input":  # the recorder makes WAV only (Streamlit's words)
            name, mime = files[0].name, files[0].type
            if not name.lower().endswith(".wav"):
                raise InvalidAction(f"st.audio_input only records .wav files. Got filename {name!r}.")
            if mime.lower() != "audio/wav":
                raise InvalidAction("st.audio_input recordings use MIME type 'audio/wav'. "
                                    f"Got {mime!r}.")
            if mime != "audio/wav":  # "Audio/WAV": the type the recorder reports
                files = [UploadedFile(name, files[0].getvalue(), "audio/wav")]
        self._app._set_value(self.id, files[0] if files else None)
        return self

    def capture(self, data: bytes) -> CaptureInput:
        """Take a photo / make a recording with these bytes, as the user's button does."""
        name, mime = self._NAMES[self.type]
        return self.set_value(UploadedFile(name, data, mime))

    def upload(self, filename: str, content: bytes, mime_type: str | None = None) -> CaptureInput:
        """Take this file as the photo / recording (Streamlit's ``upload``)."""
        return self.set_value(UploadedFile(filename, content, mime_type or self._NAMES[self.type][1]))

    def clear(self) -> CaptureInput:
        return self.set_value(None)


VIEWS: dict[str, type[ElementView]] = {
    "audio": MediaView,
    "video": MediaView,
    "pdf": MediaView,
    "camera_input": CaptureInput,
    "audio_input": CaptureInput,
}
