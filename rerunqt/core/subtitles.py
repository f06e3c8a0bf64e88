"""st.video(subtitles=...): WebVTT / SRT tracks read into cues (Qt-free).

Qt's player shows only subtitle tracks inside the media file, so a separate track is
parsed here and the window shows the cue of the current position under the picture.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, NamedTuple

from rerunqt.errors import RerunQtAPIError

_TIME = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})")


class Cue(NamedTuple):
    start: float
    end: float
    text: str


Track = tuple[str, tuple[Cue, ...]]  # (label, cues)


def _stamp(text: str) -> float:
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    hours, minutes, secs, fraction = match.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs) + int(fraction.ljust(3, "0")) / 1000


def parse_cues(text: str) -> tuple[Cue, ...]:
    """The cues of a WebVTT or SRT file (both: a "start --> end" line, then text lines)."""
    cues = []
    for block in re.split(r"\r?\n\s*\r?\n", text.replace("\ufeff", "")):
        lines = block.strip().splitlines()
        for i, line in enumerate(lines):
            if "-->" in line:
                start, _, end = line.partition("-->")
                try:
                    cue = Cue(_stamp(start), _stamp(end.split()[0] if end.split() else ""),
                              "\n".join(lines[i + 1:]).strip())
                except ValueError:
                    break
                cues.append(cue)
                break
    return tuple(cues)


def _is_text(data: str) -> bool:
    """Cue text, not a path: Streamlit takes "" and a bare WEBVTT header as an empty track."""
    stripped = data.strip()
    return "-->" in data or stripped == "" or stripped.startswith("WEBVTT")


def _read(label: str, data: Any) -> Track:
    if isinstance(data, Path) or (isinstance(data, str) and not _is_text(data)):
        path = str(data)
        if not os.path.isfile(path):
            raise RerunQtAPIError(
                f"st.video subtitles: {path!r} is neither a subtitle file that exists nor "
                f"WebVTT/SRT text (lines like '00:00:01.000 --> 00:00:02.000').")
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    elif isinstance(data, str):
        text = data
    elif isinstance(data, (bytes, bytearray)):
        text = bytes(data).decode("utf-8", errors="replace")
    elif hasattr(data, "read"):
        blob = data.read()
        text = blob.decode("utf-8", errors="replace") if isinstance(blob, bytes) else str(blob)
    else:
        raise RerunQtAPIError(
            f"st.video subtitles={data!r:.60} must be a WebVTT/SRT file path, its text or bytes, "
            f"or a dict of label -> file.")
    cues = parse_cues(text)
    if not cues and not _is_text(text):  # an empty track ("" or WEBVTT alone) shows nothing
        raise RerunQtAPIError(
            f"st.video subtitles {label!r} has no cues; a WebVTT or SRT file has blocks of a "
            f"'00:00:01.000 --> 00:00:02.000' line and the text.")
    return (label, cues)


def read_subtitles(subtitles: Any) -> tuple[Track, ...]:
    """None, one track (labelled "default") or a dict label -> track -> tracks of cues."""
    if subtitles is None or (not subtitles and not hasattr(subtitles, "read")):
        return ()  # "" or {}: no subtitles, as Streamlit's `if subtitles:`
    if isinstance(subtitles, dict):
        return tuple(_read(str(label), data) for label, data in subtitles.items())
    return (_read("default", subtitles),)


def cue_at(cues: tuple[Cue, ...], position: float) -> str:
    """The text showing at ``position`` seconds ("" between cues)."""
    return "\n".join(cue.text for cue in cues if cue.start <= position < cue.end)
