"""A chart that can be clicked to select (st.plotly_chart points, st.pydeck_chart objects):
with ``on_select`` the chart is registered as a widget whose value is Streamlit's selection
state; without, it is a static element (a widget only to keep a key's identity)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rerunqt.core import context
from rerunqt.core.kinds import Kind
from rerunqt.core.registration import register
from rerunqt.core.text import _handle


def static_chart(name: str, props: tuple[tuple[str, Any], ...], key: str | int | None,
                 no_mode: Any) -> Any:
    """Draw the chart with no selection (``on_select="ignore"``); returns its handle."""
    ctx = context.current()
    static = (*props, ("selection_mode", no_mode), ("value", None))
    if key is None:
        ctx.add_static(name, static)
    else:  # a key keeps the chart's identity (its view or zoom) wherever it moves
        ctx.add_widget(name, (name, str(key)), static)
    return _handle(ctx)


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
