"""What a cached function drew: recorded on a miss, drawn again on a hit.

The recording is the slice of the current container's children appended while the
function ran (the one append path of core/context.py), frozen into Elements. Replay
appends them again through the same path, so a hit draws what the miss drew, in the
container the call is made from. A widget inside a cached function runs only on a miss
and draws a CachedWidgetWarning; a hit draws it again as it was drawn, as Streamlit 1.67
replays it (keyed by place, so it is no widget of the run: the cached value stands).
Tables and charts with selections and dialogs are not drawn again.
st.dataframe and st.plotly_chart without selections (on_select="ignore") are elements,
not widgets, and are replayed like any other.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rerunqt.core import style_blocks
from rerunqt.core.element import Element
from rerunqt.core.kinds import KINDS

if TYPE_CHECKING:
    from rerunqt.core.context import ContainerBuilder, RunContext

_NOT_REPLAYED = frozenset({"dialog"})  # their widgets and hooks run only on a miss
_SELECTABLE = frozenset({"dataframe", "plotly_chart", "pydeck_chart"})  # widgets only with on_select
_HTML_KINDS = frozenset({"markdown", "caption", "html"})  # may hold page CSS (core/style_blocks.py)

CACHED_WIDGET_WARNING = (  # Streamlit 1.67's words, as Markdown
    "Your script uses a widget command in a cached function\n"
    "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
    'This code will only be called when we detect a cache "miss",\n'
    "which can lead to unexpected results.\n\n"
    "To fix this, move all widget commands outside the cached function."
)


ROOT = "$root"  # a recorded element standing for output sent to a root (the sidebar)
_EVENTS = "overlay"  # core/overlay.py's root: toasts (Streamlit's event container)
CLOSURE = "$closure"  # the function drew into a container made outside it: a hit fails


class Recording:
    """Collects what one call of a cached function appends to its container.

    Output sent to another root (``st.sidebar.write`` inside the function) is recorded
    as a ``$root`` element whose key is the root's name, replayed into that root.
    """

    def __init__(self, ctx: RunContext | None) -> None:
        self.ctx = ctx
        self.builder: ContainerBuilder | None = ctx.container if ctx is not None else None
        self.start = len(self.builder.children) if self.builder is not None else 0
        self.root_starts = {name: len(b.children) for name, b in ctx.roots.items()} if ctx else {}
        self.main_start = len(ctx.root.children) if ctx is not None else 0
        self.outer_entered = ctx.cache_entered if ctx is not None else None
        if ctx is not None:
            ctx.cache_entered = []

    def finish(self) -> tuple[Element, ...]:
        builder, ctx = self.builder, self.ctx
        if builder is None or ctx is None:
            return ()
        entered, ctx.cache_entered = ctx.cache_entered or [], self.outer_entered
        if self.outer_entered is not None:  # an enclosing cached call sees them too
            self.outer_entered.extend(entered)
        elements = _since(builder, self.start)
        closure = False
        for target, length, with_block in entered:
            if not (len(target.children) > length or (target.single and target.children)):
                continue
            if not self._outside(target):
                continue
            if with_block:  # `with c:` of an outer c: Streamlit replays it where called
                elements.extend(_since(target, 0 if target.single else length))
            else:  # c.write(...) of an outer c
                closure = True
        for name, root in sorted(ctx.roots.items()):
            if root is not builder:
                inside = _since(root, self.root_starts.get(name, 0))
                if inside and name == _EVENTS:  # a toast: Streamlit's event container,
                    closure = True  # which a hit cannot replay into either
                elif inside:
                    elements.append(Element(ROOT, name, (), tuple(inside)))
        if closure:
            elements.append(Element(CLOSURE, CLOSURE, (), ()))
        return tuple(elements)

    def _outside(self, target: ContainerBuilder) -> bool:
        """Whether ``target`` is a container made before the call (not the call's own, nor
        a root such as the sidebar): Streamlit cannot replay output sent there. An element
        handle's write (``bar.progress(50)``) counts where its element is."""
        assert self.ctx is not None
        if target is self.builder or target.parent is None:
            return False
        node = target
        while node.parent is not None:
            parent = node.parent
            if parent is self.builder:
                start = self.start
            elif parent.parent is None:
                start = (self.main_start if parent is self.ctx.root
                         else self.root_starts.get(parent.kind, 0))
            else:
                node = parent
                continue
            if node.kind == "slot" and isinstance(node.key, tuple):  # a handle's place
                return bool(node.key[1] < start)
            return not any(child is node for child in parent.children[start:])
        return True


def _since(builder: ContainerBuilder, start: int) -> list[Element]:
    """The builder's children from ``start`` on, frozen, without what a hit does not draw
    (tables and charts with selections, dialogs)."""
    start = start if len(builder.children) >= start else 0  # an st.empty() was reset
    frozen = [child if isinstance(child, Element) else child.to_element()
              for child in builder.children[start:]]
    return list(_replayable(frozen))


def is_interactive(element: Element) -> bool:
    """A widget whose value the user sets. st.dataframe and st.plotly_chart are of a widget
    kind, but drawn with on_select="ignore" they have no selection (an empty
    ``selection_mode``): elements then, replayed as Streamlit replays every element."""
    kind = KINDS.get(element.kind)
    if kind is None or kind.role != "widget":
        return False
    if element.kind == "link_button":  # a plain link unless on_click reruns (Streamlit's)
        return bool(element.prop("reruns"))
    if element.kind in _SELECTABLE:
        return bool(element.prop("selection_mode"))
    return True


def _replayable(elements: list[Element] | tuple[Element, ...]) -> Iterator[Element]:
    for element in elements:
        kind = KINDS.get(element.kind)
        if kind is None or element.kind in _NOT_REPLAYED or (
                element.kind in _SELECTABLE and is_interactive(element)):
            continue
        if element.children:
            element = element._replace(children=tuple(_replayable(element.children)))
        yield element


def replay(ctx: RunContext | None, elements: tuple[Element, ...]) -> None:
    """Append recorded elements to the current container, as if drawn again."""
    if ctx is None:
        return
    for element in elements:
        if element.kind == ROOT:
            root = ctx.open_root(element.key)
            ctx.enter(root)
            try:
                replay(ctx, element.children)
            finally:
                ctx.leave(root)
            continue
        kind = KINDS.get(element.kind)
        if kind is None or tuple(name for name, _ in element.props) != kind.props:
            continue  # recorded by another rerunqt version (a disk entry): not drawable now
        key = element.key
        auto = isinstance(key, tuple) and len(key) == 2 and key[0] == element.kind
        if kind.role == "widget":  # a widget drawn again is keyed by place (no widget now);
            if (auto and key[1].__class__ is int) or is_interactive(element):  # a table too
                ctx.add_static(element.kind, element.props)
            else:  # keyed: the same key again (its sort and scroll stay)
                ctx.add_widget(element.kind, key, element.props)
            continue
        if kind.role == "static":
            if element.kind in _HTML_KINDS:  # a cached function's CSS, drawn again
                style_blocks.note(element.prop("body"))
            ctx.add_static(element.kind, element.props)
            continue
        builder = ctx.open_container(element.kind, None if auto else key, element.props)
        ctx.enter(builder)
        try:
            replay(ctx, element.children)
        finally:
            ctx.leave(builder)


@contextmanager
def inside_cached_function(ctx: RunContext | None,
                           recording: Recording | None = None) -> Iterator[None]:
    """Mark the run as inside a cached function (widgets then draw the warning); if the
    function raises, its ``recording`` stops watching the containers entered."""
    if ctx is None:
        yield
        return
    ctx.in_cached_function += 1
    try:
        yield
    except BaseException:
        if recording is not None:
            ctx.cache_entered = recording.outer_entered
        raise
    finally:
        ctx.in_cached_function -= 1


def warn_cached_widget(ctx: RunContext) -> None:
    """Draw Streamlit's CachedWidgetWarning before a widget created in a cached function:
    an exception element marked as a warning (Streamlit's; ``at.exception`` lists it,
    ``is_warning`` is True) with the script's frames; the app goes on."""
    _warn(ctx, "CachedWidgetWarning", CACHED_WIDGET_WARNING)


def warn_background_display(ctx: RunContext, name: str, api: str) -> None:
    """Streamlit 1.67's warning for a ``refresh_mode="background"`` function that drew
    elements: they show on this miss only and are never replayed on a hit."""
    _warn(ctx, "CachedStFunctionInBackgroundModeWarning", (
        f'`{name}()` is decorated with `@st.{api}(refresh_mode="background")`\n'
        "and uses a Streamlit display command (e.g. `st.write`). In background mode, cached\n"
        "display output is **not** replayed on cache hits, so these elements only appear when\n"
        "the function actually runs (the initial cache miss and any later foreground recompute)\n"
        "and then disappear on subsequent reruns.\n\n"
        "To fix this, either move the display commands outside the cached function, or use\n"
        '`refresh_mode="foreground"`.'))


def _warn(ctx: RunContext, kind: str, message: str) -> None:
    import os
    import traceback

    from rerunqt.core.exception_props import _PACKAGE_DIR

    stack = traceback.extract_stack()
    ours = [os.path.abspath(frame.filename).startswith(_PACKAGE_DIR + os.sep) for frame in stack]
    start = ours.index(True) if True in ours else 0  # from the runner on: the script's frames
    frames = [frame for frame, mine in zip(stack[start:], ours[start:], strict=True) if not mine]
    lines = tuple(line.rstrip("\n") for line in traceback.format_list(frames))
    ctx.add_static("exception", (
        ("type", kind),
        ("message", message),
        ("traceback", lines),
        ("is_warning", True),
        ("width", "stretch"),
        ("is_markdown", True),
        ("streamlit_error", True),  # Streamlit's CachedWidgetWarning is one of its errors
    ))
