"""Element handles: what a static element call returns, to replace that element later.

``note = st.text("Loading…")`` then ``note.text("Done")`` or ``note.success("Done")``
replaces the element in its place, as Streamlit's returned DeltaGenerator does: the
handle is a single-slot Block standing where the element is. A fragment writing
through the handle of an element drawn outside it writes into its part there, which
takes the element's place (core/fragment_parts.py).
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from rerunqt.core import context as _context
from rerunqt.core import fragment_parts as _parts
from rerunqt.core.blocks import Block
from rerunqt.core.context import ContainerBuilder, RunContext
from rerunqt.core.element import Element


class ElementHandle(Block):
    """The place of one element: an element method called on it replaces the element."""

    __slots__ = ("_index", "_slot")

    def __init__(self, ctx: RunContext, builder: ContainerBuilder, index: int) -> None:
        # made for every static element: keep it to three stores (no super() call)
        self._ctx = ctx
        self._builder = builder
        self._index = index

    def _target(self) -> tuple[RunContext, ContainerBuilder]:
        current = _context.current_or_none()
        if current is not None and current.fragment_stack:  # outside it: a fragment's part
            part = _parts.for_handle(current, self._ctx, self._builder, self._index)
            if part is not None:
                return current, part
        ctx, parent = self._own_target(current)
        slot = ContainerBuilder("slot", ("slot", self._index), (), None, parent.form, single=True)
        slot.parent = parent
        return ctx, slot

    def _done(self, ctx: RunContext, slot: ContainerBuilder) -> None:
        """Put what the call drew in the element's place (nothing drawn: it stays).

        The place is an index in the container, as Streamlit's delta path is: if a
        single-slot container was written again since, the handle writes over that.
        """
        if not slot.children or slot.fragment is not None:
            return  # nothing drawn, or drawn straight into a fragment's part (in place)
        parent, index = self._builder, self._index
        children = parent.children
        if index >= len(children):
            return  # the place is gone (its st.empty() was cleared)
        key: Any = children[index].key
        new = slot.children[-1]
        if isinstance(new, Element):
            if _is_place(new.key):
                new = new._replace(key=key)
            else:  # a widget keeps its id: events and ``at.text_input(key=...)`` find it
                parent.by_key.pop(key, None)
            parent.by_key[new.key] = new
        else:
            new.key = key
            new.parent = parent
        children[index] = new
        ctx.touch()  # replaced in place: the live page shows the new element now

    def _moved(self, result: Any, slot: ContainerBuilder) -> Any:
        """``note.line_chart(df)`` returns this handle: the element now stands in its place."""
        if isinstance(result, ElementHandle) and result._builder is slot:
            return self
        return result

    def add_rows(self, data: Any = None, **named: Any) -> ElementHandle:
        """Append rows to this dataframe's, table's or built-in chart's data, in place.

        ``data``: a DataFrame, dict of columns, list or numpy array with the same columns
        (by name, or unnamed in the same order); a default index counts on.
        """
        from rerunqt.core.add_rows import add_rows, one_dataset

        rows = one_dataset(data, named)
        ctx, _ = self._own_target(_context.current_or_none())  # checked: this run's handle
        if ctx.base is self._ctx.base:
            add_rows(ctx, self._builder, self._index, rows)
        return self

    def __enter__(self) -> ElementHandle:
        """``with st.sidebar.header("1. Upload"):`` (community templates write it): Streamlit
        enters the element's place, so what the block draws replaces the element (the
        last thing drawn stays); calls on other containers go there as usual."""
        ctx, slot = self._target()
        self._slot = slot
        ctx.enter(slot, with_block=True)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        slot = self._slot
        current = _context.current_or_none()
        if current is not None:
            current.leave(slot)
            self._done(current, slot)


def _is_place(key: Any) -> bool:
    """A static element's key, (kind, n): its place among its siblings, not an identity."""
    return isinstance(key, tuple) and len(key) == 2 and isinstance(key[1], int)
