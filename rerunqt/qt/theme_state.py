"""The one place painted widgets read the window's theme colours from.

The stylesheet reaches most widgets; a few paint themselves (toggle, spinner, focus rings)
and ask here for the primary colour, so a configured ``theme.primaryColor`` reaches them
too. Like the stylesheet it is application-wide, set by ``apply_theme``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from rerunqt import theme_named
from rerunqt.css_colours import parse_colour, to_hex
from rerunqt.theme_custom import CustomTheme

_current: dict[str, object] = {"base": "light", "custom": CustomTheme(), "options": {}, "zoom": 1.0}


def set_current(base: str, custom: CustomTheme, zoom: float = 1.0) -> None:
    _current.update(base=base, custom=custom, zoom=zoom)
    _current.pop("sidebar", None)  # made again by the sidebars as they restyle


def set_options(options: Mapping[str, object]) -> None:
    """The configured theme.* options, kept to resolve [theme.light] / [theme.dark] on a switch."""
    _current["options"] = dict(options)


def options() -> dict[str, object]:
    value = _current["options"]
    assert isinstance(value, dict)
    return value


def custom() -> CustomTheme:
    value = _current["custom"]
    assert isinstance(value, CustomTheme)
    return value


def base() -> str:
    return str(_current["base"])


def zoom() -> float:
    value = _current["zoom"]
    assert isinstance(value, float)
    return value


def colour(role: str) -> QColor:
    """A theme colour (primary, background, secondary, text, link...) as a new QColor."""
    return QColor(custom().colour(role, base()))


def set_sidebar(custom: CustomTheme) -> None:
    """The sidebar's theme (``CustomTheme.for_sidebar``), once the sidebar is styled."""
    _current["sidebar"] = custom


def primary(widget: QWidget | None = None) -> QColor:
    """The primary colour; for a ``widget`` in the sidebar, the sidebar theme's."""
    return _of(widget, "primary")


def text(widget: QWidget | None = None) -> QColor:
    """The body text colour; for a ``widget`` in the sidebar, the sidebar theme's."""
    return _of(widget, "text")


def _of(widget: QWidget | None, role: str) -> QColor:
    side = _current.get("sidebar")
    if widget is not None and isinstance(side, CustomTheme) and in_sidebar(widget):
        return QColor(side.colour(role, base()))
    return colour(role)


def in_sidebar(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if parent.objectName() == "rqSidebar":
            return True
        parent = parent.parentWidget()
    return False


def markdown_colour(colour: str, kind: str, dark: bool) -> str | None:
    """Markdown's ``:<colour>[...]`` text or background (``kind``) in the configured
    ``<colour>TextColor`` / ``<colour>BackgroundColor`` / ``<colour>Color``, or None."""
    if not options() or colour in ("primary", "rainbow"):
        return None
    base = "dark" if dark else "light"
    return theme_named.markdown_colour(options(), base, colour, kind, custom().colour("background", base))


def main_colour(colour: str) -> str | None:
    """The configured ``<colour>Color`` (``[theme.<base>]`` over ``[theme]``) as ``#rrggbb``,
    or None: Streamlit 1.67 draws a heading's ``divider="red"`` line in it, for example."""
    settings = options()
    if not settings or colour in ("primary", "rainbow"):
        return None
    name = "gray" if colour == "grey" else colour
    value = settings.get(f"theme.{base()}.{name}Color") or settings.get(f"theme.{name}Color")
    return None if value is None else to_hex(parse_colour(str(value)))
