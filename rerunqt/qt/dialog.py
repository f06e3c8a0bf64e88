"""@st.dialog in the window: a modal QDialog holding the dialog root's elements.

The adapter builds the content (a column of children); the ``DialogPlace`` (the
dialog root's place, as the sidebar panel is the sidebar's) wraps it in a QDialog
over the window. Esc and the close button dismiss it when ``dismissible``; then the
session is told (the next event reruns the whole script), and with ``on_dismiss``
set the dismissal itself is a rerun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from rerunqt.core.dialogs import DISMISS_ID
from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.children import Children
from rerunqt.qt.column import Column
from rerunqt.qt.focus import install_enter_clicks
from rerunqt.runner.requests import WidgetEvent

if TYPE_CHECKING:
    from rerunqt.qt.window import AppWindow

WIDTH_PX = {"small": 500, "medium": 750, "large": 1280}


class DialogContent(QFrame):
    """The dialog's elements; its props say how the QDialog around it behaves."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqDialogContent")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addStretch(1)
        self.column = Column(layout)
        self.props: dict[str, Any] = {}
        self.frame: ModalDialog | None = None

    def set_props(self, props: dict[str, Any], reopen: bool) -> None:
        self.props = props
        if self.frame is not None:
            self.frame.configure(props)
            if reopen:
                self.frame.open()


class DialogAdapter(Adapter):
    kind = "dialog"

    def create(self, element: Element, host: Host) -> QWidget:
        content = DialogContent()
        content.set_props(element.props_dict(), reopen=False)
        return content

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, DialogContent)
        widget.set_props(new.props_dict(), reopen="opened" in changed)

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, DialogContent)
        return widget.column


class DialogScroll(QScrollArea):
    """The dialog's content, scrolled when it is taller than the window's screen allows:
    Streamlit's dialog stays inside the browser window and scrolls (a QDialog grew past the
    screen's bottom, with its last elements, a Submit button, out of reach)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqDialogScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)  # the dialog's own background shows

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.setAutoFillBackground(False)
        widget.installEventFilter(self)  # its size changes: the dialog's may too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return False

    def room(self) -> int:
        """The most height the content may take: the screen's, less the dialog's title,
        margins and a little of the window around it."""
        screen = self.screen()
        available = screen.availableGeometry().height() if screen is not None else 800
        return max(200, available - 200)

    def minimumSizeHint(self) -> QSize:
        """The content's height up to ``room``: the dialog grows with its content (a layout
        sizes a window by its minimum) until it would leave the screen, then scrolls."""
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        hint = content.minimumSizeHint().expandedTo(content.sizeHint())
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.minimumSizeHint().width() + bar, min(hint.height(), self.room()))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


class ModalDialog(QDialog):
    """The window-modal dialog around the content."""

    def __init__(self, window: AppWindow) -> None:
        super().__init__(window)
        self.setObjectName("rqDialog")
        self.app_window = window
        self.setWindowModality(Qt.WindowModality.WindowModal)
        install_enter_clicks(self)  # its own window: Enter on its buttons, as on the page's
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(16)
        self.heading = QLabel()
        self.heading.setObjectName("rqDialogTitle")
        self.heading.setWordWrap(True)  # a long title wraps, as in Streamlit (it was cut off)
        layout.addWidget(self.heading)
        self.body = layout
        self.scroller = DialogScroll()
        layout.addWidget(self.scroller)
        self.dismissible = True
        self.on_dismiss = "ignore"
        self.closing_by_script = False

    def configure(self, props: dict[str, Any]) -> None:
        icon = props.get("icon")
        title = props.get("title", "")
        self.setWindowTitle(title)
        self.heading.setText(f"{icon}  {title}" if icon and not icon.startswith(":") else title)
        width = props.get("width", "small")
        self.setMinimumWidth(width if isinstance(width, int) else WIDTH_PX.get(width, 500))
        self.fit_heading()
        self.dismissible = bool(props.get("dismissible", True))
        self.on_dismiss = props.get("on_dismiss", "ignore")
        flags = self.windowFlags()
        flags = (flags | Qt.WindowType.WindowCloseButtonHint if self.dismissible
                 else flags & ~Qt.WindowType.WindowCloseButtonHint)
        if flags != self.windowFlags():
            visible = self.isVisible()
            self.setWindowFlags(flags)
            if visible:
                self.show()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_heading()

    def fit_heading(self) -> None:
        """Reserve the wrapped title's height: a window's layout ignores height-for-width,
        so without this a title on two lines overlaps the content under it."""
        margins = self.body.contentsMargins()
        height = self.heading.heightForWidth(self.width() - margins.left() - margins.right())
        if height > 0 and height != self.heading.minimumHeight():
            self.heading.setMinimumHeight(height)

    def reject(self) -> None:
        """Esc or the close button: a dismissal, if the dialog allows one."""
        if self.closing_by_script:
            super().reject()
            return
        if not self.dismissible:
            return
        super().reject()
        session = self.app_window.session
        session.dialog_dismissed()
        if self.on_dismiss != "ignore":
            self.app_window.host.emit(WidgetEvent(DISMISS_ID, True, click=True))

    def closeEvent(self, event: Any) -> None:
        if not self.dismissible and not self.closing_by_script:
            event.ignore()
            return
        super().closeEvent(event)


class DialogPlace:
    """The children protocol for the dialog root: shows its content in a ModalDialog."""

    def __init__(self, window: AppWindow) -> None:
        self.window = window
        self.dialog: ModalDialog | None = None
        self.content: DialogContent | None = None

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        assert isinstance(widget, DialogContent)
        if self.dialog is None:
            self.dialog = ModalDialog(self.window)
        if self.content is not None and self.content is not widget:
            self.remove(self.content)
        self.content = widget
        widget.frame = self.dialog
        self.dialog.scroller.setWidget(widget)
        widget.show()
        self.dialog.configure(widget.props)
        self.dialog.open()

    def remove(self, widget: QWidget) -> None:
        if widget is not self.content or self.dialog is None:
            return
        if self.dialog.scroller.widget() is widget:
            self.dialog.scroller.takeWidget()
        widget.frame = None
        self.content = None
        self.dialog.closing_by_script = True
        try:
            self.dialog.reject()
        finally:
            self.dialog.closing_by_script = False

    def index_of(self, widget: QWidget) -> int:
        return 0 if widget is self.content else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None


DIALOG_ADAPTERS: list[Adapter] = [DialogAdapter()]
