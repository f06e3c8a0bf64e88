"""st.iframe and components.v1.iframe / html: a web page or HTML without a web browser.

Streamlit embeds a browser frame; a rerunqt window has no web engine. So a page (a URL,
a non-HTML file) becomes a panel of the frame's size with its address and an "Open in
browser" button, and HTML (a string, an .html file) is shown as st.html shows it: Qt's
rich-text subset, scripts and event handlers dropped, with a note saying so. The rest
of the script runs on: nothing here raises for want of a browser.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from rerunqt.core import context
from rerunqt.core.charts import check_size
from rerunqt.core.extras import sanitize
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle

URL_HEIGHT = 400  # Streamlit's height for a URL whose content it cannot measure
FRAME_HEIGHT = 150  # components.v1's default frame height
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SCRIPTS_DROPPED = ("Scripts were not run: this HTML is shown without a web browser, "
                   "so its JavaScript and event handlers are left out.")


def _check_tab_index(call: str, tab_index: Any) -> None:
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int) or tab_index < -1:
        raise RerunQtAPIError(
            f"{call} tab_index={tab_index!r} is not valid; use None, -1 or a non-negative int.")


def _alt(call: str, alt: Any) -> str | None:
    if alt is not None and not isinstance(alt, str):
        raise RerunQtAPIError(f"{call} alt={alt!r} must be a string or None.")
    return alt.strip() or None if alt is not None else None


def _is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://", "data:")) and "\n" not in text.strip()


def data_html(url: str) -> str | None:
    """The HTML a ``data:text/html,...`` address holds (percent-encoded or base64), else
    None: the window shows it as HTML, since it needs no server to fetch."""
    head, comma, data = url.partition(",")
    if not comma or not head.lower().startswith("data:text/html"):
        return None
    if head.lower().endswith(";base64"):
        try:
            return base64.b64decode(data, validate=False).decode("utf-8", "replace")
        except (ValueError, binascii.Error):
            return None
    return unquote(data)


def _from_file(path: Path) -> tuple[str | None, str | None]:
    """(src, html) of a local file: an HTML file's text, any other file's file:// address."""
    if path.suffix.lower() in _HTML_SUFFIXES:
        try:
            return None, path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RerunQtAPIError(f"Unable to read file '{path}': {exc}") from exc
    if not path.is_file():
        raise RerunQtAPIError(f"Unable to read file '{path}': no such file.")
    return path.resolve().as_uri(), None


def add_frame(src: str | None, html: str | None, width: int | str, height: int | str,
              scrolling: bool, alt: str | None, tab_index: int | None = None) -> ElementHandle:
    """The one ``iframe`` element all three calls draw: a page's address, or cleaned HTML.
    ``tab_index`` is HTML's tabindex for the frame's Tab stop (-1: none; n > 0: first)."""
    note = None
    if html is not None:
        clean = sanitize(html)
        note, html = (SCRIPTS_DROPPED if clean != html else None), clean
    ctx = context.current()
    ctx.add_static("iframe", (("src", src), ("html", html), ("width", width), ("height", height),
                              ("scrolling", bool(scrolling)), ("alt", alt), ("note", note),
                              ("tab_index", tab_index)))
    return _handle(ctx)


def iframe(src: str | Path, *, width: int | str = "stretch", height: int | str = "content",
           tab_index: int | None = None, alt: str | None = None) -> ElementHandle:
    """A URL, HTML string or local file, as Streamlit's ``st.iframe`` takes them.

    A URL or non-HTML file is a panel of the frame's size with the address and an "Open
    in browser" button; HTML is rich text as in ``st.html`` (scripts left out, with a note).
    """
    shown_width = check_size("iframe", "width", width, ("stretch", "content"))
    shown_height = check_size("iframe", "height", height, ("stretch", "content"))
    _check_tab_index("st.iframe", tab_index)
    shown_alt = _alt("st.iframe", alt)
    if isinstance(src, Path):
        page, html = _from_file(src)
    elif not isinstance(src, str):
        raise RerunQtAPIError(f"st.iframe src={src!r} must be a URL, an HTML string or a pathlib.Path.")
    elif _is_url(src) or (src.startswith("/") and "<" not in src):
        page, html = src.strip(), None
    else:
        page, html = None, src
    if page is not None:  # a page cannot be measured: Streamlit's fallbacks
        shown_width = "stretch" if shown_width == "content" else shown_width
        shown_height = URL_HEIGHT if shown_height == "content" else shown_height
    return add_frame(page, html, shown_width, shown_height, True, shown_alt, tab_index)


def frame_size(call: str, width: Any, height: Any) -> tuple[int | str, int]:
    """components.v1's ``width`` / ``height``: pixels, or None for stretch / 150 px."""
    shown_width = "stretch" if width is None else _pixels(call, "width", width)
    shown_height = FRAME_HEIGHT if height is None else _pixels(call, "height", height)
    return shown_width, int(shown_height)


def _pixels(call: str, name: str, value: Any) -> int:
    """Any number of pixels from 0, as Streamlit takes them: ``height=0`` is a frame that
    takes no room, which apps use to run a script unseen."""
    if value.__class__ in (int, float) and value >= 0:
        return int(value)
    return int(check_size(call, name, value, ()))  # raises, naming the value


__all__ = ["FRAME_HEIGHT", "SCRIPTS_DROPPED", "URL_HEIGHT", "add_frame", "data_html", "frame_size",
           "iframe"]
