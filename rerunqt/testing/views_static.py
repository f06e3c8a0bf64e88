"""AppTest's views of static elements that read differently from their props (a divider,
LaTeX, space, an exception, progress, a spinner, a badge, st.help), as Streamlit's do."""

from __future__ import annotations

from typing import Any, NamedTuple

from rerunqt.testing.elements import ElementView


class Divider(ElementView):
    """Streamlit's AppTest reads st.divider as Markdown: ``value`` and ``body`` are "---"."""

    @property
    def value(self) -> Any:
        return "---"

    @property
    def body(self) -> str:
        return "---"

    @property
    def help(self) -> str:
        return ""  # a Markdown element's tooltip, which a divider never has


class Latex(ElementView):
    """Streamlit's AppTest reads st.latex's Markdown body: the formula between "$$" lines."""

    @property
    def value(self) -> str:
        return f"$$\n{self._element.prop('body')}\n$$"

    @property
    def body(self) -> str:
        return self.value


class Space(ElementView):
    """st.space: ``size`` and ``value`` are the size as given ("small", 40, "stretch"), as in
    Streamlit's AppTest; ``pixels`` what it takes on screen."""

    @property
    def size(self) -> Any:
        return self._element.prop("given")

    @property
    def value(self) -> Any:
        return self.size

    @property
    def pixels(self) -> Any:
        return self._element.prop("size")


class ExceptionView(ElementView):
    """``value`` and ``message`` are the exception's message, as in Streamlit."""

    @property
    def proto(self) -> Any:
        """Streamlit's Exception message: ``type`` is the error's (``ValueError``), not the
        element's; ``message_is_markdown`` and ``is_streamlit_exception`` as there."""
        from types import SimpleNamespace

        return SimpleNamespace(
            type=self.exc_type, message=self.message, stack_trace=self.stack_trace,
            is_warning=self.is_warning, message_is_markdown=self.is_markdown,
            is_streamlit_exception=bool(self._element.prop("streamlit_error")))

    @property
    def value(self) -> Any:
        return self._element.prop("message")

    @property
    def message(self) -> str:
        return self._element.prop("message")

    @property
    def stack_trace(self) -> list[str]:
        """One entry per frame, stripped as Streamlit's AppTest gives them."""
        return [str(line).strip() for line in self._element.prop("traceback") or ()]

    @property
    def exc_type(self) -> str:
        return self._element.prop("type")

    @property
    def is_warning(self) -> bool:
        return bool(self._element.prop("is_warning"))

    @property
    def is_markdown(self) -> bool:
        """An API error's message is Markdown (Streamlit's StreamlitAPIException), and the
        CachedWidgetWarning's; a Warning the script raised is not."""
        return bool(self._element.prop("is_markdown"))


class ProgressView(ElementView):
    """``value`` is the percentage 0..100 (a float 0.0..1.0 was given as 0..100), as in
    Streamlit's AppTest; ``text`` the caption."""

    @property
    def value(self) -> Any:
        return self._element.prop("value")


class BadgeView(ElementView):
    """st.badge is a Markdown element in Streamlit: ``value`` is its directive."""

    @property
    def value(self) -> str:
        icon = self._element.prop("icon")
        label = str(self._element.prop("label")).replace("[", "\\[").replace("]", "\\]")
        return f":{self._element.prop('color')}-badge[{f'{icon} ' if icon else ''}{label}]"

    @property
    def body(self) -> str:
        return self.value


class MermaidView(ElementView):
    """st.mermaid_chart is a Markdown element in Streamlit: ``value`` is the diagram in a
    ````mermaid fence (``source``: the diagram as drawn here)."""

    @property
    def value(self) -> str:
        return str(self._element.prop("markdown"))

    @property
    def body(self) -> str:
        return self.value

    @property
    def source(self) -> str:
        return str(self._element.prop("body"))

    @property
    def help(self) -> str:
        return ""


class SpinnerView(ElementView):
    @property
    def value(self) -> Any:
        return self._element.prop("text")


class Member(NamedTuple):
    """One row of st.help's members table, read as Streamlit's ``Member`` proto reads."""

    name: str
    type: str
    value: str
    doc_string: str


class HelpView(ElementView):
    """Streamlit's AppTest ``Help``: ``name`` (the variable as written, "" if none),
    ``doc_string``, ``value`` (a readable repr; a signature reads as the name),
    ``members`` a list of (name, type, value, first docs line), "" where not shown;
    ``proto_value`` the value as stored (Streamlit's ``proto.value``)."""

    @property
    def members(self) -> list[Member]:
        """A list (``== []`` when there are none) of rows with Streamlit's field names."""
        return [Member(*(part or "" for part in row)) for row in self._element.prop("members")]

    @property
    def proto_value(self) -> str:
        return self._element.prop("value") or ""

    @property
    def value(self) -> Any:
        raw, name = self._element.prop("value"), self._element.prop("name")
        if name and (not raw or self._element.prop("value_kind") == "signature"):
            return name
        return raw or ""

    @property
    def doc_string(self) -> str:
        return self._element.prop("doc")


VIEWS: dict[str, type[ElementView]] = {
    "divider": Divider, "latex": Latex, "space": Space, "exception": ExceptionView,
    "progress": ProgressView, "spinner": SpinnerView, "badge": BadgeView, "help": HelpView,
    "mermaid_chart": MermaidView,
}
