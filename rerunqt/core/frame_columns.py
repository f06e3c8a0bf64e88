"""Which columns a table shows, in what order, and how (column_order + column_config).

It exists to turn Streamlit's ``column_order`` and ``column_config`` (a dict of column
name or position -> a label str, None to hide, or a config dict such as
``st.column_config.NumberColumn(...)`` returns) into one ``ColumnSpec`` per shown
column: plain, hashable values the Qt model and AppTest read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.frame_data import FrameData

INDEX = "_index"
_KEYS = frozenset({"label", "width", "help", "hidden", "disabled", "required", "default", "alignment",
                   "pinned", "type_config"})
_WIDTHS = {"small": 75, "medium": 200, "large": 400}


@dataclass(frozen=True)
class ColumnSpec:
    """One shown column: its place in the data, its header, and its type's options."""

    position: int
    name: str
    label: str
    width: int | None = None
    help: str | None = None
    disabled: bool | None = None
    alignment: str | None = None
    type: str = "auto"
    options: tuple[tuple[str, Any], ...] = ()
    pinned: bool = False  # stays on the left while the table scrolls sideways

    def option(self, name: str, default: Any = None) -> Any:
        for key, value in self.options:
            if key == name:
                return value
        return default


def _freeze(value: Any) -> Any:
    """Plain, comparable values (a function, new every run, would reset the table each run)."""
    if isinstance(value, Mapping):
        return tuple((str(k), _freeze(v)) for k, v in value.items() if not callable(v))
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(_freeze(v) for v in value)
    return value


def read_config(function: str, config: Any, names: tuple[str, ...],
                index_name: str = "") -> dict[str, dict[str, Any]]:
    """column_config as name -> config dict (entries checked: known keys).

    As Streamlit's, a name that is not a column is ignored (the front end matches
    configs to columns); the index is configured as ``"_index"`` or by its own name
    (the name wins where both are given).
    """
    if config is None:
        return {}
    if not isinstance(config, Mapping):
        raise RerunQtAPIError(f"st.{function} column_config= must be a dict of column -> config, "
                              f"got {config!r:.80}.")
    out: dict[str, dict[str, Any]] = {}
    by_index_name: dict[str, Any] | None = None
    for column, entry in config.items():
        if column.__class__ is int and 0 <= column < len(names) and str(column) not in names:
            column = names[column]
        column = str(column)
        if entry is None:
            read: dict[str, Any] = {"hidden": True}
        elif isinstance(entry, str):
            read = {"label": entry}
        elif isinstance(entry, Mapping):
            unknown = set(entry) - _KEYS
            if unknown:
                raise RerunQtAPIError(
                    f"st.{function} column_config[{column!r}] has unknown keys {sorted(unknown)}; "
                    f"use st.column_config.Column(...) and friends, or keys {sorted(_KEYS)}.")
            read = dict(entry)
        else:
            raise RerunQtAPIError(
                f"st.{function} column_config[{column!r}] = {entry!r:.80} is not supported: use a "
                f"label (str), None to hide the column, or st.column_config.Column(...).")
        if column in names or column == INDEX:
            out[column] = read
        elif index_name and column == index_name:
            by_index_name = read
    if by_index_name is not None:
        out[INDEX] = {**out.get(INDEX, {}), **by_index_name}
    return out


def column_width(function: str, column: str, width: Any) -> int | None:
    """A column_config width in pixels: "small" 75, "medium" 200, "large" 400 or an int."""
    if width is None:
        return None
    if width in _WIDTHS:
        return _WIDTHS[width]
    if width.__class__ is int and width > 0:
        return int(width)
    raise RerunQtAPIError(f"st.{function} column_config[{column!r}] width={width!r} is not valid; "
                          f"use 'small', 'medium', 'large' or a positive int.")


def column_specs(function: str, frame: FrameData, order: Iterable[str] | None,
                 config: Any) -> tuple[ColumnSpec, ...]:
    """The shown columns: ``order`` (unknown names ignored), hidden ones left out, and
    pinned ones first (Streamlit draws pinned columns at the left, in their order)."""
    names = frame.names
    configs = read_config(function, config, names, frame.index_name)
    if order is None:
        shown = names
    else:
        if isinstance(order, str) or not isinstance(order, Iterable):
            raise RerunQtAPIError(f"st.{function} column_order= must be a list of column names, got "
                                  f"{order!r}.")
        known = set(names)
        shown = tuple(dict.fromkeys(n for n in map(str, order) if n in known))
    position = {name: i for i, name in enumerate(names)}
    levels = frame.column_levels  # a MultiIndex: one header line per level (frame_levels.py)
    specs = []
    for name in shown:
        entry = configs.get(name, {})
        if entry.get("hidden"):
            continue
        at = position[name]
        specs.append(_spec(function, at, name, entry, "\n".join(levels[at]) if levels else name))
    pinned = [spec for spec in specs if spec.pinned]
    if pinned:
        specs = pinned + [spec for spec in specs if not spec.pinned]
    return tuple(specs)


def _spec(function: str, position: int, name: str, entry: dict[str, Any],
          shown: str | None = None) -> ColumnSpec:
    """``shown``: the header's text unless the config gives a label (default: the name)."""
    type_config = dict(entry.get("type_config") or {})
    return ColumnSpec(
        position, name, (name if shown is None else shown) if entry.get("label") is None
        else str(entry["label"]),
        column_width(function, name, entry.get("width")),
        entry.get("help"), entry.get("disabled"), entry.get("alignment"),
        str(type_config.pop("type", "auto")), _freeze(type_config), entry.get("pinned") is True,
    )


def index_spec(function: str, frame: FrameData, config: Any) -> ColumnSpec | None:
    """The index's own config (``"_index"`` or the index's name): its header label, width,
    help and whether it is pinned (None: Streamlit's defaults, a pinned unlabelled index)."""
    entry = read_config(function, config, frame.names, frame.index_name).get(INDEX)
    if not entry:
        return None
    spec = _spec(function, -1, INDEX, entry)
    if entry.get("label") is None:
        spec = replace(spec, label=frame.index_name)
    return replace(spec, pinned=entry.get("pinned") is not False)


def index_hidden(function: str, frame: FrameData, config: Any) -> bool:
    """column_config={"_index": None} (or hidden=True; or by the index's own name) hides
    the index, as hide_index=True."""
    entry = read_config(function, config, frame.names, frame.index_name).get(INDEX)
    return bool(entry and entry.get("hidden"))
