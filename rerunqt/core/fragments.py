"""@st.fragment: a function whose widgets rerun only that function.

Calling the decorated function draws its output into a container of its own,
keyed by the fragment's id (its ``key=``, or its name and call order). What it writes
into containers created outside it (an st.empty() or st.container() made before it, a
column passed in, st.sidebar) goes into its *parts* of those containers
(core/fragment_parts.py). After a full run the session knows each fragment's call and
where its container and parts stand; an event from widgets that are all the
fragment's reruns just that call (runner/fragment_run.py), and the new container and
parts replace the old ones in place. The rest of the page is untouched.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

from rerunqt.core import context
from rerunqt.core.context import ContainerBuilder, RunContext
from rerunqt.errors import FragmentHandledException, RerunQtAPIError, ScriptControl

if TYPE_CHECKING:
    from rerunqt.core.fragment_parts import Part

F = TypeVar("F", bound=Callable[..., Any])
KIND = "container"  # drawn as a plain st.container()
PROPS = (("border", None), ("width", "stretch"), ("height", "content"), ("horizontal", False),
         ("wrap", False), ("horizontal_alignment", "left"), ("vertical_alignment", "top"),
         ("gap", "small"), ("autoscroll", None))


class FragmentCall:
    """One call of a fragment in the last full run: what a fragment-only run repeats.

    ``path``: container keys from the page root down to the fragment's own. ``parts``:
    where its parts of outside containers stand, by place (fragment_parts.py). A plain
    class: a dataclass costs about 1 ms to define, at every start-up."""

    __slots__ = ("args", "function", "id", "id_scopes", "kwargs", "parallel", "parts", "path",
                 "run_every", "widget_ids")

    def __init__(self, id: str, function: Callable[..., Any], args: tuple[Any, ...],
                 kwargs: dict[str, Any], run_every: float | None, path: tuple[Any, ...],
                 id_scopes: tuple[str, ...] = (), widget_ids: frozenset[str] = frozenset()) -> None:
        self.id = id
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.run_every = run_every
        self.path = path
        self.id_scopes = id_scopes
        self.widget_ids = widget_ids
        self.parts: dict[Any, Part] = {}
        self.parallel = False  # runs on a worker in full runs (core/parallel_fragments.py)

    @property
    def key(self) -> tuple[str, str]:
        return ("fragment", self.id)


@overload
def fragment(func: F, *, run_every: Any = None, parallel: bool = False,
             key: str | None = None) -> F: ...
@overload
def fragment(func: None = None, *, run_every: Any = None, parallel: bool = False,
             key: str | None = None) -> Callable[[F], F]: ...
def fragment(func: Any = None, *, run_every: Any = None, parallel: bool = False,
             key: str | None = None) -> Any:
    """Turn a function into a fragment: its widgets rerun only the function.

    ``run_every`` (seconds, a timedelta, or a string like "2s" / "500ms") reruns it on
    a timer while the app is idle. ``key`` names the fragment, so two calls of one
    function, or a function whose name changes, keep their identity. ``parallel``: in
    a full run its body runs on a worker thread, beside the script
    (core/parallel_fragments.py); it then returns None.
    """
    every = _seconds(run_every)
    if key is not None and not isinstance(key, str):
        raise RerunQtAPIError(f"The key of st.fragment must be a string; got {key!r}.")
    parallel = bool(parallel)

    def decorate(function: F) -> F:
        name = f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"

        @functools.wraps(function)
        def call(*args: Any, **kwargs: Any) -> Any:
            ctx = context.current()
            counts = ctx.fragment_counts
            base = key if key is not None else name
            n = counts.get(base, 0)
            counts[base] = n + 1
            fid = base if n == 0 else f"{base}#{n}"
            if ctx.form is not None:
                raise RerunQtAPIError("A fragment cannot be called inside a form: put the form "
                                      "inside the fragment instead.")
            record = FragmentCall(fid, function, tuple(args), dict(kwargs), every, (),
                                  ctx.id_scopes)
            if parallel:
                record.parallel = True
                from rerunqt.core import parallel_fragments

                if parallel_fragments.can_dispatch(ctx):
                    parallel_fragments.dispatch(ctx, record)
                    return None
            return draw(ctx, record)

        return call  # type: ignore[return-value]

    return decorate(func) if func is not None else decorate


def draw(ctx: RunContext, record: FragmentCall) -> Any:
    """Call the fragment's function inside its container; its exception shows in there and
    ends the run (Streamlit 1.67: nothing after the fragment's call runs)."""
    return run_inside(ctx, record, open_own(ctx, record))


def open_own(ctx: RunContext, record: FragmentCall) -> ContainerBuilder:
    """The fragment's own container, placed where the call is (not yet entered)."""
    builder = ctx.open_container(KIND, record.key, PROPS)
    builder.fragment = record.id  # writes into containers outside this one go to parts
    if not ctx.fragment_only:  # a fragment-only run draws it at the root of its own page
        record.path = tuple(b.key for b in reversed(builder.lineage()) if b is not ctx.root)
        ctx.fragments[record.id] = record
    if record.parallel and record.id not in ctx.parallel_ids:
        run = ctx.base
        with run.lock:
            run.parallel_ids = run.parallel_ids | {record.id}
    return builder


def run_inside(ctx: RunContext, record: FragmentCall, builder: ContainerBuilder) -> Any:
    """Call the fragment's function with its output going into ``builder``."""
    stack = ctx.fragment_stack
    ctx.enter(builder)
    stack.append(record.id)
    previous_scopes, ctx.id_scopes = ctx.id_scopes, record.id_scopes
    try:
        return record.function(*record.args, **record.kwargs)
    except (ScriptControl, FragmentHandledException):  # a nested fragment's: shown already
        raise
    except Exception as exc:  # shown in the fragment, then the run ends
        raise shown_here(ctx, exc) from exc
    finally:
        ctx.id_scopes = previous_scopes
        stack.pop()
        ctx.leave(builder)


def shown_here(ctx: RunContext, exc: Exception) -> FragmentHandledException:
    """Show ``exc`` in the container being filled (a fragment's or a dialog's); the
    exception that then ends the run without showing it again at the page's end."""
    from rerunqt.core import exception_props as errors_shown

    ctx.add_static("exception", errors_shown.uncaught_props(
        exc, ctx.option("client.showErrorDetails", "full")))
    return FragmentHandledException(exc)


def current_fragment(ctx: RunContext) -> str | None:
    """The id of the fragment whose function is running now, if any."""
    stack = ctx.fragment_stack
    return stack[-1] if stack else None


def _seconds(run_every: Any) -> float | None:
    """``run_every`` in seconds: a number, a timedelta, or a string such as "2s", "1.5m"."""
    if run_every is None:
        return None
    seconds: float | None = None
    if isinstance(run_every, datetime.timedelta):
        seconds = run_every.total_seconds()
    elif isinstance(run_every, (int, float)) and not isinstance(run_every, bool):
        seconds = float(run_every)
    elif isinstance(run_every, str):
        seconds = _parse_duration(run_every)
    if seconds is None or seconds <= 0:
        raise RerunQtAPIError(
            f"run_every must be a positive number of seconds, a timedelta or a duration "
            f'string such as "2s", "500ms", "10 min" or "1.5 days"; got {run_every!r}.')
    return seconds


def _parse_duration(text: str) -> float | None:
    """A duration string as pandas' Timedelta and Streamlit read it ("2s", "500ms",
    "10 min", "1.5 days", "1h23s"), the same reader as st.cache_data's ttl; None if not."""
    from rerunqt.core.cache.options import parse_ttl

    try:
        return parse_ttl("fragment", text)
    except RerunQtAPIError:
        return None
