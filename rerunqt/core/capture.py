"""st.camera_input and st.audio_input: a snapshot or a recording as an UploadedFile.

Both hold what the user captured the way st.file_uploader holds a file (one
``(file_id, name, mime, bytes)`` entry on the front end, an ``UploadedFile`` for the
script), so the value, equality and AppTest's ``set_value`` are the uploader's.
"""

from __future__ import annotations

from typing import Any

from rerunqt.core import context
from rerunqt.core.files import MEGABYTE, file_spec
from rerunqt.core.kinds import KINDS
from rerunqt.core.media_elements import SAMPLE_RATES, require_media
from rerunqt.core.registration import LABEL_VISIBILITIES, check_label, register
from rerunqt.core.widget_params import widget_width
from rerunqt.core.widgets import Args, Callback, Kwargs, field_props
from rerunqt.errors import RerunQtAPIError

CAMERA_INPUT = KINDS["camera_input"]
AUDIO_INPUT = KINDS["audio_input"]


def _capture(kind: Any, label: str, key: Any, help: str | None, on_change: Callback, args: Args,
             kwargs: Kwargs, disabled: bool, label_visibility: str, width: Any,
             extra: tuple[tuple[str, Any], ...]) -> Any:
    call = kind.name
    require_media(call)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label(call, label, label_visibility)
    ctx = context.current_or_none() or context.current()
    limit = max(int(ctx.option("server.maxUploadSize", 200)), 0) * MEGABYTE
    spec = file_spec(None, False, limit)
    ctx, wid, current, _ = register(
        kind, label, key, (label, help, *(value for _, value in extra)), None, spec.coerce,
        on_change, "on_change", args, kwargs, disabled, from_ui=spec.from_ui, to_ui=spec.to_ui,
    )
    ctx.add_widget(call, wid, field_props(label, spec.front(current), disabled, help,
                                          label_visibility, False)
                   + extra + widget_width(call, width))
    return current


RESOLUTION_PRESETS = {"480p": 480, "720p": 720, "1080p": 1080}


def camera_input(label: str, key: str | int | None = None, help: str | None = None,
                 on_change: Callback = None, args: Args = None, kwargs: Kwargs = None, *,
                 disabled: bool = False, label_visibility: str = "visible",
                 resolution: str | tuple[int, int] | None = None,
                 width: int | str = "stretch") -> Any:
    """A camera preview and a "Take photo" button: the photo (JPEG) as an UploadedFile.

    None until a photo is taken, and after "Clear photo". With no camera the widget says
    "No camera found" and the value stays None. ``resolution`` "480p" / "720p" / "1080p"
    (Streamlit 1.67: the photo's height) or (width, height) scales the photo to fit.
    """
    if isinstance(resolution, str) and resolution in RESOLUTION_PRESETS:
        size: tuple[int, int] | None = (0, RESOLUTION_PRESETS[resolution])  # 0: keep the aspect
    elif resolution is None or (
            isinstance(resolution, (tuple, list)) and len(resolution) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in resolution)):
        size = None if resolution is None else (resolution[0], resolution[1])
    else:
        raise RerunQtAPIError(
            f"st.camera_input resolution={resolution!r} must be '480p', '720p', '1080p', "
            f"(width, height) in pixels, or None.")
    extra = (("resolution", size),)
    return _capture(CAMERA_INPUT, label, key, help, on_change, args, kwargs, disabled,
                    label_visibility, width, extra)


def audio_input(label: str, sample_rate: int | None = 16000, key: str | int | None = None,
                help: str | None = None, on_change: Callback = None, args: Args = None,
                kwargs: Kwargs = None, *, disabled: bool = False, label_visibility: str = "visible",
                width: int | str = "stretch") -> Any:
    """A record button: the recording (WAV) as an UploadedFile, None before one is made.

    With no microphone the widget says "No microphone found" and the value stays None.
    ``sample_rate`` is the recording's rate (None: the microphone's own).
    """
    if sample_rate is not None and sample_rate not in SAMPLE_RATES:
        raise RerunQtAPIError(
            f"st.audio_input sample_rate={sample_rate!r} is not supported; use one of "
            f"{', '.join(map(str, SAMPLE_RATES))}, or None for the microphone's own rate.")
    return _capture(AUDIO_INPUT, label, key, help, on_change, args, kwargs, disabled,
                    label_visibility, width, (("sample_rate", sample_rate),))


__all__ = ["audio_input", "camera_input"]
