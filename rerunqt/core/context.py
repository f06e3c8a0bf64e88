"""The run context: which session an ``st.*`` call belongs to, and where output goes.

Nothing is global (DESIGN decision 7): every ``st.*`` call and every session-state
access finds its session through a context variable that the runner sets on the
thread running the script, so several sessions (windows, AppTests) share a process.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from typing import Any

from rerunqt.core.element import Element, Props
from rerunqt.core.state import SessionState

_new = tuple.__new__  # builds a NamedTuple without its Python-level __new__ (hot path)
_ONLY_ELEMENTS = frozenset({Element})


class ContainerBuilder:
    """A container being filled during a run; frozen into an ``Element`` tuple.

    ``previous`` maps keys to the elements this container held in the last run: an
    element whose props did not change is that very object again, so the reconciler
    sees ``old is new`` and skips it at no cost.
    """

    __slots__ = ("by_key", "children", "counters", "form", "fragment", "key", "kind", "parent",
                 "previous", "props", "single")

    def __init__(self, kind: str = "root", key: Any = "", props: Props = (),
                 previous: dict[Any, Element] | None = None, form: str | None = None,
                 single: bool = False) -> None:
        self.kind = kind
        self.key = key
        self.props = props
        self.children: list[Element | ContainerBuilder] = []
        self.counters: dict[str, int] = {}
        self.previous: dict[Any, Element] = previous or {}
        self.by_key: dict[Any, Element] = {}
        self.form = form  # the form this container is, or is inside of
        self.single = single  # st.empty(): each new element replaces what it held
        self.parent: ContainerBuilder | None = None  # None for a root
        self.fragment: str | None = None  # the fragment whose output this holds (fragments.py)

    def lineage(self) -> list[ContainerBuilder]:
        """This container and those it is inside, innermost first (for nesting rules)."""
        out: list[ContainerBuilder] = []
        node: ContainerBuilder | None = self
        while node is not None:
            out.append(node)
            node = node.parent
        return out

    def clear(self) -> None:
        """Drop what the container holds (a single-slot container being written again)."""
        self.children.clear()
        self.counters.clear()
        self.by_key.clear()

    def freeze(self) -> tuple[Element, ...]:
        children = self.children
        if set(map(type, children)) <= _ONLY_ELEMENTS:  # the usual case, checked at C speed
            return tuple(children)  # type: ignore[arg-type]
        out = []
        for child in children:
            if not isinstance(child, Element):
                child = self.by_key[child.key] = child.to_element()  # for the next run's reuse
            out.append(child)
        return tuple(out)

    def to_element(self) -> Element:
        return Element(self.kind, self.key, self.props, self.freeze())

    def peek(self) -> tuple[Element, ...]:
        """What the container holds now, for another thread: no writes, a copy first.

        ``tuple(list)`` copies at C speed under the GIL, so the script thread's appends
        cannot change the copy while it is converted.
        """
        children = tuple(self.children)
        if set(map(type, children)) <= _ONLY_ELEMENTS:
            return children  # type: ignore[return-value]
        return tuple(child if isinstance(child, Element)
                     else Element(child.kind, child.key, child.props, child.peek())
                     for child in children)


class RunContext:
    """Per-run facts for the ``st.*`` functions of one session."""

    # core/parallel_fragments.py: whether this run may start workers (a full run), its
    # workers, the ids of the parallel fragments drawn, and whether this is a worker's view
    parallel_ok = False
    parallel_pool: Any = None
    parallel_ids: frozenset[str] = frozenset()
    is_parallel_worker = False

    def __init__(
        self,
        state: SessionState,
        options: dict[str, Any] | None = None,
        check: Callable[[], None] | None = None,
        previous: dict[Any, Element] | None = None,
    ) -> None:
        self.state = state
        self.base: RunContext = self  # the run itself (a worker thread's view points here)
        self.options = options or {}
        self.check: Callable[[], None] = check or _no_check
        self.root = ContainerBuilder(previous=previous)
        self._stack: list[ContainerBuilder] = [self.root]
        # containers entered by an element method (``col.image(...)``), not by ``with``
        self.by_method: list[ContainerBuilder] = []
        self.id_scopes: tuple[str, ...] = ()
        self.forms: dict[str, Any] = {}  # form key -> FormRecord (rerunqt.core.forms)
        self.roots: dict[str, ContainerBuilder] = {}  # other roots: sidebar (later: overlay)
        self.after_run: list[Callable[[RunContext, bool], None]] = []  # hooks, in order
        self.dialog: Any = None  # the DialogCall that opened this run's dialog (core/dialogs.py)
        self.auto_dividers = 0  # headings drawn with divider=True so far (each takes a colour)
        self.fragments: dict[str, Any] = {}  # fragment id -> FragmentCall (core/fragments.py)
        self.fragment_stack: list[str] = []  # the fragments whose functions are running
        self.fragment_counts: dict[str, int] = {}  # calls per fragment name, for their ids
        self.fragment_only = False  # this run reruns one fragment, not the script
        # in such a run: the builders at the top of what it draws that stand in the sidebar
        self.sidebar_tops: list[ContainerBuilder] = []  # (unkeyed widget ids count it)
        # while a widget callback runs: the last full run's fragments by id, for
        # st.rerun("key") (None elsewhere: a fragment key is only valid in a callback)
        self.callback_fragments: dict[str, Any] | None = None
        # (fragment id, place) -> the fragment's part of a container made outside it
        self.fragment_parts: dict[tuple[str, Any], ContainerBuilder] = {}  # fragment_parts.py
        # a widget callback's writes into the last run's containers (stale_blocks.py)
        self.stale_tails: dict[tuple[Any, ...], ContainerBuilder] = {}
        # Live output: the GUI thread peeks at the page while the script runs. Each
        # append bumps ``generation`` (an int store: no lock on the hot path); the lock
        # is held only where an append is two steps (a single-slot container emptied
        # then refilled), so a peek never sees the empty slot in between.
        self.generation = 0
        self.lock = threading.Lock()
        self.in_cached_function = 0  # > 0 while a cached function computes (core/cache)
        # while one is recorded: each container entered, with its length then (replay.py)
        self.cache_entered: list[tuple[ContainerBuilder, int, bool]] | None = None
        self.pages: Any = None  # the session's page router (runner/page_router.py), if any

    def open_root(self, name: str) -> ContainerBuilder:
        """The root ``name`` (the sidebar) of this run; created on first use.

        Roots other than the page are the last elements of the tree, keyed ``(name, 0)``;
        the renderer places them (the sidebar panel), not the page column.
        """
        builder = self.roots.get(name)
        if builder is None:
            key = (name, 0)
            before = self.root.previous.get(key)
            previous = {child.key: child for child in before.children} if before is not None else {}
            builder = self.roots[name] = ContainerBuilder(name, key, (), previous)
        return builder

    def on_finish(self, hook: Callable[[RunContext, bool], None]) -> None:
        """Run ``hook(ctx, clean)`` once after the script (forms: submit buttons, clearing)."""
        if hook not in self.after_run:
            self.after_run.append(hook)

    def finish(self, clean: bool) -> None:
        """The after-run hooks, in the order they were added (the runner calls this)."""
        for hook in self.after_run:
            hook(self, clean)

    @property
    def container(self) -> ContainerBuilder:
        return self._stack[-1]

    def add_static(self, kind: str, props: Props) -> Element:
        """Append a static element; it matches by kind and order among its siblings.

        ``add_widget`` inlined: this runs for every text, markdown, caption... of a page.
        """
        container = self._stack[-1]
        if container.single:
            return self._replace_single(container, kind, None, props)
        counters = container.counters
        n = counters.get(kind, 0)
        counters[kind] = n + 1
        key = (kind, n)
        element = container.previous.get(key)
        if element is None or element[2] != props or element[0] != kind:
            element = _new(Element, (kind, key, props, (), False))
        container.children.append(element)
        container.by_key[key] = element
        self.generation += 1
        return element

    def add_widget(self, kind: str, key: Any, props: Props) -> Element:
        """Append an element under ``key``: the last run's object again if nothing changed."""
        container = self._stack[-1]
        if container.single:
            return self._replace_single(container, kind, key, props)
        element = container.previous.get(key)
        if element is None or element[2] != props or element[0] != kind:
            element = _new(Element, (kind, key, props, (), False))
        container.children.append(element)
        container.by_key[key] = element
        self.generation += 1
        return element

    def _replace_single(self, container: ContainerBuilder, kind: str, key: Any,
                        props: Props) -> Element:
        """st.empty(): the new element replaces what the slot held, in one step for a peek."""
        with self.lock:
            container.clear()
            if key is None:
                container.counters[kind] = 1
                key = (kind, 0)
            element = container.previous.get(key)
            if element is None or element[2] != props or element[0] != kind:
                element = _new(Element, (kind, key, props, (), False))
            container.children.append(element)
            container.by_key[key] = element
            self.generation += 1
        return element

    def touch(self) -> None:
        """Say that output changed in place (a container's props): the live page is redrawn."""
        self.generation += 1

    def open_container(self, kind: str, key: Any, props: Props,
                       form: str | None = None, single: bool = False) -> ContainerBuilder:
        """Append a container to the current one and return it (not yet entered).

        Its children match last run's children of the container with the same key.
        ``key`` None keys it like a static element: by kind and order among its siblings.
        """
        parent = self._stack[-1]
        with self.lock if parent.single else _NO_LOCK:
            return self._open(parent, kind, key, props, form, single)

    def _open(self, parent: ContainerBuilder, kind: str, key: Any, props: Props,
              form: str | None, single: bool) -> ContainerBuilder:
        if parent.single:
            parent.clear()
        if key is None:
            n = parent.counters.get(kind, 0)
            parent.counters[kind] = n + 1
            key = (kind, n)
        before = parent.previous.get(key)
        previous = {child.key: child for child in before.children} if before is not None else {}
        builder = ContainerBuilder(kind, key, props, previous, form or parent.form, single)
        builder.parent = parent
        parent.children.append(builder)
        self.generation += 1
        return builder

    def enter(self, builder: ContainerBuilder, with_block: bool = False) -> None:
        """Output goes to ``builder`` until the matching ``leave`` (``with_block``: entered
        by ``with c:``, not by a method such as ``c.write``)."""
        self._stack.append(builder)
        if self.cache_entered is not None:
            self.cache_entered.append((builder, len(builder.children), with_block))

    def leave(self, builder: ContainerBuilder) -> None:
        if self._stack[-1] is builder:
            self._stack.pop()
        elif builder in self._stack:  # an inner block was left open by an exception
            del self._stack[self._stack.index(builder):]

    def with_target(self) -> ContainerBuilder:
        """Where a bare ``st.*`` call would draw now: the innermost container entered by
        ``with`` (or the page), skipping one an element method entered for its own output."""
        stack, inner = self._stack, len(self._stack) - 1
        for builder in reversed(self.by_method):
            if inner > 0 and stack[inner] is builder:
                inner -= 1
        return stack[inner]

    @property
    def form(self) -> str | None:
        """The key of the form that output currently goes into, if any."""
        return self._stack[-1].form

    def tree(self) -> tuple[Element, ...]:
        """The page so far; other roots (the sidebar) follow the page's elements."""
        page = self.root.freeze()
        if not self.roots:
            return page
        extra = []
        for _, builder in sorted(self.roots.items()):  # a fixed order: no moves among roots
            if builder.children or builder.props:
                element = self.root.by_key[builder.key] = builder.to_element()
                extra.append(element)
        return page + tuple(extra)

    def live_tree(self) -> tuple[Element, ...]:
        """The page so far, read from another thread (the GUI's live view): no writes."""
        with self.lock:
            page = self.root.peek()
            roots = sorted(self.roots.items(), key=_first)  # copied at C speed first
            extra = tuple(Element(b.kind, b.key, b.props, b.peek())
                          for _, b in roots if b.children or b.props)
        return page + extra

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)


def _no_check() -> None:
    return None


def _first(item: tuple[str, ContainerBuilder]) -> str:
    return item[0]


_NO_LOCK = nullcontext()


_current: ContextVar[RunContext | None] = ContextVar("rerunqt_run_context", default=None)
_bare: list[RunContext] = []


@contextmanager
def activated(ctx: RunContext) -> Iterator[RunContext]:
    """Make ``ctx`` the context of ``st.*`` calls on this thread for the block."""
    if not _gc_guard_installed:
        _install_gc_guard()
    token = _current.set(ctx)
    try:
        yield ctx
    finally:
        _current.reset(token)


_gc_guard_installed = False
_gc_thread: int | None = None  # the thread collecting garbage right now, if any
_thread_id = threading.get_ident


def _gc_guard(phase: str, info: dict[str, int]) -> None:
    """While the garbage collector runs, ``st.*`` calls on its thread belong to no run.

    A finished run's objects (a generator left open, an object with ``__del__``) are
    finalized whenever the collector gets to them, usually in the middle of a later run
    on the script thread; their output must not land on that run's page. With no
    context they get the warning every other stray call gets, and draw nothing.
    Collections never nest or overlap (CPython runs one at a time, holding the GIL).

    Only a plain global changes here, never the ContextVar: a collection can start
    inside ``ContextVar.set``/``reset`` (their new mapping allocates), and changing the
    variable from the callback then freed the mapping the interrupted call was building
    (a rare segfault at ``activated``'s reset in the test suite).
    """
    global _gc_thread
    _gc_thread = _thread_id() if phase == "start" else None


def _install_gc_guard() -> None:
    global _gc_guard_installed
    _gc_guard_installed = True
    gc.callbacks.append(_gc_guard)


def current_or_none() -> RunContext | None:
    """The running script's context or None, with no yield point (no ``ctx.check()``)."""
    ctx = _current.get()
    if _gc_thread is not None and _gc_thread == _thread_id():
        return None  # a finalizer run by the collector (see _gc_guard)
    if ctx is None:  # a thread the script gave its run (add_script_run_ctx), or None
        return getattr(threading.current_thread(), "_rerunqt_run", None)
    return ctx


def current() -> RunContext:
    """The running script's context, after its yield point (a pending rerun raises here)."""
    ctx = current_or_none()
    if ctx is None:
        return _bare_context()
    ctx.check()
    return ctx


def _bare_context() -> RunContext:
    """Outside a running app: widgets return defaults; warn once how to run the app."""
    if not _bare:
        print(
            "rerunqt: warning: st.* was called with no running app, so nothing is shown and "
            "widgets return their defaults. Run the script with `rerunqt script.py`. Calls "
            "from a thread the script started (unless given the run with "
            "add_script_run_ctx), or from a finished run's code (a generator's finally, a "
            "__del__) draw nothing either: hand results back to the script.",
            file=sys.stderr,
        )
        _bare.append(RunContext(SessionState()))
    ctx = _bare[0]
    if len(ctx.root.children) > 1000:  # nothing displays bare output; do not grow forever
        ctx.root = ContainerBuilder()
        ctx._stack = [ctx.root]
    return ctx
