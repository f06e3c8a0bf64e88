"""st.button: a QPushButton whose click is one event (True for one run)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.shortcuts import set_shortcut, with_shortcut
from rerunqt.runner.requests import WidgetEvent

# Streamlit's ":material/<name>:" icons, as the nearest Unicode symbol (no icon font needed)
MATERIAL_SYMBOLS = {
    "add": "+", "remove": "\u2212", "check": "\u2713", "close": "\u2715", "delete": "\U0001F5D1",
    "download": "\u2B07", "upload": "\u2B06", "search": "\U0001F50D", "refresh": "\u21BB",
    "settings": "\u2699", "save": "\U0001F4BE", "send": "\u27A4", "play_arrow": "\u25B6",
    "stop": "\u25A0", "edit": "\u270E", "home": "\u2302", "favorite": "\u2665", "star": "\u2605",
    "info": "\u2139", "warning": "\u26A0", "arrow_forward": "\u2192", "arrow_back": "\u2190",
    "thumb_up": "\U0001F44D", "thumb_down": "\U0001F44E", "mail": "\u2709", "lock": "\U0001F512",
}


def icon_text(icon: str | None) -> str:
    """An emoji is shown as is; a material icon as its symbol, or not at all if unknown."""
    if not icon:
        return ""
    if icon.startswith(":material/") and icon.endswith(":"):
        return MATERIAL_SYMBOLS.get(icon[len(":material/"):-1], "")
    return icon


class ButtonAdapter(Adapter):
    kind = "button"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        button = QPushButton()
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
        if changed & {"label", "icon", "icon_position"}:
            icon = icon_text(props.get("icon"))
            label = props["label"]
            if not icon:
                text = label
            elif props.get("icon_position") == "right":
                text = f"{label}  {icon}"
            else:
                text = f"{icon}  {label}"
            widget.setText(text)
            widget.setAccessibleName(label)
        if changed & {"help", "shortcut"}:
            widget.setToolTip(with_shortcut(props.get("help") or "", props.get("shortcut")))
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
        if changed & {"use_container_width", "width"}:
            stretch = props["use_container_width"] or props.get("width") == "stretch"
            horizontal = QSizePolicy.Policy.Expanding if stretch else QSizePolicy.Policy.Fixed
            widget.setSizePolicy(horizontal, QSizePolicy.Policy.Fixed)

    def left_aligned(self, element: Element) -> bool:
        return not element.prop("use_container_width") and element.prop("width") != "stretch"

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]
