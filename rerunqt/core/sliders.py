"""st.slider and st.select_slider.

Python values (session state, returned) and front-end values (what the Qt widget and
AppTest exchange; ``from_ui``/``to_ui`` convert):

- slider: an int or float is itself; a ``date`` is its proleptic ordinal
  (``date.toordinal()``); a ``time`` is microseconds since midnight; a ``datetime`` is
  microseconds since 1970-01-01 of its wall-clock time (its ``tzinfo`` is kept by the
  widget and put back). A range slider's value is a tuple of two of these.
- select_slider: the index of the option, or a tuple ``(i, j)`` for a range.

``format``: for numbers printf-style as Streamlit's browser applies it (sprintf-js, e.g.
``"%d years"``, ``"%,d"``, ``"%0.1f"``) or a preset (``"percent"``, ``"dollar"``...).
For dates and times, Streamlit's moment.js tokens (``"YYYY-MM-DD"``,
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
from rerunqt.core.choice_options import rerun_twin
from rerunqt.core.kinds import KINDS
from rerunqt.core.query_bind import binding, initial, write
from rerunqt.core.query_codecs import LabelCodec, parse_like, same_bounds, show_values
from rerunqt.core.registration import LABEL_VISIBILITIES, check_label, check_persist_state, register
from rerunqt.core.select_cache import PLAIN_OPTIONS, cacheable, zero_signs
from rerunqt.core.slider_checks import type_of
from rerunqt.core.slider_spec import option_list, slider_spec
from rerunqt.core.slider_values import FLOAT, TEMPORAL
from rerunqt.core.state import normalize_key
from rerunqt.core.widget_params import widget_width
from rerunqt.core.widgets import Args, Callback, Kwargs, field_props
from rerunqt.errors import DEFAULT, PartlyFits, RerunQtAPIError

SLIDER, SELECT_SLIDER = KINDS["slider"], KINDS["select_slider"]

_MISSING = object()


# ----- st.slider -----

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
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """A slider over ints, floats, dates, times or datetimes; a 2-tuple value makes a range.

    Returns a value of the type of ``value`` (or of the bounds), or a tuple of two for a
    range slider.
    """
    if persist_state is not None:
        check_persist_state("slider", persist_state, key)
    param = binding("slider", bind, key)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("slider", label, label_visibility)
    given = value
    if value is None and key is not None:
        value = _shape_from_state(key, min_value, max_value)
    spec = slider_spec(min_value, max_value, value, step, format)
    if param is not None:
        start, spec = spec.default, initial(param, spec, lambda values: same_bounds(spec, slider_spec(
            spec.lo, spec.hi, parse_like(values, spec.default), step, format)))
    identity = () if key is not None else (label, *spec.identity, help)
    ctx, wid, current, by_code = register(
        SLIDER, label, key, identity, spec.default, spec.coerce, on_change, "on_change",
        args, kwargs, disabled, given is not None, from_ui=spec.from_ui, to_ui=spec.to_ui,
    )
    ctx.add_widget(
        "slider",
        wid,
        field_props(label, current if spec.plain else spec.ui_of(current), disabled, help,
                    label_visibility, by_code) + spec.props + widget_width("slider", width),
    )
    if param is not None:
        write(param, current, start, show_values)
    return current


def _shape_from_state(key: str | int, lo: Any, hi: Any) -> Any:
    """``value=None`` with a key: a range if session state already holds a pair (as Streamlit).

    The range's default spans the bounds; missing bounds follow the type of the given
    bound or of the stored pair (0-100, 0.0-1.0, or the stored dates/times themselves).
    """
    ctx = context.current_or_none() or context.current()
    stored = ctx.state.raw_get(
        key if key.__class__ is str and not key.startswith("$$") else normalize_key(key), _MISSING
    )
    if not isinstance(stored, (list, tuple)):
        return None
    sample = lo if lo is not None else hi if hi is not None else stored[0] if stored else 0
    kind = type_of(sample)
    if kind in TEMPORAL:
        return (lo, hi) if lo is not None and hi is not None else tuple(stored)
    low, high = (0.0, 1.0) if kind == FLOAT else (0, 100)
    return (low if lo is None else lo, high if hi is None else hi)


# ----- st.select_slider -----

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
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """A slider over any options: returns an option, or a tuple of two for a range.

    ``value=None`` selects the first option; with a key whose session-state value is a
    pair, the slider is a range (first to last option) as ``st.slider`` infers it.
    """
    if persist_state is not None:
        check_persist_state("select_slider", persist_state, key)
    param = binding("select_slider", bind, key)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("select_slider", label, label_visibility)
    cls = options.__class__
    items = tuple(options) if cls is list or cls is tuple else tuple(option_list(options))
    if not items:
        option_list(options)  # raises: options must not be empty
    if format_func is not str and not callable(format_func):
        raise RerunQtAPIError(
            f"select_slider format_func= must be a function, got {type(format_func).__name__}."
        )
    classes = tuple(map(type, items))
    shown: Any  # what the key needs besides the options and their classes to fix the labels
    if format_func is not str:  # it may read anything: it runs on every call, as before
        shown = tuple(map(str, map(format_func, items)))  # the labels: str(format_func(o))
    elif float in classes:
        shown = zero_signs(items)  # 0.0 == -0.0, but their labels differ
    else:
        shown = None  # str() of the options follows from them and their classes
    stored: Any = _MISSING
    if value is not None:
        given: Any = tuple(value) if value.__class__ is list else value
    elif key is not None:  # a pair in session state makes a range (as st.slider infers it)
        ctx = context.current_or_none() or context.current()
        stored = ctx.state.raw_get(
            key if key.__class__ is str and not key.startswith("$$") else normalize_key(key),
            _MISSING,
        )
        given = isinstance(stored, (list, tuple)) and len(stored) == 2
    else:
        given = False
    cache_key = (items, classes, shown, value.__class__, given)
    try:
        spec = _SELECT_SPECS[cache_key]
    except Exception:  # a new key, or options that cannot be hashed or compared
        spec = _select_spec(cache_key, items, shown, value, stored)
    if param is not None:
        codec = LabelCodec(items, list(spec.labels))
        start, spec = spec.default, initial(param, spec, lambda values: _select_spec(
            (), items, shown, (codec.pair if spec.pair else codec.one)(values), stored))
    identity = () if key is not None else (label, spec.labels, spec.default_ui, help)
    ctx, wid, current, by_code = register(
        SELECT_SLIDER, label, key, identity, spec.default, spec.coerce, on_change, "on_change",
        args, kwargs, disabled, value is not None, from_ui=spec.from_ui, to_ui=spec.to_ui,
    )
    if current.__class__ not in _AS_STORED:
        current = ctx.state.raw_get(wid)  # the option object itself, not register's copy
    if spec.pair:
        ui = spec.ui_of(current)
    else:  # the index of the option itself (coerce made the value one), else the scan
        ui = spec.ids.get(id(current))
        if ui is None:
            ui = spec.to_ui(current)
    ctx.add_widget(
        "select_slider",
        wid,
        field_props(label, ui, disabled, help, label_visibility, by_code) + spec.props
        + widget_width("select_slider", width),
    )
    if param is not None:
        write(param, current, start, codec.show)
    return current


class _SelectSpec:
    """The checked options and value of one select_slider call, built once per distinct ones.

    Holds the converters as bound methods and the static props, so a call only looks it
    up, registers and splices in the current value.
    """

    __slots__ = ("coerce", "default", "default_ui", "from_ui", "ids", "labels", "pair", "props",
                 "to_ui", "ui_of")

    def __init__(self, convert: _SelectConverters, default_ui: Any) -> None:
        self.pair, self.ids = convert.pair, convert.ids
        self.coerce, self.to_ui = convert.coerce, convert.to_ui
        self.from_ui, self.ui_of = convert.from_ui, convert.ui_of
        self.labels, self.default_ui = convert.labels, default_ui
        self.default = convert.from_ui(default_ui)
        self.props = (("options", convert.labels),)


def _select_spec(cache_key: tuple[Any, ...], items: tuple[Any, ...], shown: Any, value: Any,
                 stored: Any) -> _SelectSpec:
    """Check one select_slider's options and value; memoise the result when that is safe."""
    opts = list(items)
    labels = shown if shown.__class__ is tuple else tuple(map(str, opts))
    if value is None:
        pair = _is_pair(stored, opts)  # False without a key (stored is _MISSING)
        default_ui: Any = (0, len(opts) - 1) if pair else 0
    elif _is_pair(value, opts):
        pair = True
        default_ui = tuple(sorted(_index_or_raise(opts, v, labels) for v in value))
    else:
        pair = False
        default_ui = _index_or_raise(opts, value, labels)
    spec = _SelectSpec(_SelectConverters(opts, labels, pair), default_ui)
    if cache_key and cacheable(items, value):  # () for a value from the query params
        if len(_SELECT_SPECS) > 4096:
            _SELECT_SPECS.clear()
        _SELECT_SPECS[cache_key] = spec
    return spec


_SELECT_SPECS: dict[tuple[Any, ...], _SelectSpec] = {}
# values register returns as stored; any other is a copy, so read the option itself
_AS_STORED = frozenset((str, int, bool, float, tuple, type(None)))


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
    i = rerun_twin(opts, v)  # an option object of an earlier run (a class the script defines)
    if i >= 0:
        return i
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
    """The option's index; Streamlit 1.67's own ValueError for a value not among them."""
    try:
        return _index_of(opts, v)
    except ValueError:
        raise ValueError(f"{v} is not in iterable") from None


def _shown(labels: tuple[str, ...]) -> str:
    head = ", ".join(map(repr, labels[:8]))
    return head + (f", ... ({len(labels)} options)" if len(labels) > 8 else "")


class _SelectConverters:
    """coerce / to_ui / from_ui of one select_slider: option(s) <-> index (or index pair).

    ``coerce`` runs on every run: a value that is one of the options (the very object,
    as session state holds it) is found through ``ids`` without scanning the options.
    """

    __slots__ = ("ids", "labels", "opts", "pair", "plain")

    def __init__(self, opts: list[Any], labels: tuple[str, ...], pair: bool) -> None:
        self.opts, self.labels, self.pair = opts, labels, pair
        ids: dict[int, int] = {}
        for i, option in enumerate(opts):
            ids.setdefault(id(option), i)  # the first index of each object, as _index_of
        self.ids = ids
        # no option can equal a tuple: a tuple of two options is a range, never an option
        self.plain = PLAIN_OPTIONS.issuperset(map(type, opts))

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

    def _fast_pair(self, v: Any) -> Any:
        """(i, j) when ``v`` is a tuple of two of the options themselves, in order; else None."""
        if self.plain and v.__class__ is tuple and len(v) == 2:
            ids = self.ids
            i, j = ids.get(id(v[0])), ids.get(id(v[1]))
            if i is not None and j is not None and i <= j:
                return (i, j)
        return None

    def coerce(self, v: Any) -> Any:
        """An option (or a pair of them); any other value falls back to the default, even
        one set through session state (Streamlit 1.67 resets it without an error)."""
        if self.pair:
            if self._fast_pair(v) is not None:
                return v
        elif id(v) in self.ids:  # one of the options itself
            return v
        try:
            indices = self._indices(v)
        except (TypeError, ValueError) as exc:
            raise PartlyFits(str(exc), DEFAULT, DEFAULT) from None
        fitted = self.from_ui(indices)
        if fitted is v or (self.pair and v.__class__ is tuple and v[0] is fitted[0] and v[1] is fitted[1]):
            return v
        return fitted

    def ui_of(self, v: Any) -> Any:
        """``to_ui`` of a value that came through ``coerce``, without scanning the options."""
        if self.pair:
            ui = self._fast_pair(v)
        else:
            ui = self.ids.get(id(v))
        return self._indices(v) if ui is None else ui

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
