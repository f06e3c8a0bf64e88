"""Durations in table columns as Streamlit 1.67's grid writes them, Qt-free.

A NumberColumn with ``format="duration"`` reads its numbers as seconds and humanizes
them ("2 minutes"); a timedelta column is humanized by default, an elapsed-time clock
with ``"compact"`` ("72:00:00"), the browser's short duration with ``"localized"``
("1 min, 30 sec"), and any other number format applies to its seconds.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

DURATION_FORMATS = frozenset({"duration", "compact", "localized"})
_DIGITS = 6  # rerunqt keeps timedeltas in microseconds
_SHORT = (("day", 86400, " day", " days"), ("hour", 3600, " hr", " hr"), ("minute", 60, " min", " min"),
          ("second", 1, " sec", " sec"))


def seconds_of(value: Any) -> float | None:
    """A timedelta (Python, numpy or pandas) as seconds; None if ``value`` is not one."""
    if isinstance(value, timedelta):  # pandas' Timedelta too
        return value.total_seconds()
    if type(value).__name__ == "timedelta64":
        import numpy as np

        return None if np.isnat(value) else float(value / np.timedelta64(1, "s"))
    return None


def _split(seconds: float) -> tuple[int, int]:
    """Whole seconds and the fraction in microseconds, rounded as the grid rounds them."""
    whole = math.floor(seconds)
    ticks = round((seconds - whole) * 10 ** _DIGITS)
    if ticks == 10 ** _DIGITS:
        whole, ticks = whole + 1, 0
    return whole, ticks


def clock_text(seconds: float) -> str:
    """"compact": hours (not wrapped at 24), minutes and seconds, and the fraction's digits."""
    whole, ticks = _split(seconds)
    fraction = f".{ticks:0{_DIGITS}d}".rstrip("0") if ticks else ""
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}{fraction}"


def short_text(seconds: float) -> str:
    """"localized": Intl.DurationFormat's short style in US English ("1 hr, 30 min", "0 sec")."""
    whole, ticks = _split(seconds)
    parts = []
    for _name, size, one, many in _SHORT:
        count, whole = divmod(whole, size)
        if count:
            parts.append(f"{count}{one if count == 1 else many}")
    if ticks:
        millis, micros = divmod(ticks, 1000)
        parts += [f"{millis} ms"] if millis else []
        parts += [f"{micros} μs"] if micros else []
    return ", ".join(parts) or "0 sec"


def duration_cell(seconds: float, fmt: str | None) -> str:
    """A duration (in seconds) in one of the grid's duration modes (None / "" / "duration",
    "compact", "localized"), negatives with a leading "-"."""
    from rerunqt.core.frame_text import duration_text  # momentjs' humanize()

    if not math.isfinite(seconds):
        return str(seconds)
    if fmt == "compact":
        text = clock_text(abs(seconds))
    elif fmt == "localized":
        text = short_text(abs(seconds))
    else:
        return duration_text(seconds)
    return f"-{text}" if seconds < 0 else text
