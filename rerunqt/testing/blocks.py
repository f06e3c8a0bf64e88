"""AppTest's containers: ``at.sidebar.slider[0]``, ``at.tabs[1].button``, ``at.columns[2]``.

A block view lists the elements inside one container with the same accessors AppTest
has for the whole page (the names come from the kind catalogue), as Streamlit's
AppTest blocks do.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from rerunqt.core.element import Element, walk
from rerunqt.core.kinds import ACCESSORS, KINDS
from rerunqt.core.stale_blocks import is_tail
from rerunqt.testing.elements import PROTO_EMPTY, ElementList, ElementView, view_for
from rerunqt.testing.errors import AppTestError
from rerunqt.testing.views_data_editor import EditorTable

if TYPE_CHECKING:
    from rerunqt.testing.apptest import AppTest


def find(elements: tuple[Element, ...], kinds: tuple[str, ...], app: AppTest) -> ElementList[Any]:
    """Views of every element of ``kinds`` in ``elements`` (depth first, page order).

    ``at.dataframe`` lists data editors too, at their places, as Streamlit's AppTest does
    (``at.dataframe[1]`` is the same element in both); ``at.data_editor`` edits them."""
    tables = "dataframe" in kinds
    return ElementList([EditorTable(e, app) if tables and e.kind == "data_editor" else view_of(e, app)
                        for e in walk(elements)
                        if e.kind in kinds and not (e.kind == "empty" and e.prop("transient"))])


_ROOT_RANK = {"sidebar": 1, "dialog": 2, "overlay": 2, "bottom": 3, "chat_input": 3}


def streamlit_order(tree: tuple[Element, ...]) -> tuple[Element, ...]:
    """The top level as Streamlit's AppTest walks it: the page, the sidebar, then dialogs
    and toasts (its event root), then st.bottom (with a top-level st.chat_input, pinned
    there), so ``at.button[1]`` is the same button in both when a dialog is open."""
    return tuple(sorted(tree, key=lambda e: _ROOT_RANK.get(e.kind, 0)))


def listed(element: Element) -> bool:
    """Whether Streamlit's AppTest lists the element among its siblings. An st.empty()
    slot is listed only while it holds nothing (what is put in it takes its place), and
    a spinner's slot never is (Streamlit's spinner is transient). ``at.empty`` (rerunqt's
    own accessor) lists the slots themselves. st.logo is the app's, in no block (``at.logo``
    finds it)."""
    if element.kind == "logo":
        return False
    return element.kind != "empty" or not (element.children or element.prop("transient"))


def shown(elements: tuple[Element, ...]) -> tuple[Element, ...]:
    """``elements`` as Streamlit's AppTest lists them: a filled st.empty() slot is what it
    holds, an ended spinner is nothing."""
    if not any(e.kind in ("empty", "logo") for e in elements):
        return elements
    out: list[Element] = []
    for element in elements:
        if element.kind == "empty" and element.children:
            out.extend(shown(element.children))
        elif listed(element):
            out.append(element)
    return tuple(out)


def view_of(element: Element, app: AppTest) -> ElementView:
    """The AppTest view of one element (a block view for a container)."""
    kind = KINDS.get(element.kind)
    if element.kind in ("tab", "expander", "popover"):
        return PanelView(element, app)
    if element.kind in BLOCK_VIEWS:
        return BLOCK_VIEWS[element.kind](element, app)
    if kind is not None and kind.role in ("container", "root"):
        return BlockView(element, app)
    return view_for(element, app)


class Scoped:
    """The accessors (``.button``, ``.tabs``...) over some elements; ``get(kind)`` for any."""

    def _scope_elements(self) -> tuple[Element, ...]:
        raise NotImplementedError

    def _scope_app(self) -> AppTest:
        raise NotImplementedError

    def get(self, element_type: str) -> ElementList[Any]:
        """All elements of ``element_type`` in here (``button`` includes form submit
        buttons); the parameter has Streamlit's name, so ``get(element_type=...)`` works."""
        kinds = ACCESSORS.get(element_type, (element_type,))
        return find(self._scope_elements(), kinds, self._scope_app())

    def get_by_key(self, key: str) -> Any:
        """The one element, widget or container inside with this ``key=`` (KeyError if
        none; AppTestError if several), as Streamlit's ``get_by_key``."""
        app = self._scope_app()
        found = [view for view in (view_of(e, app) for e in walk(self._scope_elements()))
                 if view.key == key]
        if len(found) > 1:
            raise AppTestError(f"Multiple elements have key {key!r}. Scope the query to a "
                               f"container or use a typed collection.")
        if not found:
            raise KeyError(f"the last run drew no element with key={key!r}")
        return found[0]

    @property
    def children(self) -> dict[int, Any]:
        """The elements directly inside by their place (0, 1, ...): a dict, as a block's
        ``children`` in Streamlit's AppTest (``.values()``, ``.items()``, ``[0]``)."""
        app = self._scope_app()
        elements = shown(self._scope_elements())
        own = [e for e in elements if not is_tail(e)]  # a callback's writes (listed first)
        place = {id(e): n for n, e in enumerate(own + [e for e in elements if is_tail(e)])}
        return {place[id(e)]: view_of(e, app) for e in elements}  # keep the page's places

    def __len__(self) -> int:
        """How many elements are directly inside (as Streamlit's ``len(block)``)."""
        return len(shown(self._scope_elements()))

    def __getitem__(self, index: int) -> Any:
        """The ``index``-th element directly inside (``at.main[0]``, ``at.columns[1][0]``)."""
        places = self.children
        children = [places[n] for n in sorted(places)]
        try:
            return children[index]
        except IndexError:
            raise IndexError(f"element index {index} out of range: the block holds "
                             f"{len(children)}") from None

    def __iter__(self) -> Iterator[Any]:
        """This block, then every element inside it, depth first in page order: as
        iterating a block of Streamlit's AppTest (``for node in at.main``)."""
        yield self
        app = self._scope_app()
        for element in walk(self._scope_elements()):
            if listed(element):
                yield view_of(element, app)

    def __getattr__(self, name: str) -> Any:
        if name in ACCESSORS:
            return self.get(name)
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")


def _avatar_shown(avatar: Any, name: str) -> Any:
    """A picture avatar (an image file or object) as the media URL Streamlit's AppTest
    lists, ``/mock/media/<id>.<ext>``; the name's letter (no avatar given) as Streamlit's
    empty string; an emoji, icon or role as given."""
    from rerunqt.core.image_data import ImageData, read_image
    from rerunqt.testing.media_urls import image_url

    if isinstance(avatar, str) and not os.path.isfile(avatar):
        letter = name.strip()[:1].upper()
        return "" if avatar == letter and avatar.isalnum() else avatar
    return image_url(avatar if isinstance(avatar, ImageData) else read_image(avatar))


class BlockView(ElementView, Scoped):
    """One container element: its props (``label``...) and the elements inside it."""

    __iter__ = Scoped.__iter__  # the block and everything inside, not ElementView's self

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
                if name == "avatar" and self._element.kind == "chat_message":
                    return _avatar_shown(value, str(self._element.prop("name")))
                return PROTO_EMPTY.get(name) if value is None else value
        if name in ACCESSORS:
            return self.get(name)
        return ElementView.__getattr__(self, name)

    def __repr__(self) -> str:
        label = self._element.prop("label")
        shown = f", label={label!r}" if label is not None else ""
        return f"BlockView({self._element.kind}{shown}, children={len(self._element.children)})"


class PanelView(BlockView):
    """A tab, expander or popover. When its state is tracked (``on_change="rerun"``...),
    ``open`` is whether it is shown and ``select()`` / ``expand()`` / ``collapse()``
    act as the user's click at the next ``run()``; otherwise ``open`` is None."""

    def _tracker(self) -> tuple[str | None, Element]:
        """The widget id that tracks the state (None when untracked) and its element."""
        if self._element.kind != "tab":
            return self._element.prop("tracked"), self._element
        for element in walk(self._app_ref.tree):
            if element.kind == "tabs" and any(c is self._element for c in element.children):
                return element.prop("tracked"), element
        return None, self._element

    @property
    def open(self) -> bool | None:
        wid, owner = self._tracker()
        if wid is None:
            return None
        if self._element.kind == "tab":
            return bool(self._app_ref._state_value(wid, None) == self._element.prop("label"))
        return bool(self._app_ref._state_value(wid, owner.prop("expanded")))

    def _send(self, value: Any) -> PanelView:
        wid, _ = self._tracker()
        if wid is None:
            raise ValueError(
                f"This {self._element.kind} does not track its state: give it "
                f"on_change='rerun' (or a function) so a switch reaches the script.")
        self._app_ref._set_value(wid, value)
        return self

    def select(self) -> PanelView:
        """Switch to this tab."""
        if self._element.kind != "tab":
            raise ValueError(f"select() switches tabs; use expand()/collapse() on a "
                             f"{self._element.kind}.")
        return self._send(self._element.prop("label"))

    def expand(self) -> PanelView:
        """Open this expander or popover (select() for a tab)."""
        if self._element.kind == "tab":
            return self.select()
        return self._send(True)

    def collapse(self) -> PanelView:
        """Close this expander or popover."""
        if self._element.kind == "tab":
            raise ValueError("A tab cannot be collapsed; select() another tab.")
        return self._send(False)

    def run(self, timeout: float | None = None) -> AppTest:
        return self._app_ref.run(timeout=timeout)


class RootView(Scoped):
    """``at.main`` or ``at.sidebar``: a root of the page."""

    def __init__(self, elements: tuple[Element, ...], app: AppTest, kind: str = "main") -> None:
        self._items = elements
        self._owner = app
        self.type = kind  # "main", "sidebar", "event" or "bottom", as Streamlit's block types
        self.key = None  # a root has no key (``for node in at.main: node.key`` reads it)

    def _scope_elements(self) -> tuple[Element, ...]:
        return self._items

    def _scope_app(self) -> AppTest:
        return self._owner

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app again, as ``run()`` on any of Streamlit's AppTest blocks."""
        return self._owner.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"RootView({len(self._items)} elements)"


class ColumnView(BlockView):
    """A column: ``weight`` is its share of the row (0.5 for two equal columns), as in
    Streamlit's AppTest; ``width`` its weight as given."""

    @property
    def weight(self) -> float:
        own = float(self._element.prop("weight"))
        for row in walk(self._app_ref.tree):
            if row.kind == "columns" and any(cell is self._element for cell in row.children):
                total = sum(float(cell.prop("weight")) for cell in row.children)
                return own / total if total else own
        return own


class GridView(BlockView):
    """st.grid with Streamlit's AppTest names: ``column_count`` ("auto" or a number),
    ``min_column_width`` ("auto" or pixels), ``row_height`` (pixels or "content")."""

    @property
    def columns(self) -> ElementList[Any]:
        """The st.columns inside it, as every block's ``columns`` (the count is
        ``column_count``)."""
        return self.get("columns")

    @property
    def column_count(self) -> int | str:
        count = self._element.prop("columns")
        return "auto" if count in (None, "auto") else int(count)

    @property
    def min_column_width(self) -> int | str:
        from rerunqt.core.grid import MIN_COLUMN_PX

        width = self._element.prop("min_column_width")
        return "auto" if width in (None, "auto", MIN_COLUMN_PX) else int(width)

    @property
    def row_height(self) -> int | str:
        height = self._element.prop("row_height")
        return height if isinstance(height, int) and not isinstance(height, bool) else "content"


BLOCK_VIEWS: dict[str, type[BlockView]] = {"column": ColumnView, "grid": GridView}


def root_blocks(tree: tuple[Element, ...], app: AppTest) -> Iterator[Any]:
    """Every node of the last run as Streamlit's AppTest iterates its tree: each root
    block ("main", "sidebar", "event": dialogs and toasts, then "bottom" when used),
    then everything in it, depth first in page order (containers too; not an ended
    spinner's or a filled st.empty's slot). st.navigation and st.set_page_config are
    no nodes there, so none here."""
    roots: dict[str, list[Element]] = {"main": [], "sidebar": [], "event": [], "bottom": []}
    for element in tree:
        kind = element.kind
        if kind in ("sidebar", "bottom"):
            roots[kind].extend(element.children)
        elif kind == "overlay":
            roots["event"].extend(element.children)
        elif kind in ("dialog", "chat_input"):  # a top-level chat input is pinned below
            roots["event" if kind == "dialog" else "bottom"].append(element)
        elif KINDS[kind].role != "root":
            roots["main"].append(element)
    for name, elements in roots.items():
        if elements or name != "bottom":
            yield from RootView(tuple(elements), app, name)
