"""d3's tick values and nice domains for a continuous axis (Qt-free).

Vega asks its linear scales for about ``ceil(length / 40)`` ticks (Vega-Lite's default
tickCount: one per 40 pixels) and d3 puts them on steps of 1, 2 or 5 times a power of
ten; its ``nice`` widens a domain to such steps (as Vega-Lite's ``scale.nice``). A log
scale's ticks are d3's too: every 1..9 times a power of ten, labelled only where room.
"""

from __future__ import annotations

import math

_E10, _E5, _E2 = math.sqrt(50), math.sqrt(10), math.sqrt(2)


def tick_count(pixels: float, min_step: float | None = None, span: float = 0.0) -> int:
    """Vega-Lite's default count (one per 40 px), fewer when ``min_step`` (tickMinStep)
    would be broken: at most ``floor(span / min_step) + 1``."""
    count = max(1, math.ceil(pixels / 40))
    if min_step:
        count = min(count, math.floor(span / min_step or 1) + 1)
    return count


def _spec(start: float, stop: float, count: float) -> tuple[int, int, float]:
    step = (stop - start) / max(0.0, count)
    if not step or not math.isfinite(step):
        return 0, -1, 0.0
    power = math.floor(math.log10(step))
    error = step / 10 ** power
    factor = 10 if error >= _E10 else 5 if error >= _E5 else 2 if error >= _E2 else 1
    if power < 0:
        inc = 10 ** -power / factor
        i1, i2 = round(start * inc), round(stop * inc)
        if i1 / inc < start:
            i1 += 1
        if i2 / inc > stop:
            i2 -= 1
        inc = -inc
    else:
        inc = 10 ** power * factor
        i1, i2 = round(start / inc), round(stop / inc)
        if i1 * inc < start:
            i1 += 1
        if i2 * inc > stop:
            i2 -= 1
    if i2 < i1 and 0.5 <= count < 2:
        return _spec(start, stop, count * 2)
    return i1, i2, inc


def ticks(start: float, stop: float, count: float) -> list[float]:
    """d3's ``ticks``: round values from ``start`` to ``stop``, about ``count`` of them."""
    if count <= 0 or not (math.isfinite(start) and math.isfinite(stop)):
        return []
    if start == stop:
        return [start]
    reverse = stop < start
    i1, i2, inc = _spec(stop, start, count) if reverse else _spec(start, stop, count)
    if not inc or i2 < i1:
        return []
    values = [(i1 + i) / -inc if inc < 0 else (i1 + i) * inc for i in range(i2 - i1 + 1)]
    return values[::-1] if reverse else values


def tick_increment(start: float, stop: float, count: float) -> float:
    return _spec(start, stop, count)[2]


def tick_step(start: float, stop: float, count: float) -> float:
    """d3's ``tickStep``: the distance between the ``ticks``."""
    reverse = stop < start
    inc = tick_increment(stop, start, count) if reverse else tick_increment(start, stop, count)
    if not inc:
        return 0.0
    return (-1 if reverse else 1) * (1 / -inc if inc < 0 else inc)


def nice(start: float, stop: float, count: float = 10) -> tuple[float, float]:
    """d3's ``linear.nice``: the domain widened to round values (0..2.43e9 to 0..2.5e9)."""
    low, high = min(start, stop), max(start, stop)
    previous = None
    for _ in range(10):
        step = tick_increment(low, high, count)
        if step == previous:
            break
        if step > 0:
            low, high = math.floor(low / step) * step, math.ceil(high / step) * step
        elif step < 0:
            low, high = math.ceil(low * step) / step, math.floor(high * step) / step
        else:
            break
        previous = step
    return (low, high) if start <= stop else (high, low)


def log_ticks(start: float, stop: float, count: float) -> list[float]:
    """d3's log ``ticks`` (base 10): 1..9 times each power of ten when fewer than ``count``
    decades are shown, else powers of ten only (a linear step on the exponents)."""
    if not (start > 0 and stop > 0) or count <= 0:
        return []
    low, high = sorted((start, stop))
    i, j = math.log10(low), math.log10(high)
    if j - i < count:
        out = []
        for power in range(math.floor(i), math.ceil(j) + 1):
            for k in range(1, 10):
                value = k / 10 ** -power if power < 0 else k * 10 ** power
                if low * (1 - 1e-12) <= value <= high * (1 + 1e-12):
                    out.append(float(value))
        if len(out) * 2 < count:
            out = ticks(low, high, count)
    else:
        out = [10.0 ** e for e in ticks(i, j, min(j - i, count))]
    return out if start <= stop else out[::-1]


def log_labelled(values: list[float], count: float, total: int | None = None) -> list[bool]:
    """Which of ``log_ticks`` (``total`` of them, default all ``values``) Vega writes a label
    for (d3's log tickFormat filter): powers of ten always, 2x, 3x.. a power only while
    ``10 * count / total`` allows (room)."""
    most = max(1.0, 10 * count / max(total or len(values), 1))
    out = []
    for value in values:
        lead = value / 10 ** round(math.log10(value))
        if lead * 10 < 10 - 0.5:
            lead *= 10
        out.append(lead <= most + 1e-9)
    return out


__all__ = ["log_labelled", "log_ticks", "nice", "tick_count", "tick_increment", "tick_step", "ticks"]
