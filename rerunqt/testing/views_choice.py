"""AppTest views of radio, selectbox and multiselect, with Streamlit's AppTest actions.

``value`` is the Python option (or list of options); ``options`` the list of labels
the user sees; ``index`` / ``indices`` the position(s) of the value among them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from rerunqt.core.lead_icon import is_emoji
from rerunqt.testing.elements import ElementView, Widget
from rerunqt.testing.errors import InvalidAction


class _Choice(Widget):
    """Shared by the three views: the conversions of the widget's last registration."""

    @property
    def options(self) -> list[str]:
        """The labels, as a list (as Streamlit's AppTest gives them)."""
        return list(self._element.prop("options") or ())

    def _front(self, value: Any) -> Any:
        """``value`` as the front end shows it (index or indices), if the widget knows it."""
        meta = self._app._session.state.widget_meta(self.id)
        if meta is not None and meta.to_ui is not None:
            try:
                return meta.to_ui(value)
            except (TypeError, ValueError, KeyError, IndexError):
                pass
        return self._element.prop("value")

    @property
    def format_func(self) -> Callable[[Any], str]:
        """The label the widget shows for an option (its ``format_func`` applied)."""
        return self._label_of

    @property
    def values(self) -> list[str]:
        """The labels of the selected options (Streamlit's ``Multiselect.values``)."""
        value = self.value
        items = value if isinstance(value, list) else [] if value is None else [value]
        return [self._label_of(item) for item in items]

    def _label_of(self, option: Any) -> str:
        many = self.type == "multiselect" or bool(self._element.prop("multi"))
        meta = self._app._session.state.widget_meta(self.id)
        try:
            front = meta.to_ui([option] if many else option) if meta and meta.to_ui else None
        except (TypeError, ValueError, KeyError, IndexError):
            front = None
        index = front[0] if isinstance(front, (tuple, list)) and front else front
        labels = self._element.prop("options") or ()
        if isinstance(index, int) and 0 <= index < len(labels):
            return str(labels[index])
        return str(option)

    def _option_at(self, index: int) -> Any:
        count = len(self.options)
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < count:
            raise IndexError(
                f"{self.type} {self.label!r} has {count} options; index {index!r} is out of range"
            )
        meta = self._app._session.state.widget_meta(self.id)
        assert meta is not None and meta.from_ui is not None
        return meta.from_ui(index)


class Radio(_Choice):
    """``set_value(option)``; ``index`` is None when nothing is selected."""

    @property
    def index(self) -> int | None:
        value = self.value
        return None if value is None else self._front(value)

    @property
    def captions(self) -> list[str]:
        """One caption per option ("" for none), as a list; [] without captions."""
        return list(self._element.prop("captions") or ())

    def set_value(self, value: Any) -> Radio:
        super().set_value(value)
        return self


class Selectbox(Radio):
    """``select(option)``, ``select_index(i)`` (None clears) and ``set_value(option)``."""

    def select(self, value: Any) -> Selectbox:
        self.set_value(value)
        return self

    def select_index(self, index: int | None) -> Selectbox:
        self.set_value(None if index is None else self._option_at(index))
        return self


class Multiselect(_Choice):
    """``select(option)`` adds one, ``unselect(option)`` removes it; ``value`` is a list."""

    @property
    def value(self) -> list[Any]:
        value = super().value
        return [] if value is None else list(value)

    @property
    def indices(self) -> list[int]:
        return list(self._front(self.value))

    def set_value(self, value: Any) -> Multiselect:
        """A list of options (a single option counts as a list of one; None keeps the
        selection, as in Streamlit's AppTest)."""
        value = self._none_means(value)
        if value is None:
            value = []
        elif isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
            value = [value]
        super().set_value(list(value))
        return self

    def select(self, value: Any) -> Multiselect:
        current = self.value
        if not any(item is value or item == value for item in current):
            current.append(value)
        return self.set_value(current)

    def unselect(self, value: Any) -> Multiselect:
        return self.set_value([item for item in self.value if not (item is value or item == value)])


class ButtonGroup(_Choice):
    """st.pills / st.segmented_control (Streamlit's AppTest ButtonGroup): ``set_value``,
    ``select`` and ``unselect``; ``value`` is an option (or None), or a list in multi mode."""

    @property
    def multi(self) -> bool:
        return bool(self._element.prop("multi"))

    @property
    def options(self) -> list[str]:
        """The labels without a leading icon (an emoji or ``:material/...:`` followed by a
        space, or alone), which Streamlit sends apart: its AppTest reads "Charts" for
        "📊 Charts" and "" for an icon-only option."""
        return [_without_leading_icon(str(label)) for label in super().options]

    @property
    def formatted_values(self) -> list[str]:
        """The labels of the selected options (Streamlit's ``ButtonGroup.formatted_values``)."""
        return self.values

    @property
    def indices(self) -> list[int]:
        """The positions of the selected options among ``options``."""
        value = self.value
        if value is None or value == []:
            return []
        front = self._front(value)
        return list(front) if isinstance(front, (tuple, list)) else [front]

    def set_value(self, value: Any) -> ButtonGroup:
        if self.multi and value is None:
            value = []
        elif self.multi and (isinstance(value, (str, bytes)) or not hasattr(value, "__iter__")):
            value = [value]
        super().set_value(list(value) if self.multi else value)
        return self

    def select(self, value: Any) -> ButtonGroup:
        if not self.multi:
            return self.set_value(value)
        current = list(self.value or [])
        if not any(item is value or item == value for item in current):
            current.append(value)
        return self.set_value(current)

    def unselect(self, value: Any) -> ButtonGroup:
        if not self.multi:
            return self.set_value(None) if self.value == value else self
        return self.set_value([item for item in self.value if not (item is value or item == value)])


class Feedback(Widget):
    """st.feedback: ``value`` is the chosen index (thumbs: 1 up, 0 down) or None."""

    @property
    def label(self) -> str:
        return ""

    @property
    def options(self) -> str:
        return str(self._element.prop("options"))

    def set_value(self, value: Any) -> Feedback:
        count = 2 if self.options == "thumbs" else 5
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or not 0 <= value < count):
            raise InvalidAction(f"{value!r} is not a valid value for the feedback "
                                f"({self.options}): set None or an int from 0 to {count - 1}")
        super().set_value(value)
        return self


class Pagination(Widget):
    """st.pagination: ``value`` is the page (1-indexed); ``set_value(page)``, ``next``, ``previous``."""

    @property
    def label(self) -> str:
        return ""

    def set_value(self, value: Any) -> Pagination:
        pages = int(self._element.prop("num_pages"))
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= pages:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise InvalidAction(f"Cannot set pagination{key_part} to {value!r}. Page must be an "
                                f"int between 1 and {pages}.")
        super().set_value(value)
        return self

    def select(self, page: int) -> Pagination:
        """Go to ``page``, as a click on its button (Streamlit's ``Pagination.select``)."""
        return self.set_value(page)

    def next(self) -> Pagination:
        return self.set_value(min(self.value + 1, int(self._element.prop("num_pages"))))

    def previous(self) -> Pagination:
        return self.set_value(max(self.value - 1, 1))


VIEWS: dict[str, type[ElementView]] = {
    "pagination": Pagination,
    "feedback": Feedback,
    "radio": Radio,
    "selectbox": Selectbox,
    "multiselect": Multiselect,
    "pills": ButtonGroup,
    "segmented_control": ButtonGroup,
}


_MATERIAL = re.compile(r":material/[a-z0-9_]+:")


def _without_leading_icon(label: str) -> str:
    first, _, rest = label.partition(" ")
    if first and (_MATERIAL.fullmatch(first) or is_emoji(first)):
        return rest
    return label
