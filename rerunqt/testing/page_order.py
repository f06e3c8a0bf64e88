"""The order AppTest sends a batch of set values in: the page's, as Streamlit's browser does."""

from __future__ import annotations

from typing import Any

from rerunqt.core.element import Element, walk
from rerunqt.runner.requests import WidgetEvent


def in_page_order(events: list[WidgetEvent], tree: tuple[Element, ...]) -> list[WidgetEvent]:
    """Each run of values set between clicks, in the page's order: Streamlit sends a
    run's widget values in the order the widgets are on the page, and changed widgets'
    callbacks fire in that order, whatever order a test set them in."""
    if sum(1 for event in events if not event.click) < 2:
        return events
    place: dict[Any, int] = {}
    for element in walk(tree):
        place.setdefault(element.key, len(place))
    out: list[WidgetEvent] = []
    values: list[WidgetEvent] = []
    for event in [*events, None]:
        if event is None or event.click:
            out.extend(sorted(values, key=lambda e: place.get(e.widget_id, len(place))))
            values = []
            if event is not None:
                out.append(event)
        else:
            values.append(event)
    return out
