"""``on_select`` of st.altair_chart / st.vega_lite_chart: Streamlit's selection state.

It exists so an app that asks for selections (``on_select="rerun"`` or a callback) runs
as in Streamlit instead of stopping: the selection parameters are found anywhere in the
spec (Altair's counted names read ``param_1``, ``param_2``... as Streamlit renames them),
``selection_mode`` is checked against them with Streamlit's errors, and the chart returns
(and keeps under its key) the state Streamlit returns before anything is selected,
``{"selection": {"param_1": {}}}``. Clicking does not select in the window yet.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from rerunqt.core import selection
from rerunqt.core.selection import SelectionState
from rerunqt.errors import RerunQtAPIError

_VIEWS = ("layer", "hconcat", "vconcat", "concat")
_COUNTED = re.compile(r"param_(?:\d+|[0-9a-f]{4,})\b")


def check_on_select(kind: str, on_select: Any) -> None:
    selection.check_on_select(on_select)


def stable_names(spec: dict[str, Any]) -> dict[str, Any]:
    """Altair's counted parameter names (``param_7``, or a hash in Altair 6) numbered from 1
    in order of appearance, as Streamlit writes them, so the state's names do not drift."""
    text = json.dumps(spec, default=str)
    found = list(dict.fromkeys(_COUNTED.findall(text)))
    if not found or found == [f"param_{i + 1}" for i in range(len(found))]:
        return spec
    renamed = {name: f"param_{i + 1}" for i, name in enumerate(found)}
    result: dict[str, Any] = _renamed(spec, renamed)
    return result


def _renamed(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {key: _renamed(item, names) for key, item in value.items()}
    if isinstance(value, list):
        return [_renamed(item, names) for item in value]
    if isinstance(value, str):
        return _COUNTED.sub(lambda m: names.get(m.group(0), m.group(0)), value)
    return value


def selection_names(spec: Any) -> set[str]:
    """The selection parameters (a ``name`` and a ``select``) anywhere in the view tree."""
    names: set[str] = set()
    if not isinstance(spec, dict):
        return names
    for param in spec.get("params") or []:
        if isinstance(param, dict) and param.get("name") and param.get("select"):
            names.add(str(param["name"]))
    for key in _VIEWS:
        for view in spec.get(key) or []:
            names |= selection_names(view)
    if isinstance(spec.get("spec"), dict):  # facet and repeat
        names |= selection_names(spec["spec"])
    return names


def selection_modes(kind: str, spec: dict[str, Any], selection_mode: str | Iterable[str] | None
                    ) -> tuple[str, ...]:
    """The parameters to report, checked as Streamlit checks them."""
    known = selection_names(spec)
    if not known:
        raise RerunQtAPIError(
            f"Selections are activated, but the provided chart spec does not have any selections "
            f"defined. Add a selection parameter (Altair: `alt.selection_point()` / "
            f"`alt.selection_interval()` with `.add_params(...)`; Vega-Lite: `\"params\"` with "
            f"`\"select\"`) before using `on_select` with `st.{kind}`.")
    if selection_mode is None:
        return tuple(sorted(known))
    wanted = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in wanted:
        if name not in known:
            raise RerunQtAPIError(
                f"Selection parameter '{name}' is not defined in the chart spec. Available "
                f"selection parameters are: {sorted(known)}.")
    return tuple(sorted(wanted))


def empty_state(modes: tuple[str, ...]) -> SelectionState:
    return SelectionState(selection=SelectionState({name: SelectionState() for name in modes}))


__all__ = ["check_on_select", "empty_state", "selection_modes", "selection_names", "stable_names"]
