"""A chart that can be clicked to select (st.plotly_chart points, st.pydeck_chart objects):
the chart is registered as a widget whose value is Streamlit's selection state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rerunqt.core.kinds import Kind
from rerunqt.core.registration import register


def selectable_chart(kind: Kind, data: Any, props: tuple[tuple[str, Any], ...],
                     key: str | int | None, mode: Any, on_select: Any,
                     empty: Callable[[], Any], from_ui: Callable[[Any, Any], Any],
                     to_ui: Callable[[Any, Any], Any]) -> Any:
    """Register the chart showing ``data`` (its identity with ``mode``) and draw it with its
    selection as the prop ``value`` (the UI form); returns Streamlit's selection state.
    ``from_ui``/``to_ui`` convert between the state and the UI form for ``data``."""

    def coerce(value: Any) -> Any:
        """A stored selection from an older chart keeps only what still exists."""
        fitted = from_ui(to_ui(value, data), data)
        return value if fitted == value else fitted

    ctx, wid, value, _ = register(
        kind, "", key, (hash(data), mode), empty(), coerce,
        on_select if callable(on_select) else None, "on_select", None, None, False,
        from_ui=lambda ui: from_ui(ui, data),
        to_ui=lambda state: to_ui(state, data),
    )
    ui = to_ui(value, data)
    ctx.add_widget(kind.name, wid, (*props, ("selection_mode", mode), ("value", ui)))
    return from_ui(ui, data)
