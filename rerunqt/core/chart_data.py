"""The data of the built-in charts, read once into numpy series (Qt-free).

``read_chart`` takes what Streamlit's ``st.line_chart`` & co. take (a pandas DataFrame or
Series, a dict of columns, a numpy array, a list, a list of dicts) with ``x``, ``y``,
``color`` and ``size`` as Streamlit documents them (wide form: one series per y column;
long form: ``color`` names a column whose values split the rows into series), and gives
a ``ChartData`` whose equality is a cheap fingerprint, so an unchanged chart is not
redrawn on a rerun. pandas is never imported here: a DataFrame is read through its own
methods.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from datetime import timezone
from typing import Any

import numpy as np

from rerunqt.core.chart_colours import colour_text as _colour_text
from rerunqt.core.chart_colours import series_colours as _colors
from rerunqt.core.chart_columns import Columns, read_columns
from rerunqt.core.chart_gradient import ramp_colours
from rerunqt.errors import RerunQtAPIError

_SAMPLES = 2048  # values per array that the fingerprint reads (plus the array's sum)


def fingerprint(array: np.ndarray | None) -> tuple[Any, ...]:
    """Shape, dtype, a CRC of up to 2048 evenly spaced values and the sum: cheap at 1M points."""
    if array is None:
        return ()
    step = max(1, array.size // _SAMPLES)
    sample = np.ascontiguousarray(array[::step])
    if sample.dtype.kind == "O":
        crc = zlib.crc32(repr(sample.tolist()).encode())
        total: Any = None
    else:
        crc = zlib.crc32(sample.tobytes())
        total = float(np.add.reduce(array, axis=None)) if array.dtype.kind in "fiu" else None
        if total is not None and total != total:  # NaN somewhere: NaN != NaN would never match
            total = repr(np.flatnonzero(np.isnan(array))[:8].tolist())
    return (array.dtype.str, array.shape, crc, total)


class Series:
    """One line, area, set of bars or of points: x and y arrays, its name and colour."""

    __slots__ = ("color", "name", "size", "x", "y")

    def __init__(self, name: str, x: np.ndarray, y: np.ndarray, color: str | None = None,
                 size: np.ndarray | float | None = None) -> None:
        self.name = name
        self.x = x  # float64: numbers, seconds since the epoch, or category positions
        self.y = y  # float64, NaN where a value is missing
        self.color = color
        self.size = size

    def key(self) -> tuple[Any, ...]:
        size = fingerprint(self.size) if isinstance(self.size, np.ndarray) else self.size
        return (self.name, fingerprint(self.x), fingerprint(self.y), self.color, size)

    def __repr__(self) -> str:
        return f"Series({self.name!r}, {len(self.y)} points)"


class ChartData:
    """What a chart shows; two are equal when their fingerprints are (no deep compare).

    ``x_kind`` is "index" (row positions or the frame's index), "number", "datetime"
    (x in seconds since the epoch) or "category" (x holds positions into ``x_labels``).
    ``source`` is the object the script passed, for AppTest; ``columns`` and ``options``
    (x, y, color, size, sort, ordinal) are what it was read from and with, so
    ``add_rows`` can read the grown data the same way; ``added`` counts its calls.
    ``y_labels`` is not empty when y is a text column (Vega-Lite's nominal y): y then
    holds positions, the first label highest (``len - 1``), as Vega-Lite places it on top.
    ``legend`` titles the legend (a colour column's name, as Vega-Lite's); None: no legend.
    """

    __slots__ = ("_key", "added", "columns", "legend", "options", "series", "source", "x_kind",
                 "x_labels", "x_name", "y_labels", "y_name")

    def __init__(self, series: tuple[Series, ...], x_kind: str, x_labels: tuple[str, ...],
                 x_name: str | None, y_name: str | None, source: Any,
                 columns: Columns | None = None, options: tuple[Any, ...] = (),
                 added: int = 0, y_labels: tuple[str, ...] = (), legend: str | None = "") -> None:
        self.series = series
        self.x_kind = x_kind
        self.x_labels = x_labels
        self.x_name = x_name
        self.y_name = y_name
        self.y_labels = y_labels
        self.legend = legend
        self.source = source
        self.columns = columns
        self.options = options
        self.added = added
        self._key = (x_kind, x_labels, x_name, y_name, y_labels, legend,
                     tuple(s.key() for s in series))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ChartData):
            return NotImplemented
        return self is other or self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return f"ChartData({[s.name for s in self.series]!r}, x_kind={self.x_kind!r})"

    def as_dict(self) -> dict[str, list[float]]:
        """Each series' y values by name (what AppTest shows)."""
        return {s.name: s.y.tolist() for s in self.series}


def _pick(columns: Columns, arg: str, value: Any) -> list[str]:
    """``x``/``y``/``color``/``size`` as column names, each checked to be one of the data's."""
    if not isinstance(value, (str, list, tuple)):
        raise RerunQtAPIError(
            f"{arg}={value!r} must be a column name (a string){' or a list of them' if arg == 'y' else ''}"
            f", got {type(value).__name__}; the data's columns are {list(columns.arrays)!r}."
        )
    names = [value] if isinstance(value, str) else list(value)
    for name in names:
        if not isinstance(name, str) or name not in columns.arrays:
            raise RerunQtAPIError(
                f"{arg}={name!r} is not a column of the chart's data; its columns are "
                f"{list(columns.arrays)!r}. Pass one of those names (or None)."
            )
    return names


def _numeric(arg: str, name: str, values: np.ndarray) -> np.ndarray:
    """A y (or size) column as float64. Values that are not numbers (a text column of
    ``st.bar_chart(df)``) are missing points, as Vega-Lite leaves them out of Streamlit's
    chart (no error); text that reads as a number ("3") is that number."""
    if values.dtype.kind in "fiub":
        return values.astype(np.float64, copy=False)
    try:
        return np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError):
        return np.array([_number_or_nan(v) for v in values.tolist()], dtype=np.float64)


def _y_categories(arrays: list[np.ndarray]) -> tuple[list[np.ndarray], tuple[str, ...]] | None:
    """Text y (Vega-Lite's nominal y): each column's positions (the first of the ascending
    labels highest) and the labels; None unless a column is text that is not all numbers.
    Several y columns melt into one, which Streamlit sends as text when any is text: the
    numbers of the others become labels too."""
    if not any(_is_text(values) for values in arrays):
        return None
    items = [[None if v is None or v != v else str(v) for v in values.tolist()] for values in arrays]
    labels = tuple(sorted({v for column in items for v in column if v is not None}))
    rank = {label: len(labels) - 1 - i for i, label in enumerate(labels)}
    return [np.array([math.nan if v is None else rank[v] for v in column], dtype=np.float64)
            for column in items], labels


def _is_text(values: np.ndarray) -> bool:
    """A column of text (missing values aside) that is not all numbers written as text."""
    items = values.tolist() if values.dtype.kind in "OUS" else []
    texts = [v for v in items if isinstance(v, str)]
    return bool(texts) and all(v is None or isinstance(v, str) or v != v for v in items) \
        and not all(_number_or_nan(v) == _number_or_nan(v) for v in texts)


def _number_or_nan(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _x_axis(values: np.ndarray, sort: bool | str) -> tuple[str, np.ndarray, tuple[str, ...]]:
    """The kind of the x values and x as float64 (categories become positions)."""
    kind = values.dtype.kind
    if kind in "fiub":
        return "number", values.astype(np.float64, copy=False), ()
    if kind == "M":
        return "datetime", values.astype("datetime64[ns]").astype(np.int64) / 1e9, ()
    if kind == "O" and len(values) and all(hasattr(v, "timetuple") for v in values[:64]):
        stamps = np.array([np.datetime64(_naive_utc(v), "ns") for v in values])
        return "datetime", stamps.astype(np.int64) / 1e9, ()
    labels = [str(v) for v in values.tolist()]
    order = sorted(set(labels)) if sort is True else list(dict.fromkeys(labels))
    position = {label: i for i, label in enumerate(order)}
    return "category", np.array([position[v] for v in labels], dtype=np.float64), tuple(order)


def _naive_utc(value: Any) -> Any:
    """A timezone-aware datetime as the same instant in naive UTC (numpy warns that it has
    no representation of timezones when given an aware one); others as they are."""
    if getattr(value, "tzinfo", None) is not None and hasattr(value, "astimezone"):
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def _ordinal(values: np.ndarray) -> tuple[str, np.ndarray, tuple[str, ...]]:
    """Numbers as ordered categories: positions in the sorted distinct values, and labels
    written as numbers are (3, not 3.0)."""
    distinct = np.unique(values)
    labels = tuple(f"{v:g}" if isinstance(v, float) else str(v) for v in distinct.tolist())
    return "category", np.searchsorted(distinct, values).astype(np.float64), labels


def _category_order(first: dict[str, Any]) -> list[str]:
    """Names (each with the first value it stands for) in Vega-Lite's order of a nominal
    domain: ascending, numbers by value and anything else by its text."""
    if all(isinstance(v, (int, float, np.number)) and not isinstance(v, (bool, np.bool_))
           for v in first.values()):
        return sorted(first, key=lambda n: (first[n] != first[n], float(first[n])
                                            if first[n] == first[n] else 0.0))
    return sorted(first)


def _by_x(x: np.ndarray) -> np.ndarray | None:
    """The order that sorts ``x`` ascending (missing x last), None when it already is."""
    if len(x) < 2 or bool(np.all(x[1:] >= x[:-1])):
        return None
    return np.argsort(x, kind="stable")


def read_chart(data: Any, x: str | None = None, y: str | Sequence[str] | None = None,
               color: Any = None, size: Any = None, sort: bool | str = True,
               ordinal: bool = False, by_x: bool = False) -> ChartData:
    """The series a chart draws from ``data`` and the column choices (see the module doc).

    ``ordinal``: numbers on x are categories, one bar each with its own label (Streamlit's
    bar charts: an ordinal x unless it holds dates). ``by_x``: each series' points sorted
    by x, as Vega-Lite connects a line's or an area's points (not in the data's order)."""
    return chart_of_columns(read_columns(data), data, (x, y, color, size, sort, ordinal, by_x))


def chart_of_columns(columns: Columns, source: Any, options: tuple[Any, ...],
                     added: int = 0) -> ChartData:
    """The chart of columns already read (``add_rows`` passes the grown columns)."""
    x, y, color, size, sort, ordinal, by_x = options
    x_name = _pick(columns, "x", x)[0] if x is not None else None
    group = color if isinstance(color, str) and color in columns.arrays else None
    size_col = size if isinstance(size, str) else None
    if size_col is not None:
        _pick(columns, "size", size_col)
    if y is None:
        taken = {x_name, group, size_col}
        y_names = [name for name in columns.arrays if name not in taken]
    else:
        y_names = _pick(columns, "y", y)
    if group is not None and len(y_names) > 1:
        # Streamlit melts several y columns into one series each, named and coloured by
        # the y column: the color column is left out, as there
        group = color = None
    x_values = columns.arrays[x_name] if x_name is not None else columns.index
    x_kind, x_axis, labels = _x_axis(x_values, sort if isinstance(sort, bool) else False)
    if ordinal and x_kind == "number":
        x_kind, x_axis, labels = _ordinal(x_values)
    if x_kind == "category" and x_name in columns.orders:  # an ordered Categorical: its order
        labels, x_axis = _in_order(labels, x_axis, columns.orders[x_name])
    if isinstance(sort, str) and x_kind == "category":
        labels, x_axis = _sort_categories(labels, x_axis, columns, sort)
    if x_name is None and columns.index_is_positions and not ordinal:
        x_kind = "index"
    sizes: np.ndarray | float | None = None
    if size_col is not None:
        sizes = _numeric("size", size_col, columns.arrays[size_col])
    elif size is not None:
        if isinstance(size, bool) or not isinstance(size, (int, float)) or size <= 0:
            raise RerunQtAPIError(
                f"size={size!r} must be a column name or a positive number (the point area in "
                f"pixels, as Streamlit's), e.g. size=40."
            )
        sizes = float(size)
    nominal = _y_categories([columns.arrays[name] for name in y_names])
    y_labels = nominal[1] if nominal is not None else ()
    ys = nominal[0] if nominal is not None else [
        _numeric("y", name, columns.arrays[name]) for name in y_names]
    order = _by_x(x_axis) if by_x else None
    if order is not None:
        x_axis = x_axis[order]
        ys = [values[order] for values in ys]
        if isinstance(sizes, np.ndarray):
            sizes = sizes[order]
    if group is None:
        colors = _colors(color, len(ys))
        named = list(zip(y_names, ys, colors))
        if len(named) > 1 and all(c is None for c in colors):
            # melted into one nominal colour field, whose domain Vega-Lite sorts: the legend,
            # the palette's colours and the stack go in ascending order of the names
            rank = {name: i for i, name in enumerate(sorted(y_names))}
            named.sort(key=lambda item: rank[item[0]])
        series = tuple(Series(name, x_axis, values, c, sizes) for name, values, c in named)
    else:
        keys = columns.arrays[group]
        series = _split(keys if order is None else keys[order], x_axis,
                        ys[0] if ys else np.zeros(0), sizes)
    # Streamlit titles the y axis only with a y the script named, and one column of it
    y_label = y_names[0] if y is not None and len(y_names) == 1 else None
    # a colour column titles its legend (Vega-Lite's default); one of colours has none
    split = columns.arrays[group] if group is not None else None
    legend = "" if split is None else None if len(split) and _colour_like(split[0]) else group
    return ChartData(series, x_kind, labels, x_name, y_label, source, columns, options, added,
                     y_labels, legend)


def _split(keys: np.ndarray, x: np.ndarray, y: np.ndarray,
           sizes: np.ndarray | float | None) -> tuple[Series, ...]:
    """Long form: one series per distinct value of the colour column, in Vega-Lite's order
    of a nominal domain (ascending). A column of colours (hex or ``rgb()`` strings, RGB(A)
    tuples, as Streamlit's first value decides) colours its own rows; a column of numbers
    colours each series along Streamlit's sequential scale."""
    values = keys.tolist()
    names = [str(v) for v in values]
    first: dict[str, Any] = {}
    for name, value in zip(names, values):
        first.setdefault(name, value)
    colours: dict[str, str | None] = {}
    if first and _colour_like(values[0]):
        colours = {name: _colour_text(value) for name, value in first.items()}
    elif keys.dtype.kind in "iuf":  # a number column is a colour scale, as Vega-Lite's
        colours = dict(ramp_colours(first))
    out = []
    for name in _category_order(first):
        rows = np.fromiter((n == name for n in names), dtype=bool, count=len(names))
        part = sizes[rows] if isinstance(sizes, np.ndarray) else sizes
        out.append(Series(name, x[rows], y[rows], colours.get(name), part))
    return tuple(out)


def _colour_like(value: Any) -> bool:
    """Streamlit's test of a colour column's first value: a hex or rgb() string or a tuple
    (a colour name such as "red" is a category, as there)."""
    from rerunqt.css_colours import is_colour_tuple

    if isinstance(value, str):
        return value.startswith(("#", "rgb(", "rgba("))
    return is_colour_tuple(value)


def _in_order(labels: tuple[str, ...], x: np.ndarray,
              order: tuple[str, ...]) -> tuple[tuple[str, ...], np.ndarray]:
    """The categories drawn in ``order`` (Vega-Lite's ``sort`` array; others after them)."""
    rank = {label: i for i, label in enumerate(order)}
    ordered = sorted(range(len(labels)), key=lambda i: rank.get(labels[i], len(order)))
    where = np.empty(len(labels), dtype=np.float64)
    where[ordered] = np.arange(len(labels), dtype=np.float64)
    return tuple(labels[i] for i in ordered), where[x.astype(np.int64)]


def _sort_categories(labels: tuple[str, ...], x: np.ndarray, columns: Columns,
                     sort: str) -> tuple[tuple[str, ...], np.ndarray]:
    """``sort="col"`` / ``"-col"``: categories ordered by that column's total, up or down."""
    name = sort.lstrip("-")
    _pick(columns, "sort", name)
    totals = np.zeros(len(labels))
    np.add.at(totals, x.astype(np.int64), np.nan_to_num(_numeric("sort", name, columns.arrays[name])))
    order = np.argsort(-totals if sort.startswith("-") else totals, kind="stable")
    where = np.empty(len(order), dtype=np.float64)
    where[order] = np.arange(len(order), dtype=np.float64)
    return tuple(labels[i] for i in order), where[x.astype(np.int64)]


def stack(series: Sequence[Series], mode: Any,
          diverging: bool = True) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(x, lower, upper) per series, stacked on the union of their x values.

    ``mode`` is Streamlit's ``stack``: True/None stack, "normalize" to shares of 1,
    "center" around 0; anything else leaves each series on 0. ``diverging``: with True/None,
    positive values stack up from 0 and negative ones down from 0, as Vega's stack does
    (a plotly stack group stacks running sums instead).
    """
    if not series:
        return []
    if mode is None or mode is True or mode in ("normalize", "center"):
        grid = np.unique(np.concatenate([s.x for s in series]))
        table = np.zeros((len(series), len(grid)))
        for row, s in enumerate(series):
            np.add.at(table[row], np.searchsorted(grid, s.x), np.nan_to_num(s.y))
        tops = np.cumsum(table, axis=0)
        bottom = np.zeros(len(grid))
        if diverging and mode in (None, True) and (table < 0).any():
            up = np.cumsum(np.where(table > 0, table, 0), axis=0)
            down = np.cumsum(np.where(table < 0, table, 0), axis=0)
            tops = np.where(table < 0, down, up)
            bases = np.where(table < 0, down - table, up - table)
            return [(grid, bases[row], tops[row]) for row in range(len(series))]
        if mode == "normalize":
            total = tops[-1].copy()
            total[total == 0] = 1
            tops = tops / total
        elif mode == "center":
            bottom = -tops[-1] / 2
            tops = tops + bottom
        return [(grid, bottom if row == 0 else tops[row - 1], tops[row])
                for row in range(len(series))]
    return [(s.x, np.zeros(len(s.x)), s.y) for s in series]


__all__ = ["ChartData", "Series", "chart_of_columns", "fingerprint", "read_chart", "stack"]
