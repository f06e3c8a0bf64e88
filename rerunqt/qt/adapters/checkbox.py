"""st.checkbox: a QCheckBox; a toggle is one event, the run confirms the state."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, set_blocked
from rerunqt.runner.requests import WidgetEvent


class CheckboxAdapter(Adapter):
    kind = "checkbox"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        box = QCheckBox()
        box.setObjectName("rqCheckbox")
        # Without a group, unchecking makes Qt search every sibling button of the page
        # (QAbstractButtonPrivate::queryButtonList): 3 ms per click on a 1000-element page.
        group = QButtonGroup(box)
        group.setExclusive(False)
        group.addButton(box)
        widget_id = element.key
        box.toggled.connect(lambda checked: host.emit(WidgetEvent(widget_id, bool(checked))))
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, QCheckBox)
        props = new.props_dict()
        if changed & {"label", "label_visibility"}:
            shown = props["label"] if props.get("label_visibility", "visible") == "visible" else ""
            widget.setText(shown)
            widget.setAccessibleName(props["label"])
        if "help" in changed:
            widget.setToolTip(props.get("help") or "")
        if "disabled" in changed:
            widget.setEnabled(not props["disabled"])
        if widget.isChecked() != bool(props["value"]):
            set_blocked(widget, widget.setChecked, bool(props["value"]))

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]
