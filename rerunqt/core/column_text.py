"""What a cell of a configured column shows (st.column_config types), Qt-free.

It exists so the Qt model and AppTest agree on, e.g., a NumberColumn's ``format``, a
DateColumn's momentjs format, a LinkColumn's display text, a list's items.
None means: the column type adds nothing, show the plain text.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time
from typing import Any
from urllib.parse import unquote

import numpy as np

from rerunqt.core.cell_dates import as_python, date_text, parsed_text, step_format
from rerunqt.core.durations import DURATION_FORMATS, duration_cell, seconds_of
from rerunqt.core.frame_columns import ColumnSpec
from rerunqt.core.frame_text import MISSING, is_decimal, is_missing
from rerunqt.core.number_format import column_number_text

NUMERIC_TYPES = frozenset({"number", "progress"})
CHART_TYPES = frozenset({"line_chart", "bar_chart", "area_chart"})
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
# Streamlit's grid (toSafeBoolean): the words a CheckboxColumn reads as checked / unchecked
_TRUE_WORDS = frozenset({"true", "t", "yes", "y", "on", "1"})
_FALSE_WORDS = frozenset({"false", "f", "no", "n", "off", "0"})
NOT_BOOLEAN = object()


def as_boolean(value: Any) -> Any:
    """A CheckboxColumn cell as Streamlit's grid reads it: True / False (bools, and words
    such as "yes" / "no" / "0"), None when empty or missing, NOT_BOOLEAN otherwise (the
    grid then shows the value's text instead of a check box)."""
    value = plain(value)
    if value is None or value is True or value is False:
        return value
    if is_missing(value):
        return None
    word = str(value).strip().lower()
    if not word:
        return None
    return True if word in _TRUE_WORDS else False if word in _FALSE_WORDS else NOT_BOOLEAN


def holds_booleans(values: Any, sample: int = 200) -> bool:
    """An untyped object column of booleans with gaps (``[True, None]``): Arrow reads it as
    booleans, so Streamlit's grid shows check boxes, as for a bool column."""
    seen = False
    for value in values[:sample]:
        if value is True or value is False or isinstance(value, np.bool_):
            seen = True
        elif not is_missing(value):
            return False
    return seen


def holds_numbers(values: Any, sample: int = 200) -> bool:
    """An object column of numbers (ints, floats, ``decimal.Decimal``; gaps allowed, no
    bools): Arrow types it as numbers, which Streamlit's grid and table align right."""
    seen = False
    for value in values[:sample]:
        if is_missing(value):
            continue
        if isinstance(value, (bool, np.bool_)) or not (
                isinstance(value, (int, float, np.integer, np.floating)) or is_decimal(value)):
            return False
        seen = True
    return seen


def plain(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value


def link_text(display_text: str, url: str) -> str:
    """A LinkColumn cell: the fixed text, or the first capture group of a regex (one with
    parentheses) matched against the URL; the URL itself when the regex does not match."""
    if "(" not in display_text:
        return display_text
    try:
        match = re.search(display_text, url)
    except re.error:
        return display_text
    if match is None or not match.groups() or match.group(1) is None:
        return url
    return unquote(match.group(1))


def coerced(kind: str, value: Any) -> Any:
    """A text cell read as its column type, as Streamlit's grid reads it (toSafeNumber,
    toSafeArray): "200" in a Number/ProgressColumn is 200; "a,b" or "[1, 2]" in a List or
    chart column is a list. Anything else (and what does not parse) is left as it is."""
    if not isinstance(value, str):
        return value
    if kind in NUMERIC_TYPES:
        try:
            return float(value.strip())
        except ValueError:
            return value
    if kind in CHART_TYPES or kind in ("list", "multiselect"):
        text = value.strip()
        if text.startswith("["):
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
            if isinstance(parsed, list):
                return parsed
        items = [item.strip() for item in text.split(",")] if text else []
        return items if kind not in CHART_TYPES else [_number(item) for item in items]
    return value


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("nan")


def styler_text_wins(spec: ColumnSpec) -> bool:
    """Whether a Styler's text shows in this configured column of st.dataframe: Streamlit's
    grid writes it in a date, time or datetime column unless the column has a format."""
    return spec.type in ("date", "time", "datetime") and not spec.option("format")


def spec_text(spec: ColumnSpec, value: Any) -> str | None:
    kind = spec.type
    if kind == "auto" or kind == "text" or kind == "checkbox" or kind in CHART_TYPES:
        return None
    if kind == "number" and seconds_of(value) is not None:  # a timedelta column
        return timedelta_text(value, spec.option("format"), spec.option("step"))
    value = as_python(value) if isinstance(value, np.datetime64) else coerced(kind, plain(value))
    if kind in NUMERIC_TYPES:
        if is_missing(value) or not isinstance(value, (int, float)) or isinstance(value, bool):
            return None
        try:
            return column_number_text(value, spec.option("format"), spec.option("step"),
                                      isinstance(value, int), progress=kind == "progress")
        except (TypeError, ValueError):
            return None
    if kind in ("date", "time", "datetime"):
        if isinstance(value, str):  # text cells: read as Streamlit's toSafeDate reads them
            value = parsed_text(value) or value
            if kind == "date" and isinstance(value, time):
                return None
        dated = isinstance(value, (date, time, datetime, np.datetime64)) or hasattr(value, "to_pydatetime")
        if is_missing(value) or not dated:
            return None
        try:
            fmt = spec.option("format") or step_format(kind, spec.option("step"))
            return date_text(value, kind, fmt, spec.option("timezone"))
        except (TypeError, ValueError, KeyError):
            return None
    if kind == "selectbox":
        from rerunqt.core.list_cells import option_label

        return option_label(spec.option("options"), spec.option("option_labels"), value)
    if kind == "link":
        shown = spec.option("display_text")
        if shown is None or is_missing(value):
            return None
        return link_text(shown, str(value))
    if kind == "button":  # one label, or a list of them (one per action)
        from rerunqt.core.md_directives import short_codes

        if is_missing(value):
            return None
        labels = value if isinstance(value, (list, tuple, np.ndarray)) else [value]
        return "  ".join(short_codes(str(plain(v))).strip() for v in labels)
    if kind in ("list", "multiselect"):
        if isinstance(value, (list, tuple, np.ndarray)):
            return ", ".join(str(plain(v)) for v in value)
        return None
    if kind == "markdown":  # Streamlit's grid: the source as plain text, its line breaks as spaces
        return markdown_cell(value) if isinstance(value, str) and ("\n" in value or "\r" in value) else None
    if kind == "json":
        if is_missing(value):
            return MISSING
        if isinstance(value, str):  # Streamlit's toJsonString: a text as written, on one line
            return " ".join(value.splitlines()) if "\n" in value or "\r" in value else value
        from rerunqt.core.table_text import json_text

        return json_text(value)  # JSON.stringify's: no spaces
    return None


def timedelta_text(value: Any, fmt: str | None, step: float | None) -> str | None:
    """A timedelta under a NumberColumn: humanized, a clock or a short duration, or another
    number format applied to its seconds ("%d s"), as Streamlit 1.67's grid."""
    seconds = seconds_of(value)
    if seconds is None:
        return None
    if not fmt or fmt in DURATION_FORMATS:
        return duration_cell(seconds, fmt)
    try:
        return column_number_text(seconds, fmt, step, False)
    except (TypeError, ValueError):
        return None


def markdown_cell(source: str) -> str:
    """A MarkdownColumn cell as Streamlit's grid draws it: the Markdown source as written,
    on one line (the rendered Markdown shows only in the overlay a click opens)."""
    return one_line(source)


def one_line(text: str) -> str:
    """A grid cell's text as Streamlit's text and object columns draw it: each line break a
    space, so a cell shows all its text in its row (the overlay a click opens keeps them)."""
    return _LINE_BREAK.sub(" ", text) if "\n" in text or "\r" in text else text


def chart_values(value: Any) -> tuple[float, ...]:
    """A chart cell's numbers (a list, array or Series); () when it holds none."""
    if value is None or isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
        return ()
    out = []
    for item in value:
        try:
            out.append(float(item))
        except (TypeError, ValueError):
            out.append(float("nan"))
    return tuple(out)
