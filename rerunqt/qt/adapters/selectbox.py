"""st.selectbox on a native QComboBox showing the placeholder when nothing is chosen.

Its own module so the choice adapters stay small; it exchanges an index (or None) with
the core and emits one event per user change, never for a value set by an update.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common, restyle, set_blocked
from rerunqt.qt.adapters.choice_common import GREY, NO_OPTIONS, Combo, _all_props, keeping_highlight
from rerunqt.qt.adapters.field_icon import text_icon
from rerunqt.qt.adapters.option_filter import filtered_completer
from rerunqt.runner.requests import WidgetEvent


class SelectCombo(Combo):
    """The selectbox: a combo box with a plain chevron instead of the style's drop-down button."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqSelectbox")
        self.labels: list[str] = []
        self.arrow = QLabel("\u25be", self)
        self.arrow.setObjectName("rqComboArrow")
        self.arrow.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # style sheets do not reach a combo box's own children: set the look here
        palette = self.arrow.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(GREY))
        self.arrow.setPalette(palette)
        font = self.arrow.font()
        font.setPixelSize(16)
        self.arrow.setFont(font)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        hint = self.arrow.sizeHint()
        self.arrow.setGeometry(self.width() - hint.width() - 10, (self.height() - hint.height()) // 2,
                               hint.width(), hint.height())


class SelectboxAdapter(Adapter):
    kind = "selectbox"
    exact_pixels = True

    def create(self, element: Element, host: Host) -> QWidget:
        combo = SelectCombo()
        field = LabelledField("", combo)
        widget_id = element.key

        def activated(index: int) -> None:
            _mark_empty(combo)
            value = index if index >= 0 else None
            if value != combo.committed:
                combo.committed = value
                host.emit(WidgetEvent(widget_id, value))

        combo.activated.connect(activated)

        def typed() -> None:  # accept_new_options: Enter or focus-out commits the text
            if not combo.isEditable():
                return
            text = combo.currentText()
            labels = combo.labels
            value: Any = labels.index(text) if text in labels else (text or None)
            if value != combo.committed:
                combo.committed = value
                host.emit(WidgetEvent(widget_id, value))

        combo.typed = typed  # type: ignore[attr-defined]
        self.update(field, element, element, _all_props(element))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        combo = widget.field
        assert isinstance(combo, Combo)
        apply_common(widget, new, changed)
        with keeping_highlight(combo):
            _show(combo, new.props_dict(), changed)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


def _show(combo: Combo, props: dict[str, Any], changed: frozenset[str]) -> None:
    """The options, their icons, the placeholder and the chosen option."""
    options = props["options"]
    if "options" in changed:
        set_blocked(combo, _refill, combo, options)
        combo.labels = list(options)  # type: ignore[attr-defined]
    if changed & {"accept_new_options", "filter_mode"}:
        _set_typing(combo, bool(props.get("accept_new_options")), props.get("filter_mode"))
    if changed & {"options", "icon"}:
        shown = text_icon(props.get("icon"))
        for index in range(combo.count()):
            combo.setItemIcon(index, shown if shown is not None else QIcon())
    adds = bool(props.get("accept_new_options"))  # no options: the user may still add one
    if changed & {"options", "placeholder", "accept_new_options"}:
        combo.setPlaceholderText(props["placeholder"] if options or adds else NO_OPTIONS)
        if (line := combo.lineEdit()) is not None:  # an editable combo shows its line's
            line.setPlaceholderText(combo.placeholderText())
    if changed & {"options", "disabled", "accept_new_options"}:
        combo.setEnabled((bool(options) or adds) and not props["disabled"])
    value = props["value"]
    if isinstance(value, str):  # a new option the user typed (accept_new_options)
        set_blocked(combo, combo.setCurrentIndex, -1)
        set_blocked(combo, combo.setEditText, value)
    else:
        target = -1 if value is None else value
        if combo.currentIndex() != target:
            set_blocked(combo, combo.setCurrentIndex, target)
    _mark_empty(combo)
    combo.committed = value


def _mark_empty(combo: QComboBox) -> None:
    """Showing the placeholder (no choice): the stylesheet greys it (``empty``), as
    Streamlit's and a text field's placeholder; a chosen option is in the text colour."""
    restyle(combo, "empty", combo.currentIndex() < 0 and not combo.isEditable())


def _refill(combo: QComboBox, labels: tuple[str, ...]) -> None:
    combo.clear()
    combo.addItems(list(labels))
    combo.setCurrentIndex(-1)


def _set_typing(combo: QComboBox, accept_new: bool, filter_mode: str | None) -> None:
    """accept_new_options: the combo becomes editable, and its completer lists the options
    the typed text matches under ``filter_mode`` (None: no list while typing)."""
    if combo.isEditable() != accept_new:
        combo.setEditable(accept_new)
        if accept_new:
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            line = combo.lineEdit()
            assert line is not None
            line.editingFinished.connect(lambda: combo.typed())  # type: ignore[attr-defined]
    if accept_new:
        combo.setCompleter(None if filter_mode is None  # type: ignore[arg-type]
                           else filtered_completer(combo, filter_mode))
