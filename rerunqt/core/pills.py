"""st.pills and st.segmented_control: options as toggle buttons, one or many chosen.

Both exchange a tuple of option indices with the window (as multiselect does), whatever
the selection mode; ``selection_mode="single"`` returns the option or None, ``"multi"``
a list. ``required=True`` keeps at least one option chosen: the user cannot clear the
last one (with no ``default`` nothing starts chosen, as in Streamlit 1.67).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from rerunqt.core.choice_options import Choices, choices
from rerunqt.core.containers import _width
from rerunqt.core.kinds import KINDS
from rerunqt.core.query_bind import binding, initial, write
from rerunqt.core.registration import (
    LABEL_VISIBILITIES,
    check_label,
    check_persist_state,
    register,
)
from rerunqt.core.widget_params import resolve_wrap
from rerunqt.core.widgets import Args, Callback, Kwargs
from rerunqt.errors import (
    RerunQtAPIError,
    StreamlitDefaultNotInOptionsError,
    StreamlitValueError,
    default_missing,
)

MODES = ("single", "multi")
_PLAIN = frozenset((str, int, bool, float))


def pills(
    label: str,
    options: Any,
    *,
    selection_mode: Literal["single", "multi"] = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: int | Literal["content", "stretch"] = "content",
    wrap: bool | None = None,
    bind: Any = None,
    persist_state: Any = None,
) -> Any:
    """Options as separate pill buttons that wrap to new lines."""
    return _toggles("pills", label, options, selection_mode, default, required, format_func, key,
                    help, on_change, args, kwargs, disabled, label_visibility, width, bind,
                    persist_state, wrap)


def segmented_control(
    label: str,
    options: Any,
    *,
    selection_mode: Literal["single", "multi"] = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], Any] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: int | Literal["content", "stretch"] = "content",
    wrap: bool | None = None,
    bind: Any = None,
    persist_state: Any = None,
) -> Any:
    """Options as one joined row of buttons (a segmented control)."""
    return _toggles("segmented_control", label, options, selection_mode, default, required,
                    format_func, key, help, on_change, args, kwargs, disabled, label_visibility,
                    width, bind, persist_state, wrap)


class _Modes:
    """The value conversions of one call: options <-> index tuples, single or multi."""

    def __init__(self, found: Choices, multi: bool, required: bool) -> None:
        self.found, self.multi, self.required = found, multi, required

    def coerce(self, value: Any) -> Any:
        if self.multi:
            return self.found.coerce_many(value)
        return self.found.coerce_one(value)

    def from_ui(self, indices: Any) -> Any:
        chosen = self.found.from_indices(indices)
        if self.required and not chosen and self.found.opts:
            raise ValueError("a required selection cannot be cleared")
        if self.multi:
            return chosen
        if len(chosen) > 1:
            raise ValueError("a single-selection widget got several options")
        return chosen[0] if chosen else None

    def to_ui(self, value: Any) -> tuple[int, ...]:
        if self.multi:
            return self.found.to_indices(value)
        index = self.found.to_index(value)
        return () if index is None else (index,)


def _toggles(kind: str, label: str, options: Any, selection_mode: Any, default: Any,
             required: Any, format_func: Any, key: str | int | None, help: str | None,
             on_change: Callback, args: Args, kwargs: Kwargs, disabled: bool,
             label_visibility: str, width: Any, bind: Any, persist_state: Any,
             wrap: Any = None) -> Any:
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label(kind, label, label_visibility)
    if selection_mode not in MODES:
        raise StreamlitValueError("selection_mode", ["'single'", "'multi'"])  # Streamlit 1.67's
    param = binding(kind, bind, key)
    check_persist_state(kind, persist_state, key)
    multi = selection_mode == "multi"
    if required and multi:
        raise RerunQtAPIError(
            "`required=True` and `selection_mode='multi'` cannot be used together. "
            "`required` is only supported for single-select mode.")
    found = choices(kind, options, str if format_func is None else format_func)
    modes = _Modes(found, multi, bool(required))
    indices = _defaults(kind, found, default, multi)
    given = _chosen(found, indices, multi)
    if param is not None:
        indices = initial(param, indices, lambda values: tuple(dict.fromkeys(
            found.labels.index(text) for text in (values if multi else values[-1:]))))
    start = _chosen(found, indices, multi)
    ctx, wid, value, by_code = register(
        KINDS[kind], label, key, () if key is not None else (label, help, found.labels, indices, multi),
        start, modes.coerce, on_change, "on_change", args, kwargs, disabled,
        bool(indices), modes.from_ui, modes.to_ui,
    )
    if value is not None and value.__class__ not in _PLAIN:  # the option objects themselves
        raw = ctx.state.raw_get(wid)
        value = list(raw) if multi else raw
    ctx.add_widget(kind, wid, (
        ("label", label),
        ("value", modes.to_ui(value)),
        ("disabled", True if disabled else False),
        ("help", help if help is None or help.__class__ is str else str(help)),
        ("label_visibility", label_visibility),
        ("set_by_code", by_code),
        ("options", found.labels),
        ("multi", multi),
        ("required", bool(required)),
        ("width", _width(kind, width)),
        ("wrap", resolve_wrap(wrap)),  # False: one row that scrolls sideways
    ))
    if param is not None:
        write(param, value, given, lambda chosen: [found.labels[i] for i in modes.to_ui(chosen)])
    return value


def _chosen(found: Choices, indices: tuple[int, ...], multi: bool) -> Any:
    chosen = [found.opts[i] for i in indices]
    return chosen if multi else (chosen[0] if chosen else None)


def _defaults(kind: str, found: Choices, default: Any, multi: bool) -> tuple[int, ...]:
    if default is None:
        return ()
    items = found.as_list(default) if multi else [default]
    if not multi and isinstance(default, (list, tuple)) and default.__class__ not in map(
            type, found.opts):
        if len(default) > 1:  # Streamlit 1.67's words; a list of one option is that option
            raise RerunQtAPIError(
                f"The default argument to `st.{kind}` must be a single value when "
                f"`selection_mode='single'`.")
        items = list(default)
    out: list[int] = []
    for item in items:
        try:
            index = found.index_of(item)
        except ValueError:
            raise StreamlitDefaultNotInOptionsError(default_missing(item)) from None
        if index not in out:
            out.append(index)
    return tuple(out)
