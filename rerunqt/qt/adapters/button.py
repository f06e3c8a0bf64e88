"""st.button: a QPushButton whose click is one event (True for one run)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.core.md_symbols import MATERIAL_SYMBOLS
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.elide import OneLinePushButton, set_button_label
from rerunqt.qt.adapters.label_face import label_words, with_icon
from rerunqt.qt.adapters.option_markdown import show_label_markdown
from rerunqt.qt.adapters.shortcuts import set_shortcut, with_shortcut
from rerunqt.runner.requests import WidgetEvent


def icon_text(icon: str | None) -> str:
    """An emoji is shown as is; a material icon as its symbol, or not at all if unknown;
    ``"spinner"`` (Streamlit's turning circle) as a still circle of dots."""
    if not icon or not icon.strip():
        return ""
    if icon.strip() == "spinner":
        return "\u25cc"
    if icon.startswith(":material/") and icon.endswith(":"):
        return MATERIAL_SYMBOLS.get(icon[len(":material/"):-1], "")
    return icon


class ButtonAdapter(Adapter):
    kind = "button"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        button = OneLinePushButton()
        button.setAutoDefault(False)  # never pressed by an Enter meant for a field (dialogs)
        button.setObjectName("rqButton")
        # The stylesheet selects on [kind]: set it before the first polish. Re-polishing
        # a freshly created button left its page chunk with zero height.
        button.setProperty("kind", element.prop("type"))
        widget_id = element.key
        button.clicked.connect(lambda: host.emit(WidgetEvent(widget_id, True, click=True)))
        self.update(button, element, element, frozenset(n for n, _ in element.props))
        return button

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, QPushButton)
        props = new.props_dict()
        if changed & {"label", "icon", "icon_position", "wrap"}:
            label = props["label"]
            words, face = label_words(label)  # its Markdown as words and a face
            icon, right = icon_text(props.get("icon")), props.get("icon_position") == "right"
            text = with_icon(words, icon, right)
            one_line = props.get("wrap") is False
            set_button_label(widget, text, one_line)
            # colours, code, part emphasis: the Markdown drawn over the words
            show_label_markdown(widget, label, text, with_icon(label, icon, right), face,
                                fit=not one_line)
            widget.setAccessibleName(label)
        if changed & {"help", "shortcut", "label", "wrap"}:  # a one-line label shows all on hover
            tip = props.get("help") or (label_words(props["label"])[0] if props.get("wrap") is False else "")
            widget.setToolTip(with_shortcut(tip, props.get("shortcut")))
        if "shortcut" in changed:
            set_shortcut(widget, props.get("shortcut"))
        if "disabled" in changed:
            widget.setEnabled(not props["disabled"])
        if "type" in changed:
            # no setDefault/autoDefault: inside a dialog Qt would "click" a default button
            # on an Enter meant to commit a field
            if widget.property("kind") != props["type"]:  # a later change: re-apply the style
                widget.setProperty("kind", props["type"])
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        if changed & {"use_container_width", "width", "wrap"}:
            stretch = props["use_container_width"] or props.get("width") == "stretch"
            # a narrower column shrinks the button: its label ends in an ellipsis (wrap=False)
            # or wraps onto more lines (elide.OneLineLabel)
            horizontal = QSizePolicy.Policy.Expanding if stretch else QSizePolicy.Policy.Preferred
            widget.setSizePolicy(horizontal, QSizePolicy.Policy.Fixed)

    def left_aligned(self, element: Element) -> bool:
        """Content width keeps to the left; "stretch" spans; a pixel width is that wide (at
        most the column), as Streamlit's ``width=300`` button, not its label's width."""
        width = element.prop("width")
        return not element.prop("use_container_width") and width == "content"

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]
