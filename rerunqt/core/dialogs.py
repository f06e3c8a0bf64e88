"""@st.dialog: a function whose output opens in a modal dialog over the window.

Calling the decorated function draws its output into the overlay root, a container
keyed ``("dialog", 0)`` that the window shows as a modal ``QDialog``. As in Streamlit,
the dialog is a fragment: an event from a widget inside it reruns only the function
(with the arguments of the call that opened it), so ``if st.button("Vote"): vote()``
keeps the dialog open while its widgets are used; ``st.rerun()`` inside it reruns the
whole script, which closes the dialog unless the script opens it again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Literal, ParamSpec, TypeVar

from rerunqt.core import context, fragments
from rerunqt.core.registration import check_icon
from rerunqt.errors import (
    FragmentHandledException,
    RerunQtAPIError,
    ScriptControl,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)

P = ParamSpec("P")
R = TypeVar("R")
WIDTHS = ("small", "medium", "large")
DIALOG_ROOT = "dialog"
DISMISS_ID = "$$dialog-dismissed"  # the click a dismissed dialog sends (on_dismiss != "ignore")


class DialogCall:
    """The call that opened this run's dialog: what a dialog-only rerun calls again.

    A plain class: a dataclass costs about 1 ms to define, at every start-up."""

    __slots__ = ("args", "function", "id_scopes", "kwargs", "on_dismiss", "widget_ids")

    def __init__(self, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 on_dismiss: Any, widget_ids: frozenset[str] = frozenset(),
                 id_scopes: tuple[str, ...] = ()) -> None:
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.on_dismiss = on_dismiss
        self.widget_ids = widget_ids
        self.id_scopes = id_scopes  # those of the call (its page's): its widgets keep their ids


def dialog(
    title: str,
    *,
    width: Literal["small", "medium", "large"] | int = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Literal["ignore", "rerun"] | Callable[[], Any] = "ignore",
) -> Callable[[Callable[P, R]], Callable[P, None]]:
    """Decorate a function so that calling it opens its output in a modal dialog."""
    if title is None or title == "":
        raise StreamlitMissingRequiredParameterError(
            'The `title` parameter is required. For example: `@st.dialog("Example Title")`.')
    if width not in WIDTHS and not (width.__class__ is int and width > 0):  # int: pixels (1.67)
        raise StreamlitValueError("width", ["'small'", "'medium'", "'large'", "a positive integer"],
                                  f"Got {width!r}.")
    if not (on_dismiss in ("ignore", "rerun") or callable(on_dismiss)):
        raise RerunQtAPIError('on_dismiss must be "ignore", "rerun" or a callable; got '
                              f"{on_dismiss!r}.")
    check_icon("dialog", icon)
    props = (
        ("title", str(title)),
        ("width", width),
        ("dismissible", bool(dismissible)),
        ("icon", icon),
        ("on_dismiss", "ignore" if on_dismiss == "ignore" else "rerun"),
    )

    def decorate(function: Callable[P, R]) -> Callable[P, None]:
        @functools.wraps(function)
        def open_dialog(*args: P.args, **kwargs: P.kwargs) -> None:
            ctx = context.current()
            if ctx.is_parallel_worker:
                from rerunqt.core.parallel_fragments import worker_error

                raise worker_error("@st.dialog")
            if any(b.kind == DIALOG_ROOT for b in ctx.container.lineage()):  # Streamlit's check
                raise StreamlitInvalidLayoutContextError(
                    "Dialogs may not be nested inside other dialogs.")
            if ctx.dialog is not None:
                raise RerunQtAPIError(
                    "Only one dialog is allowed to be opened at the same time. Please make "
                    "sure to not call a dialog-decorated function more than once in a script run."
                )
            builder = ctx.open_root(DIALOG_ROOT)
            builder.clear()
            # "opened" differs in every run that calls the function: the window shows
            # the dialog again even if the user dismissed it before
            builder.props = (*props, ("opened", ctx.state.run_serial))
            ctx.dialog = DialogCall(open_dialog, tuple(args), dict(kwargs), on_dismiss,
                                    id_scopes=ctx.id_scopes)
            ctx.enter(builder)
            try:
                function(*args, **kwargs)
            except (ScriptControl, FragmentHandledException):
                raise
            except Exception as exc:  # the dialog is a fragment: its error shows inside it
                raise fragments.shown_here(ctx, exc) from exc
            finally:
                ctx.leave(builder)

        return open_dialog

    return decorate
