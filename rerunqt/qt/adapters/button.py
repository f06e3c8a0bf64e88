"""st.button: a QPushButton whose click is one event (True for one run)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.runner.requests import WidgetEvent


class ButtonAdapter(Adapter):
    kind = "button"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        button = QPushButton()
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
        if changed & {"label", "icon"}:
            text = props["label"] if not props.get("icon") else f"{props['icon']}  {props['label']}"
            widget.setText(text)
            widget.setAccessibleName(props["label"])
        if "help" in changed:
            widget.setToolTip(props.get("help") or "")
        if "disabled" in changed:
            widget.setEnabled(not props["disabled"])
        if "type" in changed:
            widget.setDefault(props["type"] == "primary")
            if widget.property("kind") != props["type"]:  # a later change: re-apply the style
                widget.setProperty("kind", props["type"])
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        if "use_container_width" in changed:
            horizontal = (QSizePolicy.Policy.Expanding if props["use_container_width"]
                          else QSizePolicy.Policy.Fixed)
            widget.setSizePolicy(horizontal, QSizePolicy.Policy.Fixed)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]
