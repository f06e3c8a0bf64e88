"""st.slider and st.select_slider.

Python values (session state, returned) and front-end values (what the Qt widget and
AppTest exchange; ``from_ui``/``to_ui`` convert):

- slider: an int or float is itself; a ``date`` is its proleptic ordinal
  (``date.toordinal()``); a ``time`` is microseconds since midnight; a ``datetime`` is
  microseconds since 1970-01-01 of its wall-clock time (its ``tzinfo`` is kept by the
  widget and put back). A range slider's value is a tuple of two of these.
- select_slider: the index of the option, or a tuple ``(i, j)`` for a range.

``format``: printf-style for numbers (Python's ``%`` operator, e.g. ``"%d years"``,
``"%0.1f"``). For dates and times, Streamlit's moment.js tokens (``"YYYY-MM-DD"``,
``"MMM D, YYYY"``, ``"HH:mm"``, ``"h:mm a"``, text in ``[brackets]`` is literal); a format
containing ``%`` is used with ``strftime`` instead. Defaults: ``"%d"``, ``"%0.2f"``,
``"YYYY-MM-DD"`` (``"YYYY-MM-DD HH:mm"`` for a datetime slider whose step is not whole
days: a deliberate difference from Streamlit, which hides the time), ``"HH:mm"``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from numbers import Integral
from typing import Any

from rerunqt.core import context
from rerunqt.core.registration import LABEL_VISIBILITIES, check_label, register
from rerunqt.core.slider_spec import FLOAT, TEMPORAL, _type_of, slider_spec
from rerunqt.core.slider_spec import from_ui_scalar as from_ui_scalar  # re-exported for AppTest views
from rerunqt.core.slider_spec import step_from_ui as step_from_ui  # re-exported for AppTest views
from rerunqt.core.state import normalize_key
from rerunqt.core.widgets import field_props
from rerunqt.errors import RerunQtAPIError

Callback = Callable[..., Any] | None
Args = tuple[Any, ...] | list[Any] | None
Kwargs = dict[str, Any] | None

_MISSING = object()


# ----------------------------------------------------------------------------------------
# st.slider
# ----------------------------------------------------------------------------------------


def slider(
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> Any:
    """A slider over ints, floats, dates, times or datetimes; a 2-tuple value makes a range.

    Returns a value of the type of ``value`` (or of the bounds), or a tuple of two for a
    range slider.
    """
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        check_label("slider", label, label_visibility)
    given = value
    if value is None and key is not None:
        value = _shape_from_state(key, min_value, max_value)
    spec = slider_spec(min_value, max_value, value, step, format)
    identity = () if key is not None else (label, *spec.identity, help)
    ctx, wid, current, by_code = register(
        "slider", label, key, identity, spec.default, spec.coerce, on_change, "on_change",
        args, kwargs, disabled, given is not None, from_ui=spec.from_ui, to_ui=spec.to_ui,
    )
    ctx.add_widget(
        "slider",
        wid,
        field_props(label, spec.ui_of(current), disabled, help, label_visibility, by_code) + spec.props,
    )
    return current


def _shape_from_state(key: str | int, lo: Any, hi: Any) -> Any:
    """``value=None`` with a key: a range if session state already holds a pair (as Streamlit).

    The range's default spans the bounds; missing bounds follow the type of the given
    bound or of the stored pair (0-100, 0.0-1.0, or the stored dates/times themselves).
    """
    ctx = context.current_or_none() or context.current()
    stored = ctx.state.raw_get(normalize_key(key), _MISSING)
    if not isinstance(stored, (list, tuple)):
        return None
    sample = lo if lo is not None else hi if hi is not None else stored[0] if stored else 0
    kind = _type_of(sample)
    if kind in TEMPORAL:
        return (lo, hi) if lo is not None and hi is not None else tuple(stored)
    low, high = (0.0, 1.0) if kind == FLOAT else (0, 100)
    return (low if lo is None else lo, high if hi is None else hi)


# ----------------------------------------------------------------------------------------
# st.select_slider
# ----------------------------------------------------------------------------------------


def select_slider(
    label: str,
    options: Iterable[Any] = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> Any:
    """A slider over any options: returns an option, or a tuple of two for a range.

    ``value=None`` selects the first option; with a key whose session-state value is a
    pair, the slider is a range (first to last option) as ``st.slider`` infers it.
    """
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        check_label("select_slider", label, label_visibility)
    opts = _option_list(options)
    if not callable(format_func):
        raise RerunQtAPIError(
            f"select_slider format_func= must be a function, got {type(format_func).__name__}."
        )
    labels = tuple(str(format_func(o)) for o in opts)
    if value is None:
        pair = False
        if key is not None:
            ctx = context.current_or_none() or context.current()
            stored = ctx.state.raw_get(normalize_key(key), _MISSING)
            pair = _is_pair(stored, opts)
        default_ui: Any = (0, len(opts) - 1) if pair else 0
    elif _is_pair(value, opts):
        pair = True
        default_ui = tuple(sorted(_index_or_raise(opts, v, labels) for v in value))
    else:
        pair = False
        default_ui = _index_or_raise(opts, value, labels)
    convert = _SelectConverters(opts, labels, pair)
    default = convert.from_ui(default_ui)
    identity = () if key is not None else (label, labels, default_ui, help)
    ctx, wid, current, by_code = register(
        "select_slider", label, key, identity, default, convert.coerce, on_change, "on_change",
        args, kwargs, disabled, value is not None, from_ui=convert.from_ui, to_ui=convert.to_ui,
    )
    ctx.add_widget(
        "select_slider",
        wid,
        field_props(label, convert.to_ui(current), disabled, help, label_visibility, by_code)
        + (("options", labels),),
    )
    return current


def _option_list(options: Any) -> list[Any]:
    if isinstance(options, (str, bytes)):
        raise RerunQtAPIError(
            f"select_slider options= must be a list of options, not the string {options!r}."
        )
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # a DataFrame: its first column
        options = options.iloc[:, 0]
    try:
        opts = list(options)
    except TypeError:
        raise RerunQtAPIError(
            f"select_slider options= must be an iterable of options, got {type(options).__name__}."
        ) from None
    if not opts:
        raise RerunQtAPIError("The `options` argument of select_slider needs to be non-empty.")
    return opts


def _index_of(opts: list[Any], v: Any) -> int:
    for i, option in enumerate(opts):
        if option is v:
            return i
    for i, option in enumerate(opts):
        try:
            if option == v:
                return i
        except Exception:
            continue
    raise ValueError(f"{v!r} is not one of the options")


def _is_pair(v: Any, opts: list[Any]) -> bool:
    """A list/tuple of two that is not itself an option is a range."""
    if not isinstance(v, (list, tuple)) or len(v) != 2:
        return False
    try:
        _index_of(opts, v)
    except ValueError:
        return True
    return False


def _index_or_raise(opts: list[Any], v: Any, labels: tuple[str, ...]) -> int:
    try:
        return _index_of(opts, v)
    except ValueError:
        raise RerunQtAPIError(
            f"select_slider value {v!r} is not one of the options ({_shown(labels)}). Pass one "
            f"of the options, or a tuple of two of them for a range."
        ) from None


def _shown(labels: tuple[str, ...]) -> str:
    head = ", ".join(map(repr, labels[:8]))
    return head + (f", ... ({len(labels)} options)" if len(labels) > 8 else "")


class _SelectConverters:
    """coerce / to_ui / from_ui of one select_slider: option(s) <-> index (or index pair)."""

    __slots__ = ("labels", "opts", "pair")

    def __init__(self, opts: list[Any], labels: tuple[str, ...], pair: bool) -> None:
        self.opts, self.labels, self.pair = opts, labels, pair

    def _index(self, v: Any) -> int:
        try:
            return _index_of(self.opts, v)
        except ValueError:
            raise ValueError(f"{v!r} is not one of the options ({_shown(self.labels)})") from None

    def _indices(self, v: Any) -> Any:
        if not self.pair:
            if isinstance(v, (list, tuple)) and _is_pair(v, self.opts):
                raise TypeError(f"expected one option, got the range {v!r}")
            return self._index(v)
        if not _is_pair(v, self.opts):
            raise TypeError(f"expected a range: a tuple of two options, got {v!r}")
        return tuple(sorted(self._index(x) for x in v))

    def coerce(self, v: Any) -> Any:
        """Decision 5: a value from session state must be among the options."""
        fitted = self.from_ui(self._indices(v))
        if fitted is v or (self.pair and v.__class__ is tuple and v[0] is fitted[0] and v[1] is fitted[1]):
            return v
        return fitted

    def to_ui(self, v: Any) -> Any:
        return self._indices(v)

    def from_ui(self, x: Any) -> Any:
        opts = self.opts
        if not self.pair:
            return opts[self._checked(x)]
        if not isinstance(x, (list, tuple)) or len(x) != 2:
            raise TypeError(f"expected a pair of indices, got {x!r}")
        i, j = sorted(self._checked(n) for n in x)
        return (opts[i], opts[j])

    def _checked(self, n: Any) -> int:
        if n.__class__ is bool or not isinstance(n, Integral):
            raise TypeError(f"expected an option index, got {n!r}")
        index = int(n)
        if not 0 <= index < len(self.opts):
            raise IndexError(f"option index {index} out of range")
        return index
