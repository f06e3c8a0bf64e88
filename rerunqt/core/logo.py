"""st.logo: the app's logo at the top of the sidebar, and the window's icon.

Streamlit shows the logo in the sidebar's top corner; here it is the sidebar's first
element whatever the order of the calls (the last call of a run wins), and the window
takes ``icon_image`` (else ``image``) as its icon, as a collapsed sidebar shows it.
"""

from __future__ import annotations

from typing import Any, Literal

from rerunqt.core import context
from rerunqt.errors import RerunQtAPIError

SIZES = {"small": 20, "medium": 24, "large": 32}  # the logo's height in pixels
LOGO_KEY = ("logo", "st.logo")


def logo(image: Any, *, size: Literal["small", "medium", "large"] = "medium",
         link: str | None = None, icon_image: Any = None) -> None:
    """Show ``image`` at the top of the sidebar (a link if ``link``) and as the window icon."""
    if size not in SIZES:
        raise RerunQtAPIError(f"st.logo size={size!r} is not valid; use 'small', 'medium' or "
                              f"'large'.")
    if link is not None and (not isinstance(link, str)
                             or not link.startswith(("http://", "https://"))):
        raise RerunQtAPIError(f"st.logo link={link!r} is not valid; use an http:// or "
                              f"https:// URL (or None).")
    if image is None:
        raise RerunQtAPIError("st.logo needs an image: a file path, bytes, a numpy array, a "
                              "PIL image, an emoji or a ':material/name:' icon.")
    props = (("image", _picture(image)), ("size", SIZES[size]), ("link", link),
             ("icon_image", None if icon_image is None else _picture(icon_image)))
    ctx = context.current()
    sidebar = ctx.open_root("sidebar")
    old = sidebar.by_key.get(LOGO_KEY)
    if old is not None and old in sidebar.children:  # a second call this run replaces it
        sidebar.children.remove(old)
    ctx.enter(sidebar)
    try:
        element = ctx.add_widget("logo", LOGO_KEY, props)
    finally:
        ctx.leave(sidebar)
    sidebar.children.remove(element)
    sidebar.children.insert(0, element)  # at the top, wherever the script calls it


def _picture(image: Any) -> Any:
    """An image (ImageData), or the text of an emoji or ``:material/name:`` icon, which
    Streamlit 1.54+ also takes as a logo; the window draws that text."""
    if isinstance(image, str):
        text = image.strip()
        if text.startswith(":material/") and text.endswith(":"):
            from rerunqt.core.md_symbols import MATERIAL_SYMBOLS

            symbol = MATERIAL_SYMBOLS.get(text[len(":material/"):-1])
            if symbol is None:
                raise RerunQtAPIError(
                    f"st.logo image={image!r}: rerunqt has no symbol for this Material icon; "
                    f"use an emoji, another icon or an image file.")
            return symbol
        if text and len(text) <= 8 and not any(c.isascii() and c.isalnum() for c in text) \
                and "/" not in text and "." not in text:
            return text  # an emoji
    from rerunqt.core.image_data import read_image  # numpy: not at start-up

    return read_image(image)

