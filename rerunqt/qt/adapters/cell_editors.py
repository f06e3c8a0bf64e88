"""The cell editors and cell painting of st.data_editor.

It exists to keep, apart from the model, what opens on a cell: a line edit (numbers get
a validator; TextColumn / LinkColumn ``max_chars`` a maximum length), a QDateEdit /
QTimeEdit / QDateTimeEdit for date, time and datetime columns (a calendar popup for
dates; ``min_value`` / ``max_value`` as the editor's range; ``step`` rounds the picked
value; ``timezone`` is the zone the value is shown and picked in), a checkable drop-down
of a MultiselectColumn's options (multiselect_cell.py), a drop-down of a SelectboxColumn's
(selectbox_cell.py); and what is painted
instead of text (progress bars, small charts and list chips, as st.dataframe draws them).
Ctrl+click (or Ctrl+Enter) on a LinkColumn cell opens its URL; a plain click or Enter edits.
As in Streamlit's grid, Enter in a typed cell commits and moves down, Tab right, Shift+Tab left
(no editor opens there: typing on it starts the next edit).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QRectF,
    QRegularExpression,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from rerunqt.core.cell_dates import DATE_KINDS, in_zone, stepped, typed_cell, zone
from rerunqt.core.column_text import CHART_TYPES, coerced
from rerunqt.core.list_cells import CHIP_TYPES, chips, items
from rerunqt.qt import theme_state
from rerunqt.qt.adapters.cell_charts import paint_chart
from rerunqt.qt.adapters.cell_paint import chips_width, paint_chips, paint_progress
from rerunqt.qt.adapters.editor_marks import paint_required
from rerunqt.qt.adapters.links import open_link
from rerunqt.qt.adapters.multiselect_cell import MultiselectCellEditor
from rerunqt.qt.adapters.selectbox_cell import SelectboxCellEditor

if TYPE_CHECKING:
    from rerunqt.qt.adapters.data_editor import EditorBox

_ROLE = Qt.ItemDataRole
_PATTERNS = {
    "int": QRegularExpression(r"\s*([-+]?\d+)?\s*"),
    "float": QRegularExpression(r"\s*([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)?\s*"),
}
DRAWN = frozenset({"progress"}) | CHART_TYPES
_STEPS = {Qt.Key.Key_Return: (1, 0), Qt.Key.Key_Enter: (1, 0), Qt.Key.Key_Tab: (0, 1),
          Qt.Key.Key_Backtab: (0, -1)}
_PLAIN = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: time | datetime) -> QTime:
    return QTime(value.hour, value.minute, value.second, value.microsecond // 1000)


def date_editor(parent: QWidget, kind: str, config: dict[str, Any]) -> QDateTimeEdit:
    """The picker of a date, time or datetime column, limited to the column's range."""
    seconds = not (config.get("step") or 1) % 60 == 0
    low, high = (config.get("min_value"), config.get("max_value"))
    editor: QDateTimeEdit
    if kind == "date":
        editor = QDateEdit(parent)
        editor.setDisplayFormat("yyyy-MM-dd")
    elif kind == "time":
        editor = QTimeEdit(parent)
        editor.setDisplayFormat("HH:mm:ss" if seconds else "HH:mm")
    else:
        editor = QDateTimeEdit(parent)
        editor.setDisplayFormat("yyyy-MM-dd HH:mm:ss" if seconds else "yyyy-MM-dd HH:mm")
    editor.setCalendarPopup(kind != "time")
    tz = config.get("timezone")
    for bound, is_min in ((low, True), (high, False)):
        if bound is None:
            continue
        bound = typed_cell(kind, bound)
        if kind == "time":
            (editor.setMinimumTime if is_min else editor.setMaximumTime)(_qtime(bound))
            continue
        if isinstance(bound, datetime):
            bound = in_zone(bound, tz) if bound.tzinfo is not None else bound
            clock = _qtime(bound)
        else:
            clock = QTime(0, 0) if is_min else QTime(23, 59, 59)
        (editor.setMinimumDateTime if is_min else editor.setMaximumDateTime)(
            QDateTime(_qdate(bound), clock))
    return editor


def show_in_editor(editor: QDateTimeEdit, kind: str, value: Any, tz: str | None) -> None:
    """The cell's value in the picker (an empty cell starts at now, within the range)."""
    if value is None:
        value = datetime.now() if tz is None else datetime.now(zone(tz))
    value = in_zone(value, tz)
    if kind == "time":
        editor.setTime(_qtime(value))
    elif kind == "date":
        editor.setDate(_qdate(value))
    else:
        if not isinstance(value, datetime):
            value = datetime.combine(value, time())
        editor.setDateTime(QDateTime(_qdate(value), _qtime(value)))


def read_editor(editor: QDateTimeEdit, kind: str, original: Any, config: dict[str, Any]) -> Any:
    """The picked value as a date, time or datetime (in the column's timezone, stepped)."""
    tz = config.get("timezone")
    tzinfo = zone(tz) if tz else getattr(original, "tzinfo", None)
    picked_time: time = editor.time().toPython()  # type: ignore[assignment]
    picked_date: date = editor.date().toPython()  # type: ignore[assignment]
    if kind == "date":
        return picked_date
    if kind == "time":
        value: Any = picked_time.replace(tzinfo=tzinfo)
    else:
        value = datetime.combine(picked_date, picked_time, tzinfo)
    return stepped(kind, value, config.get("step"))


class CellDelegate(QStyledItemDelegate):
    """Opens the editor a cell's column calls for; paints drawn columns."""

    _finish_later = Signal(QWidget, int, int)  # queued: Enter reaches the editor first

    def __init__(self, box: EditorBox) -> None:
        super().__init__(box.table)
        self.box = box
        self._finish_later.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter / Tab / Shift+Tab in a typed cell: commit, close, move down / right / left."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(editor, (QLineEdit, QDateTimeEdit))
                and not event.modifiers() & ~_PLAIN and event.key() in _STEPS):
            rows, columns = _STEPS[Qt.Key(event.key())]
            if isinstance(editor, QLineEdit) and not editor.hasAcceptableInput():
                return True  # not a value yet ("-"): keep editing
            if rows:  # the editor sees Enter first (a date edit reads its typed text)
                self._finish_later.emit(editor, rows, columns)
                return False
            self._finish(editor, rows, columns)
            return True
        return super().eventFilter(editor, event)

    def _finish(self, editor: QWidget, rows: int, columns: int) -> None:
        if self.box.editor is not editor:
            return  # closed meanwhile (Escape, a click elsewhere)
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        self.box.step(rows, columns)

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        model = self.box.model
        kind, config = model.types[index.column()], model.config(index.column())
        editor: QWidget
        if kind in DATE_KINDS:
            editor = date_editor(parent, kind, config)
        elif config.get("type") == "multiselect" and config.get("options") is not None:
            editor = MultiselectCellEditor(parent, config.get("option_table") or (), self._done)
        elif config.get("type") == "selectbox" and config.get("options"):
            editor = SelectboxCellEditor(parent, tuple(config["options"]), config.get("option_labels"),
                                         self._done)
        else:
            line = editor = QLineEdit(parent)
            pattern = _PATTERNS.get(kind)
            if pattern is not None:
                line.setValidator(QRegularExpressionValidator(pattern, line))
            if config.get("max_chars"):
                line.setMaxLength(int(config["max_chars"]))
        editor.setObjectName("rqDataEditorCell")
        self.box.editor_opened(editor)
        return editor

    def _done(self, editor: QWidget, commit: bool) -> None:
        """The multiselect popup's Enter (commit) or Escape (leave the cell as it was)."""
        if commit:
            self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def updateEditorGeometry(self, editor: QWidget, option: Any, index: Any) -> None:
        editor.setGeometry(option.rect)  # the whole cell, not the padded text area

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        model = self.box.model
        if editor.property("rqLoaded") and self._holds(editor, index):
            return  # a rerun after the open cell's flush: keep its cursor, selection, popup
        editor.setProperty("rqLoaded", True)
        if isinstance(editor, QDateTimeEdit):
            kind = model.types[index.column()]
            tz = model.config(index.column()).get("timezone")
            show_in_editor(editor, kind, index.data(_ROLE.EditRole), tz)
        elif isinstance(editor, SelectboxCellEditor):
            editor.set_value(model.value(index.row(), index.column()) if index.row() < len(model.order)
                             else None)
        elif isinstance(editor, MultiselectCellEditor):
            editor.set_values(model.value(index.row(), index.column()) if index.row() < len(model.order)
                              else None)
        elif isinstance(editor, QLineEdit):
            editor.setText(index.data(_ROLE.EditRole) or "")

    def _holds(self, editor: QWidget, index: Any) -> bool:
        """Whether an open editor already shows the cell's value (reloading it would move
        the text cursor to the end, drop the selection and rebuild an open list)."""
        model = self.box.model
        value = model.value(index.row(), index.column()) if index.row() < len(model.order) else None
        if isinstance(editor, QDateTimeEdit):
            config = model.config(index.column())
            return value is not None and read_editor(editor, model.types[index.column()], value,
                                                     config) == value
        if isinstance(editor, SelectboxCellEditor):
            return editor.currentIndex() >= 0 and editor.value() == value
        if isinstance(editor, MultiselectCellEditor):
            return sorted(editor.values()) == sorted(str(v) for v in (items(value) or []))
        if isinstance(editor, QLineEdit):
            return editor.text() == (index.data(_ROLE.EditRole) or "")
        return False

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        if isinstance(editor, QDateTimeEdit):
            kind = model.types[index.column()]
            value = read_editor(editor, kind, index.data(_ROLE.EditRole), model.config(index.column()))
            model.setData(index, value, _ROLE.EditRole)
        elif isinstance(editor, SelectboxCellEditor):
            if editor.currentIndex() >= 0:
                model.setData(index, editor.value(), _ROLE.EditRole)
        elif isinstance(editor, MultiselectCellEditor):
            model.setData(index, editor.values(), _ROLE.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), _ROLE.EditRole)

    def destroyEditor(self, editor: QWidget, index: Any) -> None:
        self.box.editor_closed(editor)
        super().destroyEditor(editor, index)

    def editorEvent(self, event: QEvent, model: Any, option: Any, index: Any) -> bool:
        """Ctrl+click on a LinkColumn cell opens the link (a click without Ctrl selects)."""
        if (isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonRelease
                and model.is_link(index.column())
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and open_link(model.value(index.row(), index.column()) if index.row() < len(model.order)
                              else None)):
            return True
        return super().editorEvent(event, model, option, index)

    def chips_at(self, index: Any) -> bool:
        """A cell drawn as chips: a List/MultiselectColumn, a list of text, or a list of other
        plain values ((True, False), {1, 2}) that Streamlit's grid draws as a read-only list."""
        model = self.box.model
        drawn = model.config(index.column()).get("type")
        if drawn in CHIP_TYPES:
            return True
        kind = model.types[index.column()]
        return drawn not in DRAWN and (kind == "list" or (
            kind == "object" and index.row() < len(model.order)
            and isinstance(model.value(index.row(), index.column()), tuple)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        self._paint(painter, option, index)
        if self.box.model.missing_required(index.row(), index.column()):
            paint_required(painter, option.rect, theme_state.primary(option.widget))

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        model = self.box.model
        drawn = model.config(index.column()).get("type")
        if drawn == "button" and index.row() < len(model.order):
            self._paint_button(painter, option, index)
            return
        listed = self.chips_at(index)
        if (drawn not in DRAWN and not listed) or index.row() >= len(model.order):
            super().paint(painter, option, index)
            return
        widget = option.widget
        if widget is not None:  # the background and selection, without text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        value = coerced(str(drawn), model.value(index.row(), index.column()))  # "a,b": a list
        config = model.config(index.column())
        rect = QRectF(option.rect).adjusted(6, 6, -6, -6)
        palette = widget.palette() if widget is not None else option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if listed:
            paint_chips(painter, QRectF(option.rect), chips(value, config.get("option_table") or ()), palette)
        elif drawn == "progress":
            paint_progress(painter, rect, value, config.get, model.types[index.column()] == "int", palette)
        else:
            paint_chart(painter, QRectF(option.rect), str(drawn), value, config.get, palette)
        painter.restore()

    def _paint_button(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        """A ButtonColumn cell: the cell's background, then its button (which shows the focus)."""
        widget = option.widget
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if widget is not None:
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            plain.state &= ~QStyle.StateFlag.State_HasFocus
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        self.box.button_cells.paint(painter, option.rect, index, focused)

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        hint = super().sizeHint(option, index)
        model = self.box.model
        config = model.config(index.column())
        if config.get("type") == "button":
            hint.setWidth(hint.width() + 36)  # the button's own padding
        elif (config.get("type") in CHIP_TYPES or model.types[index.column()] == "list") \
                and index.row() < len(model.order):
            shown = chips(model.value(index.row(), index.column()), config.get("option_table") or ())
            hint.setWidth(chips_width(shown, option.fontMetrics))  # the chips and their paddings
        return hint
