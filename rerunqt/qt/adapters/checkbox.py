"""st.checkbox: a QCheckBox; a toggle is one event, the run confirms the state."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, set_blocked
from rerunqt.qt.adapters.elide import OneLineCheckBox, set_button_label
from rerunqt.qt.adapters.label_face import label_words
from rerunqt.qt.adapters.option_markdown import show_label_markdown
from rerunqt.runner.requests import WidgetEvent


class CheckboxAdapter(Adapter):
    kind = "checkbox"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        box = OneLineCheckBox()
        box.setObjectName("rqCheckbox")
        connect_check(box, element.key, host)
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, QCheckBox)
        update_check(widget, new.props_dict(), changed)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]


def connect_check(widget: QAbstractButton, widget_id: str, host: Host) -> None:
    """Report each toggle of a checkable button (a checkbox or a toggle) as its new state."""
    # Without a group, unchecking makes Qt search every sibling button of the page
    # (QAbstractButtonPrivate::queryButtonList): 3 ms per click on a 1000-element page.
    group = QButtonGroup(widget)
    group.setExclusive(False)
    group.addButton(widget)
    widget.toggled.connect(lambda checked: host.emit(WidgetEvent(widget_id, bool(checked))))


def update_check(widget: QAbstractButton, props: dict[str, Any], changed: frozenset[str]) -> None:
    """Show the changed label, help and disabled state, and the value, of a checkable button
    (a checkbox or a toggle)."""
    one_line = props.get("wrap") is False
    if changed & {"label", "label_visibility", "wrap"}:
        label = props["label"]
        words, face = label_words(label)  # its Markdown as words and a face
        if props.get("label_visibility", "visible") != "visible":
            label, words, face = "", "", 0
        set_button_label(widget, words, one_line)
        # colours, code, part emphasis: the Markdown drawn over the words
        show_label_markdown(widget, label, words, label, face, fit=not one_line)
        widget.setAccessibleName(props["label"])
    if changed & {"wrap", "label"}:  # a one-line label shows all of itself on hover
        widget.setToolTip(label_words(props["label"])[0] if one_line else "")
    if changed & {"help", "label", "label_visibility", "wrap"}:
        help_text = props.get("help")
        if help_text or getattr(widget, "rq_help_icon", None) is not None:  # "?" after the label
            shown = props.get("label_visibility", "visible") == "visible"
            from rerunqt.qt.adapters.help_icon import set_help  # with the first help

            set_help(widget, help_text, shown=shown)
    if "disabled" in changed:
        widget.setEnabled(not props["disabled"])
    if widget.isChecked() != bool(props["value"]):
        set_blocked(widget, widget.setChecked, bool(props["value"]))
