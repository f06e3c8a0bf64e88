"""deck.gl accessors read in Python (Qt-free): constants, column names, "@@=" expressions.

A pydeck accessor arrives in the deck's JSON as a constant (``200``, ``[200, 30, 0]``),
an expression string (``"@@=[lon, lat]"``, ``"@@=exits * 2"``, pydeck adds the ``@@=``) or,
in a hand-written deck, a column name or a list of them. deck.gl evaluates expressions in
JavaScript with the row's fields as names; here the common subset (names, ``a.b`` paths,
numbers, strings, lists, + - * / % **, ``Math.*`` calls) is evaluated over whole columns
with numpy. Anything else raises ``Unsupported`` with a short reason the chart shows.
"""

from __future__ import annotations

import ast
import keyword
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

EXPRESSION = "@@="
_MATH: dict[str, Callable[..., Any]] = {
    "sqrt": np.sqrt, "abs": np.abs, "log": np.log, "log10": np.log10, "log2": np.log2,
    "exp": np.exp, "floor": np.floor, "ceil": np.ceil, "round": np.round, "pow": np.power,
    "min": np.minimum, "max": np.maximum, "sin": np.sin, "cos": np.cos,
}
_OPS: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply, ast.Div: np.divide,
    ast.Mod: np.mod, ast.Pow: np.power,
}
_JS_WORDS = re.compile(r"\b(true|false|null)\b")
# field names that are Python keywords ("from", "in", "class"...) are renamed to parse
_KEYWORDS = re.compile(r"(?<![\w.'\"])(" + "|".join(
    k for k in keyword.kwlist if k not in ("True", "False", "None")) + r")\b(?!['\"])")
_RENAMED = "_kw_"


class Unsupported(Exception):
    """An accessor this drawing cannot evaluate; the message is shown in the chart's note."""


def _path(node: ast.AST) -> tuple[str, ...] | None:
    """``a.b.c`` as ("a", "b", "c"); None for anything that is not a plain name path."""
    if isinstance(node, ast.Name):
        return (node.id.removeprefix(_RENAMED),)
    if isinstance(node, ast.Attribute):
        head = _path(node.value)
        return None if head is None else (*head, node.attr.removeprefix(_RENAMED))
    return None


def field(row: Any, path: Sequence[str]) -> Any:
    """``row.a.b`` (a missing field is None, as JavaScript's undefined)."""
    value = row
    for name in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(name)
    return value


def column(rows: Sequence[Any], path: Sequence[str]) -> np.ndarray:
    """One field of every row: floats when it can be, else objects (text, lists of lists)."""
    values = [field(row, path) for row in rows]
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return np.asarray(values, dtype=np.float64)
    if values and all(isinstance(v, (list, tuple)) for v in values):
        try:  # e.g. a column of [lon, lat] pairs
            return np.asarray(values, dtype=np.float64)
        except (TypeError, ValueError):
            pass
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


class Rows:
    """A layer's rows and the columns read from them so far (each field once)."""

    def __init__(self, rows: Sequence[Any]) -> None:
        self.rows = rows
        self._columns: dict[tuple[str, ...], np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def names(self) -> set[str]:
        return {k for row in self.rows[:50] if isinstance(row, Mapping) for k in row}

    def column(self, path: tuple[str, ...]) -> np.ndarray:
        if path not in self._columns:
            if self.rows and path[0] not in self.names():
                raise Unsupported(f"no field {'.'.join(path)!r} in the data")
            self._columns[path] = column(self.rows, path)
        return self._columns[path]


def parse(text: str) -> ast.AST:
    """A deck.gl expression as a Python syntax tree (the few JavaScript words mapped)."""
    body = text[len(EXPRESSION):] if text.startswith(EXPRESSION) else text
    if "=>" in body or "?" in body or "&&" in body or "||" in body or "===" in body:
        raise Unsupported(f"the expression {body!r} is too complex")
    body = _JS_WORDS.sub(lambda m: {"true": "True", "false": "False", "null": "None"}[m.group(1)],
                         body)
    body = _KEYWORDS.sub(lambda m: _RENAMED + m.group(1), body)
    try:
        return ast.parse(body.strip(), mode="eval").body
    except SyntaxError:
        raise Unsupported(f"the expression {body!r} is too complex") from None


def _evaluate(node: ast.AST, rows: Rows) -> Any:
    path = _path(node)
    if path is not None:
        if path[0] == "Math" and len(path) == 2 and path[1] in ("PI", "E"):
            return math.pi if path[1] == "PI" else math.e
        return rows.column(path)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.List):
        return [_evaluate(item, rows) for item in node.elts]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _numbers(_evaluate(node.operand, rows))
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        left, right = _evaluate(node.left, rows), _evaluate(node.right, rows)
        if isinstance(node.op, ast.Add) and (_is_text(left) or _is_text(right)):
            return np.char.add(np.asarray(left, dtype=str), np.asarray(right, dtype=str))
        with np.errstate(all="ignore"):
            return _OPS[type(node.op)](_numbers(left), _numbers(right))
    if isinstance(node, ast.Call):
        name = _path(node.func)
        if name is not None and len(name) == 2 and name[0] == "Math" and name[1] in _MATH \
                and not node.keywords:
            args = [_numbers(_evaluate(a, rows)) for a in node.args]
            with np.errstate(all="ignore"):
                return _MATH[name[1]](*args)
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
            and isinstance(node.slice.value, int):
        value = _evaluate(node.value, rows)
        if isinstance(value, np.ndarray) and value.ndim == 2:
            return value[:, node.slice.value]
        if isinstance(value, list):
            return value[node.slice.value]
    raise Unsupported(f"the expression {ast.unparse(node)!r} is too complex")


def _is_text(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, np.ndarray) and value.dtype.kind in "OUS")


def _numbers(value: Any) -> Any:
    if isinstance(value, np.ndarray) and value.dtype.kind == "O":
        try:
            return value.astype(np.float64)
        except (TypeError, ValueError):
            raise Unsupported("a field used in arithmetic is not a number") from None
    if isinstance(value, list):
        return np.asarray(value, dtype=np.float64)
    return value


def evaluate(accessor: Any, rows: Rows) -> Any:
    """An accessor's value: a constant as given, a column (n,) or a stacked list (n, k)."""
    if isinstance(accessor, str):
        if not accessor.startswith(EXPRESSION) and accessor.isidentifier() \
                and accessor not in rows.names() and rows.rows:
            return accessor  # a plain word that is no column: a constant (a text anchor, say)
        value = _evaluate(parse(accessor), rows)
    elif isinstance(accessor, list) and accessor and all(isinstance(a, str) for a in accessor):
        value = [rows.column((name,)) for name in accessor]  # ["lon", "lat"]: column names
    else:
        return accessor
    if isinstance(value, list):
        return _stack(value, len(rows))
    return value


def _stack(parts: list[Any], n: int) -> Any:
    """``[a, b, 3]`` with columns among the parts as one (n, k) array; constants stay."""
    if not any(isinstance(p, np.ndarray) for p in parts):
        return parts
    if len(parts) == 1:  # "[exits]": one column (JavaScript reads [x] as x where one is wanted)
        return parts[0]
    columns = []
    for part in parts:
        part = _numbers(part)
        array = np.broadcast_to(np.asarray(part, dtype=np.float64), (n,)) \
            if np.ndim(part) == 0 else np.asarray(part, dtype=np.float64)
        columns.append(array if array.ndim == 1 else array[:, 0])
    return np.column_stack(columns)


def numbers(value: Any, n: int, what: str) -> np.ndarray:
    """A scalar accessor's value as (n,) floats (``[x]`` counts as ``x``, as in JavaScript)."""
    try:
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise Unsupported(f"{what} is not a number") from None
    if array.ndim == 2 and array.shape[1] == 1:
        array = array[:, 0]
    if array.ndim == 0:
        return np.full(n, float(array))
    if array.shape != (n,):
        raise Unsupported(f"{what} is not one number per row")
    return np.nan_to_num(array)


def positions(value: Any, n: int, what: str = "the position") -> np.ndarray:
    """A position accessor's value as (n, 2) longitude / latitude."""
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise Unsupported(f"{what} is not [longitude, latitude]") from None
    if array.ndim == 1 and array.shape[0] >= 2:
        array = np.broadcast_to(array[:2], (n, 2))
    if array.ndim != 2 or array.shape[0] != n or array.shape[1] < 2:
        raise Unsupported(f"{what} is not [longitude, latitude]")
    return np.array(array[:, :2])


def colors(value: Any, n: int, opacity: float, what: str = "the colour") -> np.ndarray:
    """A colour accessor's value as (n, 4) uint8 RGBA, the alpha times the layer's opacity."""
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise Unsupported(f"{what} is not [r, g, b] or [r, g, b, a]") from None
    if array.ndim == 1:
        array = np.broadcast_to(array, (n, array.shape[0]))
    if array.ndim != 2 or array.shape[0] != n or array.shape[1] not in (3, 4):
        raise Unsupported(f"{what} is not [r, g, b] or [r, g, b, a]")
    if array.shape[1] == 3:
        array = np.column_stack([array, np.full(n, 255.0)])
    out = np.clip(np.nan_to_num(array), 0, 255)
    out[:, 3] *= max(0.0, min(1.0, opacity))
    return out.astype(np.uint8)


def per_row(accessor: Any, rows: Rows, what: str) -> list[Any]:
    """A nested accessor (a path, a polygon) row by row: a name path, or the row itself."""
    if isinstance(accessor, str):
        body = accessor[len(EXPRESSION):] if accessor.startswith(EXPRESSION) else accessor
        if body.strip() == "-":  # deck.gl's JSON: the row itself
            return list(rows.rows)
        path = _path(parse(accessor))
        if path is None:
            raise Unsupported(f"{what} {body!r} is too complex")
        return [field(row, path) for row in rows.rows]
    if isinstance(accessor, list):
        return [accessor] * len(rows)
    raise Unsupported(f"{what} is not a field name")


__all__ = ["Rows", "Unsupported", "colors", "evaluate", "field", "numbers", "per_row", "positions"]
