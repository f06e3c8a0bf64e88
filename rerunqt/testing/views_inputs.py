"""AppTest views of buttons, links, check boxes, text and number inputs."""

from __future__ import annotations

from typing import Any

from rerunqt.testing.elements import ElementView, Widget


class Button(Widget):
    @property
    def value(self) -> bool:
        return self._app._is_clicked(self.id) or bool(self._app._state_value(self.id, False))

    def click(self) -> Button:
        self._app._click(self.id)
        return self

    def set_value(self, value: Any) -> Button:
        if value:
            self._app._click(self.id)
        return self


class LinkButton(Button):
    """st.link_button / st.page_link: ``value`` is the label, as in Streamlit's AppTest
    (which never clicks them)."""

    @property
    def value(self) -> str:  # type: ignore[override]
        return str(self._element.prop("label") or "")

    @property
    def page(self) -> str:
        """A page_link's target as Streamlit's AppTest reads it: the page's URL path, or
        the web address of an external link."""
        if self._element.kind != "page_link":
            raise AttributeError("page: a link_button has a url, not a page")
        return str(self._element.prop("page") or self._element.prop("url") or "")


class PageLink(LinkButton):
    """st.page_link: ``page`` is the page's URL path, or the web address it opens, as the
    ``page`` of Streamlit's PageLink proto."""

    @property
    def page(self) -> str:
        return str(self._element.prop("page") or self._element.prop("url") or "")


class Checkbox(Widget):
    def check(self) -> Checkbox:
        return self.set_value(True)  # type: ignore[return-value]

    def uncheck(self) -> Checkbox:
        return self.set_value(False)  # type: ignore[return-value]


class TextInput(Widget):
    def input(self, text: str) -> TextInput:
        """Type ``text``; ignored when longer than ``max_chars``, as in Streamlit."""
        max_chars = self._element.prop("max_chars")
        if max_chars is not None and len(text) > max_chars:
            return self
        return self.set_value(text)  # type: ignore[return-value]


class NumberInput(Widget):
    def set_value(self, value: Any) -> NumberInput:
        """As the field sends it: ``4`` is ``4.0`` in a float field (a callback reading
        session state sees a float, as with Streamlit's AppTest), ``4.0`` is ``4`` in an int one."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if not self._element.prop("is_int"):
                value = float(value)
            elif isinstance(value, float) and value.is_integer():
                value = int(value)
        super().set_value(value)
        return self

    @property
    def step(self) -> float:  # a float, an int field's too (1.0), as Streamlit's AppTest reads it
        return float(self._element.prop("step"))

    @property
    def min(self) -> float | None:  # a float, an int field's too (1.0), as Streamlit's AppTest reads it
        low = self._element.prop("min")
        return None if low is None else float(low)

    @property
    def max(self) -> float | None:
        high = self._element.prop("max")
        return None if high is None else float(high)

    def increment(self) -> NumberInput:
        return self._step(+1)

    def decrement(self) -> NumberInput:
        return self._step(-1)

    def _step(self, direction: int) -> NumberInput:
        props = self._element.props_dict()
        current = self.value
        if current is None:  # as Streamlit's AppTest: nothing to step from
            return self
        new = current + direction * props["step"]
        if props["max"] is not None:
            new = min(new, props["max"])
        if props["min"] is not None:
            new = max(new, props["min"])
        self.set_value(int(new) if props["is_int"] else new)
        return self


VIEWS: dict[str, type[ElementView]] = {
    "button": Button,
    "form_submit_button": Button,
    "link_button": LinkButton,
    "page_link": PageLink,
    "checkbox": Checkbox,
    "text_input": TextInput,
    "number_input": NumberInput,
}
