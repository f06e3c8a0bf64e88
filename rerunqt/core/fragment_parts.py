"""A fragment's writes into containers created outside it: one *part* per container.

A fragment draws into a container of its own (core/fragments.py). As in Streamlit 1.67
it may also write into a container created outside it: ``ph = st.empty()`` or
``c = st.container()`` made before the fragment, a column passed as an argument,
``st.sidebar``, an element's handle. Such a write goes into the fragment's part of that
container: a plain container keyed ``("fragment part", <fragment id>)``, opened where
the container's cursor is at the fragment's first write in a full run. It then holds
its place among what the script writes around it, like Streamlit's implicit wrapper
blocks. A fragment-only rerun redraws every part of the fragment in place (see
runner/fragment_run.py): what the fragment wrote there before is replaced, never
accumulated, and the rest of the container is left alone. Widgets in a part belong to
the fragment, so using them reruns the fragment.

The container written to (the *place*) is named across runs by its builder (the Block
kept from the full run holds it), by its key for a root (``st.sidebar`` finds the
current run's sidebar each time), or by builder and index for an element's handle
(whose part replaces the element, as a written st.empty() would). As in Streamlit, a
fragment-only rerun only refills parts of the last full run: a first write to an
outside container in a fragment-only rerun is an error that says so.
"""

from __future__ import annotations

from typing import Any

from rerunqt.core.context import ContainerBuilder, RunContext
from rerunqt.core.element import Element, Props
from rerunqt.errors import StreamlitInvalidLayoutContextError

PART = "fragment part"
KIND = "container"  # a part is drawn as a plain st.container(), as the fragment's own
_DIALOG = "dialog"  # the dialog root's kind (core/dialogs.py: DIALOG_ROOT)
_FLOW = ("horizontal", "wrap", "horizontal_alignment", "vertical_alignment", "gap")


class Part:
    """Where a fragment's part stood in the last full run: what a fragment rerun refills.

    ``path``: keys from the page (or a root) down to the part."""

    __slots__ = ("form", "path", "props", "single")

    def __init__(self, path: tuple[Any, ...], props: Props, single: bool, form: str | None) -> None:
        self.path = path
        self.props = props
        self.single = single
        self.form = form


def inside(builder: ContainerBuilder, fragment_id: str) -> bool:
    """Whether ``builder`` holds output of that fragment: its own container, or a part.

    The nearest container that belongs to a fragment decides, so a fragment nested in
    another writes into a container of the outer one through a part of its own. A
    dialog opened by the fragment is a scope of its own (core/dialogs.py): written
    into directly.
    """
    node: ContainerBuilder | None = builder
    while node is not None:
        if node.fragment is not None:
            return node.fragment == fragment_id
        if node.parent is None:
            return node.kind == _DIALOG
        node = node.parent
    return False


def for_block(ctx: RunContext, owner: RunContext, builder: ContainerBuilder) -> ContainerBuilder | None:
    """Where the running fragment's write into a Block's container goes (None: into it).

    ``owner`` is the run the container was made in: this one, or the last full run
    when this run reruns the fragment alone.
    """
    fid = ctx.fragment_stack[-1]
    if ctx.parallel_ids:
        check_outside(ctx, builder)
    part = ctx.fragment_parts.get((fid, builder))
    if part is not None or inside(builder, fid):
        return part
    if owner is not ctx:
        raise _not_reserved()
    return _open(ctx, fid, builder, builder)


def for_root(ctx: RunContext, name: str) -> ContainerBuilder:
    """Where the running fragment's write into ``st.<name>`` (a root) goes: its part."""
    fid = ctx.fragment_stack[-1]
    if ctx.parallel_ids:
        check_outside(ctx, None)
    place = (name, 0)
    part = ctx.fragment_parts.get((fid, place))
    if part is not None:
        return part
    if ctx.fragment_only:
        raise _not_reserved()
    return _open(ctx, fid, place, ctx.open_root(name))


def for_handle(ctx: RunContext, owner: RunContext, builder: ContainerBuilder,
               index: int) -> ContainerBuilder | None:
    """Where the running fragment's write through an element's handle goes (None: the
    handle's own way). Outside the fragment, a single-slot part takes the element's place."""
    fid = ctx.fragment_stack[-1]
    if ctx.parallel_ids:
        check_outside(ctx, builder)
    place = (builder, index)
    part = ctx.fragment_parts.get((fid, place))
    if part is not None or inside(builder, fid):
        return part
    if owner is not ctx:
        raise _not_reserved()
    children = builder.children
    if index >= len(children):
        return None  # the place is gone (its st.empty() was written again)
    key = children[index].key
    before = builder.previous.get(key)
    previous = ({child.key: child for child in before.children}
                if before is not None and before.kind == KIND else None)
    part = ContainerBuilder(KIND, key, _props(builder), previous, builder.form, single=True)
    part.parent = builder
    part.fragment = fid
    children[index] = part
    ctx.touch()
    ctx.fragment_parts[(fid, place)] = part
    return part


def entered(ctx: RunContext, place: Any) -> ContainerBuilder | None:
    """The part that ``with <place>:`` entered in the running fragment, if it was one."""
    stack = ctx.fragment_stack
    return ctx.fragment_parts.get((stack[-1], place)) if stack else None


def recorded(ctx: RunContext) -> dict[str, dict[Any, Part]]:
    """After a full run: each fragment's parts by place, with where they stand now."""
    out: dict[str, dict[Any, Part]] = {}
    root = ctx.root
    for (fid, place), builder in ctx.fragment_parts.items():
        path = tuple(b.key for b in reversed(builder.lineage()) if b is not root)
        out.setdefault(fid, {})[place] = Part(path, builder.props, builder.single, builder.form)
    return out


def reopen(ctx: RunContext, fragment_id: str, place: Any, part: Part,
           before: Element | None) -> None:
    """Before a fragment-only rerun: an empty part to refill, reusing what it held."""
    previous = {child.key: child for child in before.children} if before is not None else None
    builder = ContainerBuilder(KIND, part.path[-1], part.props, previous, part.form, part.single)
    builder.fragment = fragment_id
    ctx.fragment_parts[(fragment_id, place)] = builder
    if in_sidebar(part.path):  # its widgets keep their sidebar ids
        ctx.sidebar_tops.append(builder)


def in_sidebar(path: tuple[Any, ...]) -> bool:
    """Whether a fragment's container or part at ``path`` (keys from a root) is in the sidebar."""
    return bool(path) and path[0] == ("sidebar", 0)


def _open(ctx: RunContext, fid: str, place: Any, parent: ContainerBuilder) -> ContainerBuilder:
    """The fragment's part of ``parent``, appended there now (a full run's first write)."""
    ctx.enter(parent)
    try:
        part = ctx.open_container(KIND, (PART, fid), _props(parent), single=parent.single)
    finally:
        ctx.leave(parent)
    part.fragment = fid
    ctx.fragment_parts[(fid, place)] = part
    return part


def check_outside(ctx: RunContext, target: ContainerBuilder | None) -> None:
    """A parallel fragment may not write outside itself (core/parallel_fragments.py)."""
    from rerunqt.core import parallel_fragments

    parallel_fragments.check_outside(ctx, target)


def _props(parent: ContainerBuilder) -> Props:
    """A plain container's props; in a container, its flow (a row stays a row)."""
    from rerunqt.core.fragments import PROPS

    flow = dict(parent.props) if parent.kind == KIND else {}
    return tuple((name, flow.get(name, default) if name in _FLOW else default)
                 for name, default in PROPS)


def _not_reserved() -> StreamlitInvalidLayoutContextError:
    """Streamlit 1.67's error and words, whatever the place written to."""
    return StreamlitInvalidLayoutContextError(
        "A fragment tried to write to a container created outside it, but the fragment did "
        "not write to that container during the last full app run, so Streamlit could not "
        "reserve a stable position for it.\n\n"
        "If this fragment uses `parallel=True`, writing to containers created outside it "
        "is not supported, including `st.sidebar` and `st.bottom`. Move the element inside "
        "the fragment body.\n\n"
        "Otherwise, inside the fragment function, write to the container on every full app "
        "run (e.g. `outside_container.empty()` or `with outside_container: st.empty()`), "
        "then fill it during fragment reruns."
    )
