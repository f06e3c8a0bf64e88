"""AppTest's containers: ``at.sidebar.slider[0]``, ``at.tabs[1].button``, ``at.columns[2]``.

A block view lists the elements inside one container with the same accessors AppTest
has for the whole page (the names come from the kind catalogue), as Streamlit's
AppTest blocks do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rerunqt.core.element import Element, walk
from rerunqt.core.kinds import ACCESSORS, KINDS
from rerunqt.testing.elements import ElementList, ElementView, view_for

if TYPE_CHECKING:
    from rerunqt.testing.apptest import AppTest


def find(elements: tuple[Element, ...], kinds: tuple[str, ...], app: AppTest) -> ElementList[Any]:
    """Views of every element of ``kinds`` in ``elements`` (depth first, page order)."""
    return ElementList([_view(e, app) for e in walk(elements) if e.kind in kinds])


def _view(element: Element, app: AppTest) -> ElementView:
    kind = KINDS.get(element.kind)
    if kind is not None and kind.role in ("container", "root"):
        return BlockView(element, app)
    return view_for(element, app)


class Scoped:
    """The accessors (``.button``, ``.tabs``...) over some elements; ``get(kind)`` for any."""

    def _scope_elements(self) -> tuple[Element, ...]:
        raise NotImplementedError

    def _scope_app(self) -> AppTest:
        raise NotImplementedError

    def get(self, kind: str) -> ElementList[Any]:
        """All elements of ``kind`` in here (``button`` includes form submit buttons)."""
        return find(self._scope_elements(), ACCESSORS.get(kind, (kind,)), self._scope_app())

    @property
    def children(self) -> ElementList[Any]:
        """The elements directly inside, in order."""
        return ElementList([_view(e, self._scope_app()) for e in self._scope_elements()])

    def __getattr__(self, name: str) -> Any:
        if name in ACCESSORS:
            return self.get(name)
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")


class BlockView(ElementView, Scoped):
    """One container element: its props (``label``...) and the elements inside it."""

    def _scope_elements(self) -> tuple[Element, ...]:
        return self._element.children

    def _scope_app(self) -> AppTest:
        return self._app_ref

    def __init__(self, element: Element, app: AppTest) -> None:
        super().__init__(element, app)
        self._app_ref = app

    @property
    def value(self) -> Any:
        return None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        for prop_name, value in self._element.props:  # a prop first: a dialog's .title
            if prop_name == name:
                return value
        if name in ACCESSORS:
            return self.get(name)
        return ElementView.__getattr__(self, name)

    def __repr__(self) -> str:
        label = self._element.prop("label")
        shown = f", label={label!r}" if label is not None else ""
        return f"BlockView({self._element.kind}{shown}, children={len(self._element.children)})"


class RootView(Scoped):
    """``at.main`` or ``at.sidebar``: a root of the page."""

    def __init__(self, elements: tuple[Element, ...], app: AppTest) -> None:
        self._items = elements
        self._owner = app

    def _scope_elements(self) -> tuple[Element, ...]:
        return self._items

    def _scope_app(self) -> AppTest:
        return self._owner

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Any:
        return self.children[index]

    def __repr__(self) -> str:
        return f"RootView({len(self._items)} elements)"
