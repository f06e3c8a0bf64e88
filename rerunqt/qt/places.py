"""Where the roots placed outside the page go (kind -> a children protocol).

The window's sidebar, bottom bar and page config are made with it; a dialog, toasts
and navigation are made, and their modules imported, when a page first shows one, so a
page without them never loads their code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rerunqt.qt.children import Children

if TYPE_CHECKING:
    from rerunqt.qt.window import AppWindow


class Places(dict[str, Children]):
    """Roots placed outside the page (kind -> where). A place given as a factory is
    made, and its module imported, when its root first appears: a page without a
    dialog, toasts or navigation never loads their code."""

    def __init__(self, places: dict[str, Children] | None = None,
                 later: dict[str, Callable[[], Children]] | None = None) -> None:
        super().__init__(places or {})
        self.later = dict(later or {})

    def __missing__(self, kind: str) -> Children:
        make = self.later.pop(kind, None)
        if make is None:
            raise KeyError(kind)
        place = self[kind] = make()
        return place

    def get(self, kind: str, default: Children | None = None) -> Children | None:  # type: ignore[override]
        return self[kind] if kind in self or kind in self.later else default


def later_places(window: AppWindow) -> dict[str, Callable[[], Children]]:
    """The places of ``window`` a page may never need, as factories for ``Places``."""

    def dialog() -> Children:
        from rerunqt.qt.dialog import DialogPlace

        return DialogPlace(window)

    def navigation() -> Children:
        from rerunqt.qt.navigation import NavigationPlace

        return NavigationPlace(window)  # pages (qt/navigation.py)

    def overlay() -> Children:
        from rerunqt.qt.overlay import OverlayPlace

        return OverlayPlace(window)  # toasts, balloons, snow

    return {"dialog": dialog, "navigation": navigation, "overlay": overlay}
