"""The text plotly writes on each bar: ``text`` and ``texttemplate`` (``px.bar(text_auto=True)``
is ``"%{y}"``, ``text_auto=".2s"`` ``"%{y:.2s}"``), Qt-free.

A template's ``%{field}`` or ``%{field:format}`` takes the point's value of that field
(x, y, value, label, text...), a number written with its d3 format when it has one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from rerunqt.core import plotly_values as pv

_FIELD = re.compile(r"%\{([\w.\[\]]+)(?::([^}]*))?\}")


def _number(value: Any, fmt: str | None) -> str:
    if isinstance(value, (float, int, np.floating, np.integer)) and not isinstance(value, bool):
        if fmt:
            from rerunqt.core.d3_format import formatter

            try:  # plotly.js' d3-format writes a hyphen, not the axes' minus sign
                return formatter(fmt)(float(value)).replace("\u2212", "-")
            except ValueError:
                pass
        number = float(value)
        if number.is_integer() and abs(number) < 1e21:
            return str(int(number))
        return np.format_float_positional(number, trim="-")  # the shortest that reads back
    return str(value)


def point_texts(spec: Mapping[str, Any], fields: Mapping[str, Sequence[Any]], count: int) -> tuple[str, ...]:
    """Each point's text: its ``texttemplate`` filled in, else its ``text``; () for none."""
    given = pv.array(spec.get("text"))
    texts = [str(v) for v in given.ravel().tolist()] if given is not None and given.ndim >= 1 else []
    if (given is not None and given.ndim == 0) or isinstance(spec.get("text"), str):
        texts = [str(spec.get("text"))] * count
    template = spec.get("texttemplate")
    if isinstance(template, str) and template:
        values = {**fields, "text": texts}

        def fill(i: int) -> str:
            def field(found: re.Match[str]) -> str:
                column = values.get(found.group(1))
                return _number(column[i], found.group(2)) if column is not None and i < len(column) else ""
            return _FIELD.sub(field, template)

        return tuple(pv.text(fill(i)) for i in range(count))
    if not any(texts):
        return ()
    return tuple(texts[i] if i < len(texts) else "" for i in range(count))


__all__ = ["point_texts"]
