"""The options of one choice-widget call: their labels, and value <-> index conversions.

``Choices`` holds one call's options and labels and converts between the option objects
(session state, the script) and the indices the front end exchanges; ``choices()``
checks the arguments and builds it. ChoiceSpec (choice_spec.py) is built on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum, EnumMeta
from typing import Any

from rerunqt.errors import DEFAULT, PartlyFits, RerunQtAPIError, short_repr

_SHOWN_MAX = 10  # options listed in an error message


class Choices:
    """The options of one call: the objects, their labels, and the value conversions.

    Its bound methods are the widget's ``coerce``/``from_ui``/``to_ui``. Shared between
    calls (and sessions) only for plain options (see ``_PLAIN``), so it holds no per-widget
    state except ``last``, a memo checked by identity before use.
    """

    __slots__ = ("kind", "labels", "last", "max_selections", "opts")

    def __init__(self, kind: str, opts: tuple[Any, ...], labels: tuple[str, ...],
                 max_selections: int | None = None) -> None:
        self.kind = kind
        self.opts = opts
        self.labels = labels
        self.max_selections = max_selections
        self.last: tuple[Any, tuple[int, ...]] = (None, ())  # coerce_many's last (list, indices)

    # ----- finding an option -----
    def index_of(self, value: Any) -> int:
        """The index of ``value`` among the options (the option itself, or one equal to it).

        A string that is not an option but is exactly one option's label also names it.
        Raises ValueError naming the allowed options.
        """
        opts = self.opts
        try:
            i = opts.index(value)  # C speed: identity first, then ==
        except Exception:  # not found, or an ambiguous comparison (numpy, pandas)
            i = _scan(opts, value)
        else:
            found = opts[i]
            if found is not value and type(found) is not type(value):
                i = _exact(opts, value, i)  # 1 == True == 1.0: prefer the option of value's type
            return i
        if i < 0 and value.__class__ is str and self.labels.count(value) == 1:
            i = self.labels.index(value)
        if i < 0:
            i = rerun_twin(opts, value)
        if i < 0:
            raise ValueError(f"{value!r} is not one of the options {self.shown()}")
        return i

    def shown(self) -> str:
        """The options as the user sees them, for messages."""
        labels = self.labels
        listed = ", ".join(map(repr, labels[:_SHOWN_MAX]))
        more = f", ... ({len(labels)} in all)" if len(labels) > _SHOWN_MAX else ""
        return f"[{listed}{more}]"

    def _index(self, i: Any) -> int:
        """A front-end index, checked."""
        if i.__class__ is not int or not 0 <= i < len(self.opts):
            raise IndexError(f"option index {i!r} is out of range")
        return i

    # ----- radio and selectbox: option <-> index -----
    def coerce_one(self, value: Any) -> Any:
        """One of the options (or None); any other value falls back to the widget's default,
        even one set through session state (Streamlit 1.67 resets it without an error)."""
        if value is None:
            return None
        opts = self.opts
        try:  # the fast path: the value is already an option object (index_of's first step)
            if opts[opts.index(value)] is value:
                return value
        except Exception:
            pass
        try:
            return opts[self.index_of(value)]
        except ValueError as exc:
            raise PartlyFits(str(exc), DEFAULT, DEFAULT) from None

    def from_index(self, i: Any) -> Any:
        return None if i is None else self.opts[self._index(i)]

    def to_index(self, value: Any) -> int | None:
        return None if value is None else self.index_of(value)

    # ----- multiselect: list of options <-> tuple of indices -----
    def coerce_many(self, value: Any) -> list[Any]:
        """A list of options, each among the options, at most ``max_selections`` of them."""
        opts = self.opts
        if value.__class__ is list:  # the fast path: already a list of distinct option objects
            if not value:
                return value  # indices_of needs no memo for it
            fits: list[int] = []
            for item in value:
                try:
                    i = opts.index(item)
                except Exception:
                    break
                if opts[i] is not item or i in fits:
                    break
                fits.append(i)
            else:
                limit = self.max_selections
                if limit is None or len(fits) <= limit:
                    self.last = (value, tuple(fits))
                    return value
        try:
            indices = self._indices(value, over_max_message)
        except ValueError as exc:  # the items still among the options are kept
            raise self._unfit(value, exc) from None
        if not (value.__class__ is list and len(value) == len(indices) and all(
                v is opts[i] for v, i in zip(value, indices))):
            value = [opts[i] for i in indices]
        self.last = (value, indices)  # the widget's props need the indices too
        return value

    def _unfit(self, value: Any, exc: ValueError) -> PartlyFits:
        """What a list that is not all options becomes: its items that are options.

        Set through session state, as in Streamlit 1.67: a value that is not a list
        (None, a number) or holds more than ``max_selections`` items is an error; else
        the items that are not options are dropped without one.
        """
        kept = self.still_valid(value)
        if value is None or not (isinstance(value, (str, bytes)) or hasattr(value, "__iter__")):
            return PartlyFits(f"expected a list of options, got {short_repr(value)}", kept)
        limit = self.max_selections
        count = len(value) if hasattr(value, "__len__") else len(self.as_list(value))
        if limit is not None and count > limit:
            return PartlyFits(over_max_message(count, limit), kept)
        return PartlyFits(str(exc), kept, kept)

    def still_valid(self, value: Any) -> list[Any]:
        """The items of ``value`` that are still options, in their order (as Streamlit 1.67
        keeps a multiselect's selection when its options change), up to ``max_selections``."""
        kept: list[int] = []
        for item in self.as_list(value):
            try:
                i = self.index_of(item)
            except ValueError:
                continue
            if i not in kept:
                kept.append(i)
        limit = self.max_selections
        return [self.opts[i] for i in (kept if limit is None else kept[:limit])]

    def indices_of(self, value: list[Any]) -> tuple[int, ...]:
        """The front-end value of a list ``coerce_many`` just returned (or any list)."""
        if not value:
            return ()
        last, indices = self.last
        if last is value and len(indices) == len(value):
            return indices
        return self.to_indices(value)

    def from_indices(self, indices: Any) -> list[Any]:
        if not isinstance(indices, (tuple, list)):
            raise TypeError(f"expected a tuple of option indices, got {indices!r}")
        checked = [self._index(i) for i in indices]
        if len(set(checked)) != len(checked):
            raise ValueError(f"an option is selected twice in {indices!r}")
        self._check_count(len(checked), _too_many)
        return [self.opts[i] for i in checked]

    def to_indices(self, value: Any) -> tuple[int, ...]:
        return self._indices(value, _too_many)

    def _indices(self, value: Any, too_many: Callable[[int, int], str]) -> tuple[int, ...]:
        indices: list[int] = []
        for item in self.as_list(value):
            i = self.index_of(item)
            if i not in indices:
                indices.append(i)
        self._check_count(len(indices), too_many)
        return tuple(indices)

    def as_list(self, value: Any) -> list[Any]:
        """A multiselect value as a list: None is nothing, a single option is one item."""
        if value is None:
            return []
        if value.__class__ is list:
            return value
        if isinstance(value, (str, bytes)):
            return [value]
        try:
            self.index_of(value)
        except ValueError:
            pass
        else:
            return [value]  # an option that is itself a tuple, say
        if hasattr(value, "__iter__"):
            return list(value)
        return [value]

    def _check_count(self, count: int, too_many: Callable[[int, int], str]) -> None:
        limit = self.max_selections
        if limit is not None and count > limit:
            raise ValueError(too_many(count, limit))


def _scan(opts: tuple[Any, ...], value: Any) -> int:
    """Find ``value`` when ``tuple.index`` could not: identity, then tolerant ``==``."""
    for i, option in enumerate(opts):
        if option is value:
            return i
    for i, option in enumerate(opts):
        try:
            if bool(option == value):
                return i
        except Exception:
            continue
    return -1


def rerun_twin(opts: Sequence[Any], value: Any) -> int:
    """The option that is ``value`` from an earlier run of the script, if one is.

    A class defined in the script is a new class on every run, so last run's option
    (an Enum member, a dataclass, a plain object) equals no option of this run: match
    the same-named class by member name (Enum) or by attributes.
    """
    cls = type(value)
    if cls.__module__ == "builtins":
        return -1
    for i, option in enumerate(opts):
        kind = type(option)
        if kind is cls or kind.__qualname__ != cls.__qualname__ or kind.__module__ != cls.__module__:
            continue
        try:
            if isinstance(value, Enum):
                if option.name == value.name:
                    return i
            elif vars(option) == vars(value):
                return i
        except Exception:
            continue
    return -1


def _exact(opts: tuple[Any, ...], value: Any, fallback: int) -> int:
    kind = type(value)
    for i, option in enumerate(opts):
        if type(option) is kind:
            try:
                if bool(option == value):
                    return i
            except Exception:
                continue
    return fallback


def over_max_message(count: int, limit: int) -> str:
    noun = "option" if count == 1 else "options"
    limit_noun = "option" if limit == 1 else "options"
    return (
        f"Multiselect has {count} {noun} selected but max_selections is set to {limit}. "
        f"This happened because you either gave too many options to `default` or set too "
        f"many through st.session_state. Please select at most {limit} {limit_noun}."
    )


def _too_many(count: int, limit: int) -> str:
    return f"{count} options selected, but max_selections is {limit}"


def choices(kind: str, options: Any, format_func: Callable[[Any], Any],
            max_selections: int | None = None) -> Choices:
    """Check ``options`` and ``format_func`` and build the call's Choices."""
    opts = _as_tuple(kind, options)
    if format_func is str:
        labels = tuple(map(str, opts))
    elif not callable(format_func):
        raise RerunQtAPIError(
            f"st.{kind} format_func must be a function, got {type(format_func).__name__} "
            f"{format_func!r}."
        )
    else:
        labels = tuple(str(format_func(option)) for option in opts)
    return Choices(kind, opts, labels, max_selections)


def _as_tuple(kind: str, options: Any) -> tuple[Any, ...]:
    cls = options.__class__
    if cls is tuple:
        return options
    if cls is list:
        return tuple(options)
    if options is None:  # Streamlit 1.67 draws no options (data not loaded yet)
        return ()
    if isinstance(options, (str, int, float)):  # a single option, as Streamlit wraps it
        return (options,)
    if isinstance(options, EnumMeta):
        return enum_options(options)
    if cls.__name__ == "DataFrame" and hasattr(options, "iloc"):  # pandas: the first column
        options = options.iloc[:, 0] if len(options.columns) else ()
    elif hasattr(options, "to_list") and hasattr(options, "dtype"):  # Series/Index: plain values
        options = options.to_list()
    elif hasattr(options, "tolist") and hasattr(options, "dtype"):  # numpy array: plain values
        options = array_list(options)
    if options is None or isinstance(options, (bytes, int, float)) or not hasattr(options, "__iter__"):
        raise RerunQtAPIError(
            f"st.{kind} options must be an iterable (a list, tuple, range, dict, set, "
            f"pandas Series...), got {type(options).__name__} {options!r}."
        )
    return tuple(options)


def enum_options(options: EnumMeta) -> tuple[Any, ...]:
    """An Enum class's members; a str Enum's (``class Mode(str, Enum)``) as their values,
    as Streamlit 1.67 offers them (shown and returned as plain strings)."""
    members: list[Enum] = list(options)
    return tuple(member.value if isinstance(member, str) else member for member in members)


def array_list(array: Any) -> list[Any]:
    """A numpy array's items as Python values (``np.int64(1)`` -> ``1``), as Streamlit gives
    them back; datetime64/timedelta64 items become pandas Timestamps/Timedeltas when
    pandas is installed (as in Streamlit), else stay numpy's."""
    if getattr(array, "ndim", 1) != 1:
        return list(array)
    kind = getattr(array.dtype, "kind", "")
    if kind in ("M", "m"):
        try:
            import pandas
        except ImportError:
            return list(array)
        return list(pandas.Series(array).to_list())
    return list(array.tolist())
