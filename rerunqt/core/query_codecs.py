"""Text forms of slider, date, time and colour values for ``bind="query-params"``.

Query parameters are strings: numbers travel as their ``str``, dates and times in ISO
form (``2024-05-01``, ``08:30``, ``2024-05-01T08:30:00``), a colour as its six hex digits
without the ``#`` (a ``#`` would end a URL's query), and a range (a two-value slider or
date_input) as the key repeated, one value each, as a multiselect's options travel.
Reading accepts a range given as one comma-separated value too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any


def parser_like(sample: Any) -> Callable[[str], Any]:
    """How to read one value of the same type as ``sample`` (the widget's default)."""
    cls = sample.__class__
    if cls is bool:
        raise TypeError("a bool is not a slider value")
    if cls is int:
        return int
    if cls is float:
        return float
    if cls is datetime:
        return datetime.fromisoformat
    if cls is date:
        return date.fromisoformat
    if cls is time:
        return time.fromisoformat
    raise TypeError(f"no query-parameter form for {cls.__name__}")


def texts(values: list[str]) -> list[str]:
    """A range's values: the key repeated, or one value with commas between the parts."""
    if len(values) == 1 and "," in values[0]:
        return [part.strip() for part in values[0].split(",")]
    return values


def parse_like(values: list[str], sample: Any) -> Any:
    """The parameter's value shaped as ``sample``: one value, or a tuple for a range."""
    if isinstance(sample, (tuple, list)):
        parts = texts(values)
        if len(parts) != len(sample) or not sample:
            raise ValueError(f"expected {len(sample)} values, got {parts!r}")
        read = parser_like(sample[0])
        return tuple(read(text) for text in parts)
    return parser_like(sample)(values[-1])


def same_bounds(spec: Any, bound: Any) -> Any:
    """A slider spec built on a parameter's value, unless that value lay outside the bounds
    (which a script's value would widen): such a parameter is ignored."""
    if (bound.lo, bound.hi) != (spec.lo, spec.hi):
        raise ValueError(f"outside the slider's range {spec.lo!r} to {spec.hi!r}")
    return bound


def parse_dates(values: list[str], is_range: bool) -> Any:
    """A date_input's date, or its range of up to two dates (a list keeps it a range)."""
    if not is_range:
        return date.fromisoformat(values[-1].strip())
    parts = [text for text in texts(values) if text]
    if len(parts) > 2:
        raise ValueError(f"a date range holds at most 2 dates, got {parts!r}")
    return [date.fromisoformat(text) for text in parts]


def show_one(value: Any) -> str:
    if isinstance(value, time):
        return value.isoformat("minutes" if not value.second and not value.microsecond else "auto")
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def show_values(value: Any) -> list[str]:
    """The parameter's values for a widget value: one, or one per item of a range."""
    if isinstance(value, (tuple, list)):
        return [show_one(item) for item in value]
    return [show_one(value)]


def parse_color(values: list[str]) -> str:
    """``ff8800`` (as written) or ``#ff8800``; the colour check is the widget's."""
    text = values[-1].strip()
    return text if text.startswith("#") else "#" + text


def show_color(value: Any) -> list[str]:
    return [str(value).lstrip("#")]


def parse_int(values: list[str]) -> int:
    return int(values[-1].strip())


class LabelCodec:
    """Options travel as their shown labels (``str(format_func(option))``)."""

    def __init__(self, options: tuple[Any, ...], labels: list[str]) -> None:
        self.options = options
        self.labels = labels

    def one(self, values: list[str]) -> Any:
        return self.options[self.labels.index(values[-1])]

    def pair(self, values: list[str]) -> tuple[Any, ...]:
        parts = texts(values)
        if len(parts) != 2:
            raise ValueError(f"a range needs two options, got {parts!r}")
        return tuple(self.options[self.labels.index(text)] for text in parts)

    def show(self, value: Any) -> list[str]:
        items = value if isinstance(value, tuple) else (value,)
        return [self.labels[self.options.index(item)] for item in items]
