"""List cells (ListColumn, MultiselectColumn, list-valued columns) as chips, Qt-free.

It exists so st.dataframe and st.data_editor agree on which columns Streamlit's grid draws
as chips (its ``multi-select-cell``) and on each chip's label and colour: a
MultiselectColumn's option label (``format_func``) and option colour.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np

from rerunqt.core.frame_text import is_missing

CHIP_TYPES = frozenset({"list", "multiselect"})
_SAMPLE = 20


def items(value: Any) -> list[Any] | None:
    """A cell's list items; None for a missing or non-list value. A set is a list too (Arrow
    sends it as one, so Streamlit's grid draws its items as chips)."""
    if isinstance(value, (list, tuple)) or value.__class__ is set:
        return list(value)
    if isinstance(value, np.ndarray):
        return value.tolist()
    return None


def holds_lists(values: Any) -> bool:
    """An untyped column whose (sampled) values are all lists: Streamlit shows it as a ListColumn."""
    seen = False
    for value in itertools.islice(values, _SAMPLE):
        if items(value) is not None:
            seen = True
        elif not is_missing(value):
            return False
    return seen


def option_table(options: Iterable[Any] | None, color: Any,
                 format_func: Callable[[Any], Any] | None) -> tuple[tuple[str, str, str | None], ...]:
    """MultiselectColumn's options as (value, label, colour) rows, as Streamlit builds them:
    one colour for all, or colours cycled over the options."""
    if options is None:
        return ()
    if color is None:
        colours: Iterable[Any] = itertools.repeat(None)
    elif isinstance(color, str):
        colours = itertools.repeat(color)
    else:
        colours = itertools.cycle(list(color) or [None])
    return tuple((str(value), str(format_func(value)) if format_func else str(value), shade)
                 for value, shade in zip(options, colours))


def chips(value: Any, table: tuple[tuple[str, str, str | None], ...] = ()) -> list[tuple[str, str | None]]:
    """A cell's chips: (label, colour name or None); "auto" colours become "auto:<n>" (the
    n-th option with an automatic colour, which picks a chart colour)."""
    listed = items(value)
    if listed is None:
        return []
    autos: dict[str, int] = {}
    for row_value, _, shade in table:
        if shade == "auto":
            autos[row_value] = len(autos)
    by_value = {row_value: (label, shade) for row_value, label, shade in table}
    out = []
    for item in listed:
        text = str(item.item() if isinstance(item, np.generic) else item).strip()
        label, shade = by_value.get(text, (text, None))
        if shade == "auto":
            shade = f"auto:{autos[text]}"
        out.append((label, shade))
    return out


def option_label(options: Any, labels: Any, value: Any) -> str | None:
    """A SelectboxColumn cell's ``format_func`` label: the label of the option equal to the
    value (Streamlit's grid shows it in place of the value); None when none matches."""
    if not options or not labels:
        return None
    for option, label in zip(options, labels):
        try:
            if option == value and (option.__class__ is bool) == (value.__class__ is bool):
                return str(label)
        except (TypeError, ValueError):  # an array cell
            return None
    return None
