"""Element handles: what a static element call returns, to replace that element later.

``note = st.text("Loading…")`` then ``note.text("Done")`` or ``note.success("Done")``
replaces the element in its place, as Streamlit's returned DeltaGenerator does: the
handle is a single-slot Block standing where the element is.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from rerunqt.core.blocks import Block
from rerunqt.core.context import ContainerBuilder, RunContext
from rerunqt.core.element import Element
from rerunqt.errors import RerunQtAPIError


class ElementHandle(Block):
    """The place of one element: an element method called on it replaces the element."""

    __slots__ = ("_index", "_key")

    def __init__(self, ctx: RunContext, builder: ContainerBuilder, index: int) -> None:
        super().__init__(ctx, builder)
        self._index = index
        self._key: Any = builder.children[index].key

    def _target(self) -> tuple[RunContext, ContainerBuilder]:
        ctx, parent = super()._target()
        slot = ContainerBuilder("slot", self._key, (), None, parent.form, single=True)
        slot.parent = parent
        return ctx, slot

    def _done(self, ctx: RunContext, slot: ContainerBuilder) -> None:
        """Put what the call drew in the element's place (nothing drawn: it stays)."""
        if not slot.children:
            return
        parent, index, key = self._builder, self._index, self._key
        children = parent.children
        if index >= len(children) or children[index].key != key:
            return  # the place is gone (its st.empty() was written again)
        new = slot.children[-1]
        if isinstance(new, Element):
            new = new._replace(key=key)
            parent.by_key[key] = new
        else:
            new.key = key
            new.parent = parent
        children[index] = new

    def __enter__(self) -> Block:
        raise RerunQtAPIError(
            "An element is not a container: use st.empty() or st.container() as a `with` "
            "block, and call element functions on the value an element returned to replace it."
        )

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        return None


def last_element(ctx: RunContext) -> ElementHandle:
    """A handle on the element just added to the current container."""
    container = ctx.container
    return ElementHandle(ctx, container, len(container.children) - 1)
