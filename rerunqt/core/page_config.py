"""st.set_page_config: the window's title and icon, the page width, the sidebar's start.

It may be called anywhere and more than once (as in Streamlit 1.67, the last call wins,
each argument given replacing the one before). The config is a root of the tree, so it
travels to the window with the page and AppTest can read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import urlparse

from rerunqt.core import context
from rerunqt.core.registration import check_icon
from rerunqt.errors import RerunQtAPIError, StreamlitValueError

LAYOUTS = ("centered", "wide")
SIDEBAR_STATES = ("auto", "expanded", "collapsed", "locked")  # locked: open, no collapse
MENU_KEYS = {"get help": "Get help", "report a bug": "Report a bug", "about": "About"}
PROPS = ("page_title", "page_icon", "layout", "initial_sidebar_state", "menu_items")


def _menu_items(items: Any) -> tuple[tuple[str, str | None], ...] | None:
    if items is None:
        return None
    if not isinstance(items, Mapping):
        raise RerunQtAPIError(f"menu_items must be a dict, got {type(items).__name__}.")
    out = []
    for key, value in items.items():
        name = MENU_KEYS.get(str(key).lower())
        if name is None:
            raise RerunQtAPIError(
                f'"{key}" is not a valid key for menu_items. Valid keys are "Get help", '
                f'"Report a bug", and "About".'
            )
        if value is not None and not isinstance(value, str):
            raise RerunQtAPIError(f'menu_items["{key}"] must be a string or None.')
        if value is not None and name != "About":
            parsed = urlparse(value)
            if not (parsed.scheme in ("http", "https", "mailto") and (parsed.netloc or parsed.path)):
                raise RerunQtAPIError(f'"{value}" is a not a valid URL for menu_items["{key}"]: '
                                      f"it must start with http://, https:// or mailto:.")
        out.append((name, value))
    return tuple(out)


def set_page_config(
    page_title: str | None = None,
    page_icon: str | None = None,
    layout: Literal["centered", "wide"] | None = None,
    initial_sidebar_state: Literal["auto", "expanded", "collapsed", "locked"] | int | None = None,
    menu_items: Mapping[str, str | None] | None = None,
) -> None:
    """Configure the window: title, icon, page width ("centered" or "wide"), sidebar start."""
    ctx = context.current()
    if layout is not None and layout not in LAYOUTS:
        raise StreamlitValueError("layout", ["'centered'", "'wide'"])  # Streamlit 1.67's
    if initial_sidebar_state is not None and initial_sidebar_state not in SIDEBAR_STATES and not (
            isinstance(initial_sidebar_state, int) and not isinstance(initial_sidebar_state, bool)
            and initial_sidebar_state > 0):
        raise StreamlitValueError(  # Streamlit 1.67's words
            "initial_sidebar_state", ["'auto'", "'expanded'", "'collapsed'", "'locked'",
                                      "a positive integer (width in pixels)"],
            f"Got {initial_sidebar_state!r}.")
    if page_icon is not None and not isinstance(page_icon, str):
        page_icon = str(page_icon)  # a path-like; images are not supported as icons yet
    if page_icon is not None and page_icon.strip().startswith(":material"):
        check_icon("set_page_config", page_icon.strip())  # ':material/home' raises, as there
    given = {
        "page_title": None if page_title is None else str(page_title),
        "page_icon": page_icon,
        "layout": layout,
        "initial_sidebar_state": initial_sidebar_state,
        "menu_items": _menu_items(menu_items),
    }
    builder = ctx.open_root("page_config")
    before = dict(builder.props)
    builder.props = tuple(
        (name, given[name] if given[name] is not None else before.get(name)) for name in PROPS)
