"""st.audio, st.video and st.pdf: players and a document viewer (Qt Multimedia, Qt PDF).

The arguments are checked here, on the script thread, so AppTest and the window see the
same element; the window draws it with the Qt add-on modules (PySide6-Addons, the
``media`` extra). Without them the call fails with a one-line error naming the extra.
"""

from __future__ import annotations

import importlib.util
import os
from typing import TYPE_CHECKING, Any

from rerunqt.core import context
from rerunqt.core.charts import check_size
from rerunqt.core.media_source import MediaSource, read_source, seconds, youtube_embed
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle

# element -> the Qt add-on module that draws it (in PySide6-Addons, the `media` extra)
MEDIA_MODULES = {"audio": "QtMultimedia", "video": "QtMultimedia", "audio_input": "QtMultimedia",
                 "camera_input": "QtMultimedia", "pdf": "QtPdf", "chat_input": "QtMultimedia"}
SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)  # of a recording


def qt_module_present(module: str) -> bool:
    """Whether PySide6 ships ``module`` (a binary next to QtCore), without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        if any(n.startswith(f"{module}.") and n.endswith((".so", ".pyd")) for n in names):
            return True
    return False


def missing_media_error(call: str) -> RerunQtAPIError:
    """The one-line error of a media element whose Qt add-on module is not installed."""
    module = MEDIA_MODULES[call]
    what = "st.chat_input(accept_audio=True)" if call == "chat_input" else f"st.{call}"
    return RerunQtAPIError(
        f"{what} needs Qt's {module[2:]} module (PySide6.{module}), which is in "
        f"PySide6-Addons, not in PySide6-Essentials: pip install 'rerunqt[media]'.")


def require_media(call: str) -> None:
    """Raise ``missing_media_error`` unless the Qt module for st.<call> is installed."""
    if not qt_module_present(MEDIA_MODULES[call]):
        raise missing_media_error(call)


def _flag(call: str, name: str, value: Any) -> bool:
    """A bool, or an int as Streamlit's proto takes it (``loop=1``); a string is an error."""
    if not isinstance(value, (bool, int)) and type(value).__name__ != "bool_":
        raise RerunQtAPIError(f"st.{call} {name}={value!r} must be True or False.")
    return bool(value)


def _text(call: str, name: str, value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise RerunQtAPIError(f"st.{call} {name}={value!r} must be a string or None.")
    return value


def _times(call: str, start_time: Any, end_time: Any) -> tuple[int, int | None]:
    """Whole seconds, cut down as Streamlit does (0.5 plays from 0; its protos hold ints)."""
    start = int(seconds(call, "start_time", start_time) or 0)
    given_end = seconds(call, "end_time", end_time)
    end = None if given_end is None else int(given_end)
    if call == "video" and end is not None and end <= start:  # st.audio takes it (1.67)
        raise RerunQtAPIError(
            f"st.{call} end_time={end_time!r} must be after start_time={start_time!r}.")
    return start, end


def _format(call: str, format: Any) -> str:
    """The MIME type as given: Streamlit 1.67 takes any string ("mp3" too; the player finds
    the kind from the data)."""
    if not isinstance(format, str):
        raise RerunQtAPIError(
            f"st.{call} format={format!r} must be a MIME type such as "
            f"{'audio/wav' if call == 'audio' else 'video/mp4'!r}.")
    return format


def _add(call: str, props: tuple[tuple[str, Any], ...]) -> ElementHandle:
    ctx = context.current()
    ctx.add_static(call, props)
    return _handle(ctx)


def audio(data: Any, format: str = "audio/wav", start_time: Any = 0, *,
          sample_rate: int | None = None, end_time: Any = None, loop: bool = False,
          autoplay: bool = False, alt: str | None = None,
          width: int | str = "stretch") -> ElementHandle:
    """A sound player: play/pause, a position slider with the time, Space and arrow keys.

    ``data`` is a file path, bytes, a file-like object, or a numpy array of samples with
    ``sample_rate`` (written as a WAV file in memory). Playback starts at ``start_time``,
    stops (or with ``loop`` starts again) at ``end_time``; a rerun with the same sound
    keeps the player where it is.
    """
    require_media("audio")
    source = read_source("audio", data, _format("audio", format), sample_rate)
    start, end = _times("audio", start_time, end_time)
    return _add("audio", (
        ("source", source), ("start_time", start), ("end_time", end),
        ("loop", _flag("audio", "loop", loop)), ("autoplay", _flag("audio", "autoplay", autoplay)),
        ("alt", _text("audio", "alt", alt)), ("width", check_size("audio", "width", width, ("stretch",))),
    ))


def video(data: Any, format: str = "video/mp4", start_time: Any = 0, *, subtitles: Any = None,
          end_time: Any = None, loop: bool = False, autoplay: bool = False, muted: bool = False,
          alt: str | None = None, width: int | str = "stretch") -> ElementHandle:
    """A video player: the picture, play/pause, a position slider, keyboard seeking.

    ``subtitles`` is a WebVTT or SRT file (path, bytes or text) or a dict of label ->
    file; the chosen track's line shows under the picture. ``muted`` starts silent
    (Streamlit's rule for autoplay in browsers; here it simply mutes).
    """
    require_media("video")
    from rerunqt.core.subtitles import read_subtitles  # only when a script shows a video

    source = read_source("video", data, _format("video", format))
    if subtitles and youtube_embed(source.url):  # as Streamlit 1.67
        raise RerunQtAPIError("`subtitles` and `data=<YouTube URL>` cannot be used together. "
                              "Subtitles are not supported for YouTube videos.")
    start, end = _times("video", start_time, end_time)
    return _add("video", (
        ("source", source), ("start_time", start), ("end_time", end),
        ("subtitles", read_subtitles(subtitles)),
        ("loop", _flag("video", "loop", loop)), ("autoplay", _flag("video", "autoplay", autoplay)),
        ("muted", _flag("video", "muted", muted)), ("alt", _text("video", "alt", alt)),
        ("width", check_size("video", "width", width, ("stretch",))),
    ))


def pdf(data: Any, *, height: int | str = 500, key: str | None = None,
        alt: str | None = None) -> ElementHandle:
    """A PDF document, page by page: page navigation and zoom, scrolling inside ``height``.

    ``height`` is in pixels or "stretch"; ``key`` is accepted as in Streamlit (a static
    element needs no identity here).
    """
    require_media("pdf")
    if key is not None and (isinstance(key, bool) or not isinstance(key, (str, int))):
        raise RerunQtAPIError(f"st.pdf key={key!r} must be a string, an int or None.")
    source = read_source("pdf", data, "application/pdf")
    head = source.read()[:1024] if source.data is not None else b"%PDF"
    if b"%PDF" not in head:
        raise RerunQtAPIError(
            f"st.pdf got {source.size} bytes that do not start like a PDF file (%PDF-...); "
            f"give the bytes or the path of a PDF.")
    return _add("pdf", (("source", source), ("height", check_size("pdf", "height", height, ("stretch",))),
                        ("alt", _text("pdf", "alt", alt))))


__all__ = ["MediaSource", "audio", "pdf", "video"]
