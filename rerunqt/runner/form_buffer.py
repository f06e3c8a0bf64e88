"""A form's edits that wait for its submit button: one Qt-free buffer for both front ends.

The window's FormHost and AppTest hold a form's values here, so the rule lives once:
a held edit stays on screen across unrelated reruns, and is what Submit sends; a code
change to the field (session state, a callback, ``clear_on_submit``) settles it, so the
field shows the new value and Submit no longer sends the old edit. "Code changed it"
is read from the element: its ``set_by_code`` prop is a stamp that differs in every run
in which code set the value (0 when it did not).
"""

from __future__ import annotations

from typing import Any

from rerunqt.core.element import Element
from rerunqt.core.widget_params import is_empty
from rerunqt.runner.requests import WidgetEvent


class FormBuffer:
    """Widget id -> the front-end value its field shows and Submit will send."""

    __slots__ = ("_held", "_stamps")

    def __init__(self) -> None:
        self._held: dict[str, Any] = {}
        self._stamps: dict[str, Any] = {}  # widget id -> the last code stamp it showed

    def hold(self, widget_id: str, value: Any) -> None:
        """The user committed ``value`` in a field of the form; nothing runs yet."""
        self._held[widget_id] = value

    def __contains__(self, widget_id: object) -> bool:
        return widget_id in self._held

    def __len__(self) -> int:
        return len(self._held)

    def value_of(self, widget_id: str, committed: Any) -> Any:
        """What Submit would send for the field: its held edit, else ``committed``."""
        return self._held.get(widget_id, committed)

    def missing(self, required: dict[str, Any]) -> list[str]:
        """The required fields (id -> committed value) that Submit would send empty."""
        return [widget_id for widget_id, value in required.items()
                if is_empty(self.value_of(widget_id, value))]

    def held_ids(self) -> set[str]:
        return set(self._held)

    def shown(self, element: Element) -> Element:
        """``element`` as its field must show it: with the held edit, unless code set it since.

        Call it with every element of a field in the form that reaches the screen; a new
        code stamp drops the held edit (the field then shows the code's value).
        """
        widget_id = element.key
        stamp = element.prop("set_by_code")
        if stamp and self._stamps.get(widget_id) != stamp:
            self._stamps[widget_id] = stamp
            self._held.pop(widget_id, None)
            return element
        if widget_id not in self._held:
            return element
        held = self._held[widget_id]
        props = tuple((name, held if name == "value" else value) for name, value in element.props)
        return element._replace(props=props)

    def forget(self, widget_id: str) -> None:
        """The field left the page: what it showed is gone, so Submit must not send it."""
        self._held.pop(widget_id, None)
        self._stamps.pop(widget_id, None)

    def submit(self, button_id: str) -> list[WidgetEvent]:
        """The events of one submit (every held value, then the click); the buffer empties."""
        batch = [WidgetEvent(widget_id, value) for widget_id, value in self._held.items()]
        batch.append(WidgetEvent(button_id, True, click=True))
        self._held.clear()
        return batch
