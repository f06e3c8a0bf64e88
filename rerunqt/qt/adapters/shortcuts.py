"""A button's ``shortcut=``: a window-wide key that clicks it.

A QShortcut on the button with the WindowShortcut context fires while the button's
window is active, wherever the focus is. A key without modifiers (e.g. "K") must stay
typeable, so it does nothing while the focus is in a text field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

_MODIFIERS = ("Ctrl+", "Alt+", "Meta+")


def typing_in_field() -> bool:
    """Whether the keyboard focus is in a field that takes typed text."""
    return accepts_text(QApplication.focusWidget())


def accepts_text(widget: QWidget | None) -> bool:
    """Whether typing into ``widget`` enters text (so a bare-letter shortcut must not fire).

    Asks ``inherits`` by class name first: naming the editor classes here would create
    their Python types (and enums) at start-up, for the first focus change."""
    if widget is None:
        return False
    if widget.inherits("QComboBox"):  # letters search its options even when not editable
        return True
    if widget.inherits("QTextEdit") or widget.inherits("QPlainTextEdit"):
        from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

        return isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()
    if widget.inherits("QAbstractItemView"):  # a table that starts editing on a key press
        from PySide6.QtWidgets import QAbstractItemView

        return isinstance(widget, QAbstractItemView) and bool(
            widget.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed)
    return widget.inherits("QLineEdit") or widget.inherits("QAbstractSpinBox")


def set_shortcut(button: QAbstractButton, keys: str | None) -> None:
    """Give ``button`` the shortcut ``keys`` (Qt key-sequence text), or take it away."""
    old = button.findChild(QShortcut, "rqShortcut")
    if old is not None:
        old.setEnabled(False)
        old.setParent(None)
        old.deleteLater()
    if not keys:
        return
    shortcut = QShortcut(QKeySequence(keys), button)
    shortcut.setObjectName("rqShortcut")
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    bare = not any(keys.startswith(mod) for mod in _MODIFIERS)

    def fire() -> None:
        if bare and typing_in_field():
            return
        if button.isEnabled() and button.isVisible():
            button.click()

    shortcut.activated.connect(fire)


def shortcut_text(keys: str | None) -> str:
    """The shortcut as the platform writes it (e.g. "Ctrl+K", or "⌘K" on macOS)."""
    if not keys:
        return ""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def with_shortcut(tooltip: str, keys: str | None) -> str:
    """A button's tooltip: its help, then its shortcut."""
    shown = shortcut_text(keys)
    if not shown:
        return tooltip
    return f"{tooltip}\n(Shortcut: {shown})" if tooltip else f"Shortcut: {shown}"


