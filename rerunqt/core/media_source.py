"""What st.audio, st.video and st.pdf play or show, read on the script thread (Qt-free).

A local file stays a path (the player streams it); bytes, file-like objects and numpy
audio become bytes that the window hands to Qt through a temporary file. A web address
given to st.audio / st.video stays a ``url``: nothing is downloaded, the player shows the
address with an "Open in browser" button and the script runs on (as st.iframe does).
Equality is a cheap fingerprint, so a rerun with the same source keeps the player where
it was.
"""

from __future__ import annotations

import io
import os
import re
import zlib
from datetime import timedelta
from pathlib import Path
from typing import Any

from rerunqt.core.streams import read_from_start
from rerunqt.errors import MediaFileStorageError, RerunQtAPIError

_MIME_BY_SUFFIX = {".wav": "audio/wav", ".mp3": "audio/mpeg", ".ogg": "audio/ogg",
                   ".flac": "audio/flac", ".m4a": "audio/mp4", ".aac": "audio/aac",
                   ".mp4": "video/mp4", ".webm": "video/webm", ".mkv": "video/x-matroska",
                   ".mov": "video/quicktime", ".avi": "video/x-msvideo", ".pdf": "application/pdf",
                   ".vtt": "text/vtt", ".srt": "text/plain"}


class MediaSource:
    """One media source: ``path`` of a local file, ``data`` bytes or a web ``url``, plus its
    MIME type."""

    __slots__ = ("_key", "data", "mime", "path", "url")
    _key: tuple[Any, ...]

    def __init__(self, path: str | None = None, data: bytes | None = None, mime: str = "",
                 url: str | None = None) -> None:
        self.path = path
        self.data = data
        self.mime = mime
        self.url = url
        if url is not None:
            self._key = ("url", url, 0)
        elif path is not None:
            stat = os.stat(path)
            self._key = ("path", path, stat.st_size, stat.st_mtime_ns)
        else:
            blob = data or b""
            self._key = ("data", len(blob), zlib.crc32(blob))

    @property
    def empty(self) -> bool:
        """No media at all (``data=None``): the player shows, with nothing to play."""
        return self.url is None and self.path is None and not self.data

    @property
    def size(self) -> int:
        return len(self.data) if self.data is not None else int(self._key[2])

    @property
    def suffix(self) -> str:
        """The file suffix the player should see (".wav"), from the path or the MIME type."""
        if self.path is not None:
            return Path(self.path).suffix.lower()
        for suffix, mime in _MIME_BY_SUFFIX.items():
            if mime == self.mime:
                return suffix
        if self.mime.isalnum():  # format="mp3", as Streamlit takes it: the kind itself
            return "." + self.mime.lower()
        return ".bin"

    @property
    def fingerprint(self) -> str:
        """A short name for this content (temporary files are named by it)."""
        return f"{zlib.crc32(repr(self._key).encode()):08x}"

    def read(self) -> bytes:
        """The content as bytes (reads a file source; a web address has none here)."""
        if self.data is not None:
            return self.data
        if self.url is not None:
            return b""
        return Path(self.path or "").read_bytes()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MediaSource):
            return NotImplemented
        return self is other or (self._key == other._key and self.mime == other.mime)

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        where = (f"url={self.url!r}" if self.url is not None else f"path={self.path!r}"
                 if self.path is not None else f"{len(self.data or b'')} bytes")
        return f"MediaSource({where}, mime={self.mime!r})"


# A YouTube watch, short, embed or mobile address and its video id (10-20 word characters).
_YOUTUBE = re.compile(r"^(?:https?:)?(?://)?(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com/"
                      r"(?:watch\?(?:[^#]*&)?v=|embed/|v/|e/)|youtu\.be/)([\w-]{10,20})")


def youtube_embed(url: str | None) -> str | None:
    """The embed address Streamlit plays a YouTube link at (``.../embed/<id>``); None when
    ``url`` is no YouTube video."""
    match = _YOUTUBE.match(url or "")
    return f"https://www.youtube.com/embed/{match.group(1)}" if match else None


def read_source(call: str, data: Any, mime: str, sample_rate: int | None = None) -> MediaSource:
    """``data`` as st.<call> takes it -> a MediaSource; a clear error for anything else."""
    if isinstance(data, MediaSource):
        return data
    if data is None and call in ("audio", "video"):  # Streamlit draws an empty player
        return MediaSource(data=b"", mime=mime)       # (st.audio(st.audio_input(...)))
    if isinstance(data, (str, Path)):
        return _from_path(call, str(data), mime)
    if isinstance(data, (bytes, bytearray, memoryview)):
        return MediaSource(data=bytes(data), mime=mime)
    if hasattr(data, "read") and callable(data.read):
        # as Streamlit's getvalue(), an upload stays readable (st.audio(rec) before rec.read())
        blob = read_from_start(data, rewind_after=isinstance(data, io.BytesIO))
        if isinstance(blob, str):
            blob = blob.encode("utf-8")
        return MediaSource(data=bytes(blob), mime=mime)
    if type(data).__module__ == "numpy" or hasattr(data, "__array__"):
        if call == "video":  # Streamlit plays the array's raw bytes (an empty video)
            import numpy as np

            return MediaSource(data=np.asarray(data).tobytes(), mime=mime)
        if call != "audio":
            raise RerunQtAPIError(
                f"st.{call} data= got a numpy array; only st.audio turns an array into sound "
                f"(with sample_rate=). Give st.{call} a file path or the file's bytes.")
        return MediaSource(data=wav_bytes(data, sample_rate), mime="audio/wav")
    raise RerunQtAPIError(
        f"st.{call} data={data!r:.80} is not something rerunqt can {_verb(call)}; give a file path, "
        f"the file's bytes, or a file-like object (io.BytesIO)"
        + (", or a numpy array with sample_rate=." if call == "audio" else "."))


def _verb(call: str) -> str:
    return "show" if call == "pdf" else "play"


def _from_path(call: str, text: str, mime: str) -> MediaSource:
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]+://", text):
        from urllib.parse import unquote, urlparse

        parsed = urlparse(text)
        if parsed.scheme in ("http", "https") and call in ("audio", "video"):
            return MediaSource(url=text, mime=mime)
        if parsed.scheme != "file":
            raise RerunQtAPIError(
                f"st.{call} data={text!r} is a web address; rerunqt does not download media. "
                f"Download the file first (e.g. urllib.request.urlretrieve) and give st.{call} "
                f"its path or its bytes.")
        text = unquote(parsed.path)
    if not os.path.isfile(text):  # Streamlit 1.67's error and words
        raise MediaFileStorageError(f"Error opening '{text}'")
    path = os.path.abspath(text)
    guessed = _MIME_BY_SUFFIX.get(Path(path).suffix.lower(), "")
    return MediaSource(path=path, mime=guessed if mime in ("", "audio/wav", "video/mp4") and guessed
                       else mime)


def wav_bytes(array: Any, sample_rate: int | None) -> bytes:
    """A numpy array of samples -> a 16-bit PCM WAV file, as Streamlit builds it.

    A 1-D array is mono; a 2-D array is one row per channel. The samples are scaled by
    the largest magnitude, so any float or int range plays at full volume.
    """
    import io
    import wave

    import numpy as np

    if sample_rate is None or isinstance(sample_rate, bool) or not isinstance(sample_rate, int) \
            or sample_rate <= 0:
        raise RerunQtAPIError(
            f"st.audio sample_rate={sample_rate!r}: a numpy array needs the number of samples "
            f"per second, e.g. st.audio(samples, sample_rate=44100).")
    samples = np.asarray(array, dtype=float)
    if samples.ndim == 1:
        channels = 1
        interleaved = samples
    elif samples.ndim == 2:
        channels = samples.shape[0]
        interleaved = samples.T.ravel()
    else:
        raise RerunQtAPIError(
            f"st.audio got a numpy array of shape {samples.shape}; give one row of samples "
            f"(mono) or one row per channel.")
    peak = float(np.max(np.abs(interleaved))) if interleaved.size else 0.0
    scaled = interleaved / peak if peak > 0 else interleaved
    pcm = (scaled * 32767).astype("<i2").tobytes()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm)
    return buffer.getvalue()


_UNITS = {"ms": 0.001, "s": 1, "sec": 1, "second": 1, "seconds": 1, "m": 60, "min": 60,
          "minute": 60, "minutes": 60, "h": 3600, "hour": 3600, "hours": 3600}
_PART = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*")


def seconds(call: str, name: str, value: Any) -> float | None:
    """``start_time``/``end_time``: seconds as a number, a timedelta, or "1m30s" / "2 minutes"."""
    if value is None:
        return None
    if isinstance(value, timedelta):
        result = value.total_seconds()
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        result = float(value)
    elif isinstance(value, str) and value.strip():
        result = 0.0
        rest = value.strip().lower()
        while rest:
            match = _PART.match(rest)
            if match is None or match.group(2) not in ("", *_UNITS):
                result = -1.0
                break
            result += float(match.group(1)) * _UNITS.get(match.group(2), 1)
            rest = rest[match.end():]
    else:
        result = -1.0
    if result < 0:
        raise RerunQtAPIError(
            f"st.{call} {name}={value!r} is not a time; give seconds (int or float, >= 0), a "
            f"datetime.timedelta, or a string such as '1m30s' or '2 minutes'.")
    return result
