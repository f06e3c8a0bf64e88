"""What the choice widgets (radio, selectbox, multiselect) work out from their arguments.

``Choices`` (choice_options.py) holds one call's options, their labels and the value
conversions between option objects and front-end indices. ``ChoiceSpec`` is everything
a call needs that depends only on its arguments; the ``*_spec`` functions memoise it per
distinct arguments when the options are plain values shown with ``str``, so a widget
call only looks it up and splices in its current value.
"""

from __future__ import annotations

from marshal import dumps as _dumps
from typing import Any

from rerunqt.core.choice_options import Choices, choices, over_max_message
from rerunqt.core.element import Props
from rerunqt.errors import (
    RerunQtAPIError,
    StreamlitDefaultNotInOptionsError,
    StreamlitInvalidParameterTypeError,
    default_missing,
    out_of_range,
)


def _check_index(kind: str, index: Any, count: int) -> int | None:
    """``index`` checked against the options; numpy ints and the like become ints."""
    if index is None or index.__class__ is int:
        pass
    elif isinstance(index, bool) or not hasattr(index, "__index__"):
        raise StreamlitInvalidParameterTypeError(  # Streamlit 1.67's words
            f"Invalid `index` type. Expected one of: int, None. Provided type: {type(index).__name__}.")
    else:
        index = index.__index__()
    if index is not None and count and not 0 <= index < count:
        raise out_of_range("index", index, 0, count - 1)  # Streamlit 1.67's words
    return index


def _captions(captions: Any, count: int) -> tuple[str, ...] | None:
    if captions is None:
        return None
    if isinstance(captions, str) or not hasattr(captions, "__iter__"):
        raise RerunQtAPIError(
            f"st.radio captions must be a list of strings (one per option), got {captions!r}."
        )
    out = tuple("" if c is None else str(c) for c in captions)
    # Streamlit 1.67 pairs captions with options by position: missing ones are blank,
    # extra ones unused (no error).
    return out[:count] + ("",) * (count - len(out))



def _default_indices(spec: Choices, default: Any) -> tuple[int, ...]:
    if default is None:
        return ()
    indices: list[int] = []
    for item in spec.as_list(default):
        try:
            i = spec.index_of(item)
        except ValueError:
            raise StreamlitDefaultNotInOptionsError(default_missing(item)) from None
        if i not in indices:
            indices.append(i)
    if spec.max_selections is not None and len(indices) > spec.max_selections:
        raise RerunQtAPIError(over_max_message(len(indices), spec.max_selections))
    return tuple(indices)


class ChoiceSpec:
    """What one call's choice arguments work out to, computed once per distinct arguments.

    ``identity`` and ``props`` are this kind's parts of the widget identity and of the
    element properties; ``default_front`` is the default as the front end shows it;
    ``plain`` says every option is a plain value (str, int, bool, None), so a copy of a
    selection holds the option objects themselves.
    """

    __slots__ = ("choices", "coerce", "default", "default_front", "default_given", "from_ui",
                 "identity", "plain", "props", "to_ui")

    def __init__(self, choices: Choices, default: Any, default_front: Any, default_given: bool,
                 identity: tuple[Any, ...], props: Props, many: bool) -> None:
        self.choices = choices
        self.default = default
        self.default_front = default_front
        self.default_given = default_given
        self.identity = identity
        self.props = props
        self.plain = set(map(type, choices.opts)) <= _PLAIN
        self.coerce = choices.coerce_many if many else choices.coerce_one
        self.from_ui = choices.from_indices if many else choices.from_index
        self.to_ui = choices.to_indices if many else choices.to_index


# Specs are memoised per distinct arguments. The options (and a default or captions)
# enter the cache key as their marshal serialisation: one C call that writes each value
# with its exact type, so 1, 1.0 and True, or "a" and a str subclass, never share a key,
# and that fails on anything else. (Its bytes may also differ for equal values, e.g. an
# interned string or one object given twice: that only costs a miss.) A spec is stored
# only when every option is a plain value in a list or tuple (see ``_PLAIN``): equal
# plain values of one type are the same option with the same label. Other calls build
# their spec every time, so the script always gets back its own option objects.
_PLAIN = frozenset((str, int, bool, type(None)))
_SEQUENCES = (list, tuple)
_SPECS_MAX = 2048
_RADIO_SPECS: dict[tuple[Any, ...], ChoiceSpec] = {}
_SELECTBOX_SPECS: dict[tuple[Any, ...], ChoiceSpec] = {}
_MULTISELECT_SPECS: dict[tuple[Any, ...], ChoiceSpec] = {}


def _all_plain(values: Any) -> bool:
    """``values`` is a list or tuple of plain values (see ``_PLAIN``)."""
    return values.__class__ in _SEQUENCES and set(map(type, values)) <= _PLAIN


def _remember(cache: dict[tuple[Any, ...], ChoiceSpec], cache_key: tuple[Any, ...],
              spec: ChoiceSpec) -> None:
    if len(cache) >= _SPECS_MAX:
        cache.clear()
    cache[cache_key] = spec


def radio_spec(options: Any, index: Any, format_func: Any, horizontal: bool,
               captions: Any) -> ChoiceSpec:
    """The ChoiceSpec of a radio call (``horizontal`` already a bool), memoised."""
    cache_key: tuple[Any, ...] | None = None
    if format_func is str and options.__class__ in _SEQUENCES:
        try:
            cache_key = (_dumps(options, 4), index.__class__, index, horizontal,
                         None if captions is None else _dumps(captions, 4))
            return _RADIO_SPECS[cache_key]
        except KeyError:
            pass
        except Exception:  # not marshal data (see _PLAIN), or an unhashable index
            cache_key = None
    spec = _single_spec("radio", choices("radio", options, format_func), index,
                        (horizontal, captions))
    if cache_key is not None and spec.plain and (captions is None or _all_plain(captions)):
        _remember(_RADIO_SPECS, cache_key, spec)
    return spec


def selectbox_spec(options: Any, index: Any, format_func: Any, placeholder: str) -> ChoiceSpec:
    """The ChoiceSpec of a selectbox call (``placeholder`` already a str), memoised."""
    cache_key: tuple[Any, ...] | None = None
    if format_func is str and options.__class__ in _SEQUENCES:
        try:
            cache_key = (_dumps(options, 4), index.__class__, index, placeholder)
            return _SELECTBOX_SPECS[cache_key]
        except KeyError:
            pass
        except Exception:  # not marshal data (see _PLAIN), or an unhashable index
            cache_key = None
    spec = _single_spec("selectbox", choices("selectbox", options, format_func), index,
                        (placeholder,))
    if cache_key is not None and spec.plain and placeholder.__class__ is str:
        _remember(_SELECTBOX_SPECS, cache_key, spec)
    return spec


def _single_spec(kind: str, found: Choices, index: Any, extra: tuple[Any, ...]) -> ChoiceSpec:
    """radio and selectbox: ``extra`` is (horizontal, captions) or (placeholder,)."""
    count = len(found.opts)
    checked = _check_index(kind, index, count)
    default = found.opts[checked] if checked is not None and count else None
    front = checked if checked is not None and count else None  # an option None is shown too
    if kind == "radio":
        horizontal, captions = extra
        caps = _captions(captions, count)
        identity: tuple[Any, ...] = (found.labels, checked, horizontal, caps)
        props: Props = (("options", found.labels), ("horizontal", horizontal),
                        ("captions", caps))
    else:
        identity = (found.labels, checked, *extra)
        props = (("options", found.labels), ("placeholder", extra[0]))
    return ChoiceSpec(found, default, front, checked is not None and checked != 0,
                      identity, props, many=False)


def multiselect_spec(options: Any, default: Any, format_func: Any, max_selections: int | None,
                     placeholder: str) -> ChoiceSpec:
    """The ChoiceSpec of a multiselect call (its other arguments already checked), memoised."""
    cache_key: tuple[Any, ...] | None = None
    if format_func is str and options.__class__ in _SEQUENCES:
        try:
            cache_key = (_dumps(options, 4), None if default is None else _dumps(default, 4),
                         max_selections, placeholder)
            return _MULTISELECT_SPECS[cache_key]
        except KeyError:
            pass
        except Exception:  # not marshal data (see _PLAIN)
            cache_key = None
    found = choices("multiselect", options, format_func, max_selections)
    indices = _default_indices(found, default)
    spec = ChoiceSpec(
        found, tuple(found.opts[i] for i in indices), indices, True if indices else False,
        (found.labels, indices, max_selections, placeholder),
        (("options", found.labels), ("max_selections", max_selections),
         ("placeholder", placeholder)),
        many=True,
    )
    if (cache_key is not None and spec.plain and placeholder.__class__ is str
            and (default.__class__ in _PLAIN or _all_plain(default))
            and (max_selections is None or max_selections.__class__ is int)):
        _remember(_MULTISELECT_SPECS, cache_key, spec)
    return spec
