"""What a configured column of st.data_editor accepts: its checks, apart from the widget.

It exists so the API call (bad column_config: a clear error naming the parameter), the
delta check (a value from AppTest or session state) and the Qt cell editors share one
reading of TextColumn / LinkColumn ``max_chars`` and ``validate``, and of the date
columns' ``min_value`` / ``max_value`` / ``step`` / ``timezone``.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Mapping
from datetime import date, time, timedelta
from typing import Any

from rerunqt.core.cell_dates import DATE_KINDS, check_bounds, zone
from rerunqt.errors import RerunQtAPIError

# Streamlit's docs: charts, images, progress bars and JSON are not editable (yet); a
# ListColumn of text is ("users can freely type in new options and remove existing ones")
READ_ONLY_TYPES = frozenset({"progress", "line_chart", "bar_chart", "area_chart", "image", "json"})


def check_type_config(column: str, config: Mapping[str, Any]) -> dict[str, Any]:
    """A column's type_config, checked; RerunQtAPIError naming the column and option."""
    out = dict(config)

    def bad(option: str, why: str) -> RerunQtAPIError:
        return RerunQtAPIError(f"st.data_editor column_config[{column!r}] {option}={out[option]!r} "
                               f"is not valid: {why}.")

    kind = out.get("type")
    if out.get("max_chars") is not None and (out["max_chars"].__class__ is not int or out["max_chars"] < 1):
        raise bad("max_chars", "use a positive int")
    if out.get("validate") is not None:
        try:
            re.compile(str(out["validate"]))
        except re.error as exc:
            raise bad("validate", f"not a regular expression ({exc})") from None
    if kind in DATE_KINDS:
        step = out.get("step")
        if isinstance(step, timedelta):
            out["step"] = step = step.total_seconds()
        if step is not None and (isinstance(step, bool) or not isinstance(step, (int, float)) or step <= 0):
            raise bad("step", "use a positive number of seconds or a timedelta")
        wanted = time if kind == "time" else date
        for option in ("min_value", "max_value", "default"):
            value = out.get(option)
            if isinstance(value, str):
                from rerunqt.core.cell_dates import typed_cell

                try:
                    out[option] = value = typed_cell(kind, value)
                except ValueError as exc:
                    raise bad(option, str(exc)) from None
            if value is not None and not isinstance(value, wanted):
                raise bad(option, f"use a {wanted.__name__ if kind != 'datetime' else 'datetime'}")
        if out.get("timezone") is not None:
            try:
                zone(str(out["timezone"]))
            except ValueError as exc:
                raise bad("timezone", str(exc)) from None
    return out


def check_cell(kind: str, config: Mapping[str, Any], value: Any) -> None:
    """ValueError when a (parsed) cell breaks its column's rules."""
    limit = config.get("max_chars")
    if limit is not None and isinstance(value, str) and kind == "str" and len(value) > limit:
        raise ValueError(f"{value!r} is longer than max_chars={limit}")
    pattern = config.get("validate")
    if pattern is not None and isinstance(value, str) and kind == "str" and not re.search(pattern, value):
        raise ValueError(f"{value!r} does not match validate={pattern!r}")
    if kind in DATE_KINDS and isinstance(value, str):
        check_bounds(kind, value, config.get("min_value"), config.get("max_value"))


def step_decimals(step: Any) -> int | None:
    """The decimals a NumberColumn ``step`` allows (0.5: 1, 0.01: 2, 1: 0); None without one."""
    if step.__class__ is bool or not isinstance(step, (int, float)) or not math.isfinite(step):
        return None
    if float(step).is_integer():
        return 0
    text = repr(float(step))
    if "e" in text:
        text = f"{float(step):.20f}".rstrip("0")
    return len(text.partition(".")[2])


def typed_number(kind: str, config: Mapping[str, Any], value: Any) -> Any:
    """A number typed or pasted into a cell, as Streamlit's NumberColumn takes it: above
    ``max_value`` it becomes ``max_value``; below ``min_value`` it is refused (ValueError);
    a float is cut (not rounded) to the ``step``'s decimals. Other cells pass unchanged.

    Only the grid does this (Streamlit's Python side takes a delta's numbers as given).
    """
    if kind not in ("int", "float") or value is None or value.__class__ is bool \
            or config.get("type") not in (None, "number"):
        return value
    high, low = config.get("max_value"), config.get("min_value")
    if high is not None and value > high:
        value = int(high) if kind == "int" else float(high)
    if low is not None and value < low:
        raise ValueError(f"{value!r} is less than min_value={low!r}")
    decimals = step_decimals(config.get("step"))
    if kind == "float" and decimals is not None and math.isfinite(value):
        factor = 10 ** decimals
        shifted = value * factor  # nudged so 451.9999... cuts to 452, as the grid does
        shifted += math.copysign(sys.float_info.epsilon * abs(shifted) * 10, shifted)
        value = math.trunc(shifted) / factor
    return value
