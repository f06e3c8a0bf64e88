"""st.download_button: a button that saves the given data to a file the user picks."""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Callable
from typing import Any

from rerunqt.core.kinds import KINDS
from rerunqt.core.registration import register
from rerunqt.core.streams import read_from_start
from rerunqt.core.widget_params import button_look
from rerunqt.core.widgets import Args, Callback, Kwargs, button_props, check_button_type
from rerunqt.errors import RerunQtAPIError

DOWNLOAD_BUTTON = KINDS["download_button"]


class DeferredData:
    """``data=`` given as a function: called when the user saves, not on every run (as in
    Streamlit 1.67, where it runs on the click). Equal while it is the same code, so a
    function defined anew each run does not count as a change."""

    __slots__ = ("func",)

    def __init__(self, func: Callable[[], Any]) -> None:
        self.func = func

    def resolve(self) -> bytes:
        return download_bytes(self.func())[0]

    def _code(self) -> Any:
        return getattr(self.func, "__code__", self.func)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DeferredData) and self._code() == other._code()

    def __hash__(self) -> int:
        return hash(self._code())


def resolve(data: bytes | DeferredData) -> bytes:
    """The bytes a download button saves (a deferred function is called now)."""
    return data.resolve() if isinstance(data, DeferredData) else data


def download_bytes(data: Any) -> tuple[bytes, str]:
    """``data`` of a download_button -> (its bytes, the MIME type its kind implies)."""
    if isinstance(data, str):
        return data.encode("utf-8"), "text/plain"
    if isinstance(data, bytes):
        return data, "application/octet-stream"
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data), "application/octet-stream"
    if isinstance(data, io.BytesIO):
        return data.getvalue(), "application/octet-stream"
    read: Callable[[], Any] | None = getattr(data, "read", None)
    if callable(read):
        content = read_from_start(data)  # not seekable: read from where it is
        if isinstance(content, str):
            return content.encode("utf-8"), "text/plain"
        if isinstance(content, (bytes, bytearray, memoryview)):
            return bytes(content), "application/octet-stream"
        raise RerunQtAPIError(
            f"download_button data.read() returned {type(content).__name__}; it must return "
            f"str or bytes."
        )
    raise RerunQtAPIError(f"Invalid binary data format: {type(data)}")  # Streamlit 1.67's words


def download_button(
    label: str,
    data: str | bytes | Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callback | str = "rerun",
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool = False,
    width: int | str = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """A button that saves ``data`` to a file the user picks: True for the run after it.

    ``on_click``: "rerun" (the default) or a callback reruns the app after the save;
    "ignore" only saves the file: the page stays as it is, with no rerun.
    """
    label = check_button_type("download_button", label, type, icon)
    reruns, callback = _click_mode(on_click)
    if file_name is not None and not isinstance(file_name, str):
        raise RerunQtAPIError(
            f"download_button file_name={file_name!r} must be a str such as 'data.csv'."
        )
    if mime is not None and not isinstance(mime, str):
        raise RerunQtAPIError(f"download_button mime={mime!r} must be a str such as 'text/csv'.")
    # Identity from the parameters as given, not the data nor names derived from it: two
    # buttons that differ only in their data collide, as in Streamlit 1.67.
    identity = (label, file_name, mime, help, type, icon, use_container_width, width,
                icon_position, shortcut)
    file_name, mime = _file_info(data, file_name, mime)
    payload: bytes | DeferredData
    if callable(data) and not callable(getattr(data, "read", None)):
        payload, implied = DeferredData(data), "application/octet-stream"
    else:
        payload, implied = download_bytes(data)
    mime = mime or implied
    if not file_name:
        file_name = MadeUpName("download" + (mimetypes.guess_extension(mime, strict=False) or ""))
    ctx, wid, clicked, _ = register(
        DOWNLOAD_BUTTON, label, key, identity, False,
        bool, callback, "on_click", args, kwargs, disabled,
    )
    ctx.add_widget(
        "download_button",
        wid,
        button_props(label, clicked, disabled, help, type, icon,
                     button_look("download_button", use_container_width, width, icon_position,
                                 shortcut, wrap))
        # data last: the other props differ first when anything changed
        + (("file_name", file_name), ("mime", mime), ("reruns", reruns), ("data", payload)),
    )
    return clicked


class MadeUpName(str):
    """A download's name when the script gave none (nor a file with a name): AppTest's URL
    leaves it out of the media id, as Streamlit hashes no name then."""


def _file_info(data: Any, file_name: str | None, mime: str | None) -> tuple[str | None, str | None]:
    """A file opened from disk names the download (``cat.jpg``, ``image/jpeg``) when
    ``file_name`` / ``mime`` are not given, as in Streamlit 1.67."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):  # a property that raises (detached file)
        return file_name, mime
    if not isinstance(name, str) or not name or (callable(data) and not hasattr(data, "read")):
        return file_name, mime
    file_name = file_name if file_name is not None else os.path.basename(name)
    return file_name, mime if mime is not None else mimetypes.guess_type(file_name)[0]


def _click_mode(on_click: Any) -> tuple[bool, Callback]:
    """(whether a save reruns the app, the callback) for ``on_click``: "rerun", None or
    a callable rerun (the callable first); "ignore" only saves the file."""
    if on_click is None or on_click == "rerun":
        return True, None
    if on_click == "ignore":
        return False, None
    if callable(on_click):
        return True, on_click
    raise RerunQtAPIError(
        f"st.download_button on_click={on_click!r} is not valid; use 'rerun', 'ignore' or a "
        f"function.")


__all__ = ["DeferredData", "MadeUpName", "download_button", "resolve"]
