"""st.multiselect: removable chips in a wrapping row plus a combo box of the options left.

Its own module so the choice adapters stay small; it exchanges a tuple of indices with the
core and, at ``max_selections``, disables the combo box's items under a hint."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QStandardItem,
    QStandardItemModel,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common, set_blocked
from rerunqt.qt.adapters.choice_common import GREY, NO_OPTIONS, Combo, _all_props, keeping_highlight
from rerunqt.qt.adapters.multiselect_chip import Chip
from rerunqt.qt.adapters.option_filter import filtered_completer
from rerunqt.qt.flow import FlowBox
from rerunqt.runner.requests import WidgetEvent

_SLIVER = 24  # the add box's width after chips (Streamlit's empty input is a few pixels)
_OPENING_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Home,
                 Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)  # would pick blindly


class AddCombo(Combo):
    """The combo box after the chips: it lists the options not chosen yet.

    Space, Down or Up opens its list (typing a letter opens it at a matching option),
    Enter picks, Backspace removes the last chip. Nothing is added without the list open.
    """

    def __init__(self, owner: MultiField) -> None:
        super().__init__()
        self.owner = owner
        self.setObjectName("rqMultiAdd")
        self.setMinimumContentsLength(6)
        # as wide as 6 characters, not as the longest option (Qt's default): a long option
        # list pushed the add box under the chips, onto a second, empty line
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def sizeHint(self) -> QSize:
        return self._narrow(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._narrow(super().minimumSizeHint())

    def _narrow(self, hint: QSize) -> QSize:
        """After chips the box shows nothing: it takes only a sliver of their line (as
        Streamlit's empty input does), so chips that fit stay on one line; a box that
        takes typing (accept_new_options) keeps room for the text."""
        if self.owner.chips and not self.isEditable():
            hint.setWidth(min(hint.width(), _SLIVER))
        return hint

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.owner.remove_last()
            event.accept()
        elif key in _OPENING_KEYS:
            self.showPopup()  # never pick an option blindly: show the list
            event.accept()
        elif event.text().strip() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.showPopup()  # typing jumps to a matching option in the list; Enter picks it
            self.view().keyboardSearch("")  # a new search, not the last one's letters
            self.view().keyboardSearch(event.text())
            event.accept()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # scrolling must not add options

    def showPopup(self) -> None:
        super().showPopup()
        popup = self.view().window()
        owner = self.owner
        corner = owner.mapToGlobal(QPoint(0, owner.height()))
        if popup is not self.window() and corner.x() < popup.x():  # line it up with the field
            popup.setGeometry(corner.x(), popup.y(), max(popup.width(), owner.width()), popup.height())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.owner.set_focused(True)
        if self.owner.scroller is not None:  # one row of chips: show where the user types
            self.owner.scroller.ensureWidgetVisible(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.owner.set_focused(False)


class MultiField(QFrame):
    """Chips and the add-combo in a wrapping row, then clear-all and open buttons."""

    def __init__(self, on_change: Callable[[tuple[int, ...]], None]) -> None:
        super().__init__()
        self.setObjectName("rqMultiselect")
        self.on_change = on_change
        self.labels: tuple[str, ...] = ()
        self.selected: tuple[int, ...] = ()
        self.max_selections: int | None = None
        self.placeholder = ""
        self.adds = False  # accept_new_options: with no options, the placeholder still shows
        self.select_all = False  # select_all=: a first row that chooses every option
        self.chips: list[Chip] = []
        self.box = FlowBox()
        self.combo = AddCombo(self)
        self.combo.setModel(QStandardItemModel(self.combo))
        self.box.flow.addWidget(self.combo)
        self.clear_button = self._tool("\u00d7", "rqClearAll", "Clear all", self.clear)
        self.open_button = self._tool("\u25be", "rqMultiOpen", "Show options", self.open_popup)
        self.scroller: QScrollArea | None = None  # wrap=False: the chips' one scrolling row
        layout = self.row = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(2)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(self.combo)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo.activated.connect(self._picked)

    def set_one_line(self, one_line: bool) -> None:
        """Chips on one row that scrolls sideways (``wrap=False``), or wrapping lines."""
        self.box.flow.one_line = one_line
        if one_line and self.scroller is None:
            scroll = self.scroller = QScrollArea()
            scroll.setObjectName("rqChipRow")
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.row.replaceWidget(self.box, scroll)
            scroll.setWidget(self.box)
            scroll.viewport().setAutoFillBackground(False)
            self.box.setAutoFillBackground(False)
        elif not one_line and self.scroller is not None:
            self.scroller.takeWidget()
            self.row.replaceWidget(self.scroller, self.box)
            self.scroller.deleteLater()
            self.scroller = None
            self.box.show()
        self.box.refit()
        self.fit_row()

    def fit_row(self) -> None:
        """A one-row field is as tall as its chips; the add box scrolls into view."""
        if self.scroller is not None:
            self.scroller.setFixedHeight(max(self.box.maximumHeight(), 1)
                                         if self.box.maximumHeight() < 16777215 else
                                         self.box.sizeHint().height())

    def _tool(self, text: str, name: str, accessible: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(slot)
        return button

    # ----- user actions: change locally at once (quick clicks compose), emit once -----
    def full(self) -> bool:
        return self.max_selections is not None and len(self.selected) >= self.max_selections

    def _picked(self, row: int) -> None:
        item = self.combo.model().index(row, 0)
        index = item.data(Qt.ItemDataRole.UserRole)
        if index == _ALL and not self.full():
            rest = [i for i in range(len(self.labels)) if i not in self.selected]
            room = len(rest) if self.max_selections is None else (
                self.max_selections - len(self.selected))
            self.change((*self.selected, *rest[:room]))
            return
        if index is None or self.full() or index in self.selected:
            set_blocked(self.combo, self.combo.setCurrentIndex, -1)
            return
        self.change((*self.selected, index))

    def accept_new(self, filter_mode: str | None) -> None:
        """accept_new_options=: the add box takes typed text; Enter adds it (a listed
        option's label picks that option). ``filter_mode`` picks the options listed."""
        if self.combo.isEditable():
            return
        self.combo.setEditable(True)
        self.combo.setCompleter(None if filter_mode is None  # type: ignore[arg-type]
                                else filtered_completer(self.combo, filter_mode))
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.combo.placeholderText())
        line.returnPressed.connect(self._typed)

    def _typed(self) -> None:
        text = self.combo.currentText().strip()
        if not text or self.full():
            return
        chosen: Any = self.labels.index(text) if text in self.labels else text
        if chosen not in self.selected:
            self.change((*self.selected, chosen))
        self.combo.setEditText("")

    def remove(self, index: int, _checked: bool = False) -> None:
        if self.isEnabled() and index in self.selected:
            self.change(tuple(i for i in self.selected if i != index))

    def remove_last(self) -> None:
        if self.selected:
            self.change(self.selected[:-1])

    def clear(self) -> None:
        if self.selected:
            self.change(())

    def open_popup(self) -> None:
        self.combo.setFocus(Qt.FocusReason.MouseFocusReason)
        self.combo.showPopup()

    def change(self, selected: tuple[int, ...]) -> None:
        self.show_selection(selected)
        self.on_change(selected)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_popup()
        super().mousePressEvent(event)

    def set_focused(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)

    # ----- showing -----
    def show_selection(self, selected: tuple[int, ...], force: bool = False) -> None:
        """Chips for ``selected``, the rest in the combo box."""
        if selected == self.selected and not force:
            return
        self.selected = selected
        for chip in self.chips:
            self.box.flow.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self.chips = []
        for position, index in enumerate(selected):
            text = index if isinstance(index, str) else self.labels[index]  # a new option: its text
            chip = Chip(text, partial(self.remove, index))
            self._insert(position, chip)
            chip.ensurePolished()  # measured with the style sheet's font and padding
            self.chips.append(chip)
        self.clear_button.setVisible(bool(selected))
        with keeping_highlight(self.combo):
            set_blocked(self.combo, self._fill_combo)
        self.combo.updateGeometry()  # its width depends on whether there are chips
        self.box.refit()

    def _insert(self, position: int, chip: Chip) -> None:
        self.box.flow.addWidget(chip)  # appended after the combo: move it into place
        flow = self.box.flow
        flow.items.insert(position, flow.items.pop())

    def _fill_combo(self) -> None:
        model = self.combo.model()
        assert isinstance(model, QStandardItemModel)
        model.clear()
        full = self.full()
        if full:
            hint = QStandardItem(
                f"You can select at most {self.max_selections} "
                f"{'option' if self.max_selections == 1 else 'options'}; remove one first."
            )
            _grey(hint, italic=True)
            model.appendRow(hint)
        chosen = set(self.selected)
        rest = [i for i in range(len(self.labels)) if i not in chosen]
        if self.select_all and len(rest) > 1 and not full:
            every = QStandardItem("Select all")
            every.setData(_ALL, Qt.ItemDataRole.UserRole)
            model.appendRow(every)
        for index in rest:
            item = QStandardItem(self.labels[index])
            item.setData(index, Qt.ItemDataRole.UserRole)
            if full:
                _grey(item)
            model.appendRow(item)
        if not rest and not full:
            empty = QStandardItem("No more options." if self.labels else NO_OPTIONS)
            _grey(empty, italic=True)
            model.appendRow(empty)
        if full:
            shown = "Maximum reached"
        elif self.selected:
            shown = ""
        else:
            shown = self.placeholder if self.labels or self.adds else NO_OPTIONS
        self.combo.setPlaceholderText(shown)
        # after the hint: Qt selects row 0 when the hint becomes empty with no row chosen,
        # which showed the next option's name after the first chip
        self.combo.setCurrentIndex(-1)
        if (line := self.combo.lineEdit()) is not None:  # an editable box shows its line's
            line.setPlaceholderText(shown)
        # after chips, a narrow add box keeps to their line; alone, room for its hint
        self.combo.setMinimumContentsLength(max(3, min(len(shown), 24)))


_ALL = "\x00all"  # the "Select all" row's data (an option index is an int)


def _grey(item: QStandardItem, italic: bool = False) -> None:
    """A row that cannot be chosen, and looks it (a style sheet does not grey it)."""
    item.setEnabled(False)
    item.setSelectable(False)  # else the list's current row draws it in the selection colour
    item.setForeground(QColor(GREY))
    if italic:
        font = item.font()
        font.setItalic(True)
        item.setFont(font)


class MultiselectAdapter(Adapter):
    kind = "multiselect"
    exact_pixels = True

    def create(self, element: Element, host: Host) -> QWidget:
        widget_id = element.key

        def changed(selected: tuple[int, ...]) -> None:
            host.emit(WidgetEvent(widget_id, selected))

        multi = MultiField(changed)
        field = LabelledField("", multi)
        self.update(field, element, element, _all_props(element))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        multi = widget.field
        assert isinstance(multi, MultiField)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if "label" in changed:  # the Tab stop is the add box: name it by the label
            multi.combo.setAccessibleName(props["label"])
        force = bool(changed & {"options", "max_selections", "placeholder", "select_all",
                                "accept_new_options"})
        multi.labels = props["options"]
        multi.max_selections = props["max_selections"]
        multi.placeholder = props["placeholder"]
        multi.adds = bool(props.get("accept_new_options"))
        multi.select_all = bool(props.get("select_all"))
        if props.get("accept_new_options"):
            multi.accept_new(props.get("filter_mode"))
        if "wrap" in changed:
            multi.set_one_line(props.get("wrap") is False)
        multi.show_selection(tuple(props["value"]), force)
        multi.fit_row()

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget.field.combo]  # type: ignore[attr-defined]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]
