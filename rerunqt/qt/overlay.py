"""The overlay root in the window: toasts in the top-right corner; balloons, snow.

A toast is an event, not a page element. Its element's widget is a
hidden *ticket*; when the renderer inserts the ticket, the card starts on
the window, owned by the window, not by the ticket. So when the next run does not
draw the toast again (the renderer removes and deletes the ticket), the card stays
until its time is up or the user closes it. Nothing here takes keyboard focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.children import Children
from rerunqt.qt.toast_body import ToastBody, view_button

if TYPE_CHECKING:
    from rerunqt.qt.effects import Effect

MARGIN = 16
CARD_WIDTH = 340
MAX_TOASTS = 8  # more would outgrow the window: the oldest goes first
_PAGE_EVENTS = (QEvent.Type.Move, QEvent.Type.Resize)


class ToastCard(QFrame):
    """One toast: icon, markdown body, close button; it goes when its time is up."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqToast")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedWidth(CARD_WIDTH)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 8, 10)
        row.setSpacing(10)
        self.icon = QLabel()
        self.icon.setObjectName("rqToastIcon")
        self.body = ToastBody(self._overflow_changed)  # three lines, then "view more"
        self.body.setObjectName("rqToastBody")
        self.view = view_button(self.body, self._relayout)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(4)
        text.addWidget(self.body)
        text.addWidget(self.view, 0, Qt.AlignmentFlag.AlignLeft)
        self.close_button = QToolButton()
        self.close_button.setObjectName("rqToastClose")
        self.close_button.setText("✕")
        self.close_button.setToolTip("Close")
        self.close_button.setAccessibleName("Close toast")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)
        self.done = False

    def set_props(self, props: dict[str, Any]) -> None:
        """Show ``props`` (body, icon, duration); the time on screen starts again."""
        from rerunqt.qt.adapters.button import icon_text

        shown = icon_text(props.get("icon"))  # a material icon as its symbol, as alerts show it
        self.icon.setText(shown)
        self.icon.setVisible(bool(shown))
        self.body.set_text(props.get("body", ""))
        self.setAccessibleName(props.get("body", ""))
        duration = props.get("duration")
        if duration is None:
            self.timer.stop()
        else:
            self.timer.start(int(duration * 1000))

    def text(self) -> str:
        return self.body.text()

    def _overflow_changed(self) -> None:
        self.view.setVisible(self.body.overflowing)

    def _relayout(self) -> None:
        stack = self.parentWidget()
        if isinstance(stack, ToastStack):
            stack.place()

    def dismiss(self) -> None:
        if self.done:
            return
        self.done = True
        self.timer.stop()
        stack = self.parentWidget()
        self.hide()
        self.setParent(None)
        if isinstance(stack, ToastStack):
            stack.place()
        self.deleteLater()


class ToastStack(QWidget):
    """The window's toasts, newest at the bottom, kept in the top-right corner of the page
    (under the menu and tool bars), where Streamlit 1.67 shows them. While an st.dialog is
    open and covers that corner they move into its top-right corner: Streamlit shows them
    over the dialog's backdrop, and the dialog is a window of its own."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.main = window
        window._rq_toasts = self  # type: ignore[attr-defined]  # found again while in a dialog
        self.setObjectName("rqToasts")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        self.page: QWidget | None = None  # the window's central widget, followed as it moves
        window.installEventFilter(self)
        self.hide()

    @classmethod
    def of(cls, window: QWidget) -> ToastStack:
        """The stack of ``window``, made on first use."""
        stack = getattr(window, "_rq_toasts", None)
        return stack if isinstance(stack, ToastStack) else cls(window)

    def add(self, card: ToastCard) -> None:
        self.column.addWidget(card)
        card.show()
        shown = self.cards()
        for old in shown[:max(0, len(shown) - MAX_TOASTS)]:
            old.dismiss()
        self.place()

    def cards(self) -> list[ToastCard]:
        """The cards on screen, oldest first (their order in the column)."""
        column = self.column
        items = (column.itemAt(i) for i in range(column.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [card for card in widgets if isinstance(card, ToastCard) and not card.done]

    def place(self) -> None:
        if not self.cards():
            self.hide()
            return
        window = self._host()
        if self.parentWidget() is not window:
            self.setParent(window)
            if window is not self.main:
                window.installEventFilter(self)  # its resize, and its closing: back home
        self.column.activate()
        self.adjustSize()
        top = 0
        page = window.centralWidget() if isinstance(window, QMainWindow) else None
        if page is not None:
            if page is not self.page:
                self.page = page
                page.installEventFilter(self)  # a tool bar shown or hidden moves it: follow
            top = page.geometry().top()
        self.move(window.width() - self.width() - MARGIN, top + MARGIN)
        self.show()
        self.raise_()

    def event(self, event: QEvent) -> bool:
        """A card's text wrapped onto more lines (its label fixes its height once it has its
        width): the stack is sized again, or the card's last line was cut off. Not in a
        layout, the stack would keep the size it got when the card was added."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible() and \
                self.sizeHint() != self.size():
            self.place()
        return handled

    def _host(self) -> QWidget:
        """The window, or its open st.dialog when that covers the toasts' corner."""
        dialog = self.main.findChild(QWidget, "rqDialog")
        if dialog is None or not dialog.isVisible():
            return self.main
        size = self.sizeHint()
        corner = self.main.mapToGlobal(QPoint(self.main.width() - size.width() - MARGIN, MARGIN))
        covered = QRect(corner, size).intersects(dialog.frameGeometry())
        return dialog if covered else self.main

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is not self.main and watched is not self.page and kind == QEvent.Type.Hide:
            watched.removeEventFilter(self)  # the dialog closed: the toasts go back to the page
            QTimer.singleShot(0, self, self.place)
            return False
        if not self.isVisible():
            return False
        if (watched is self.parentWidget() and kind == QEvent.Type.Resize) or (
                watched is self.page and kind in _PAGE_EVENTS):
            self.place()
        return False


class Ticket(QWidget):
    """The hidden widget of an overlay element; ``start`` shows its event on a window."""

    def __init__(self, props: dict[str, Any]) -> None:
        super().__init__()
        self.props = props
        self.window_: QWidget | None = None

    def start(self, window: QWidget) -> None:
        self.window_ = window

    def set_props(self, props: dict[str, Any]) -> None:
        self.props = props

    def text(self) -> str:
        return ""


class ToastTicket(Ticket):
    """A toast element: its card lives in the window's ToastStack."""

    card: ToastCard | None = None

    def start(self, window: QWidget) -> None:
        super().start(window)
        self.card = ToastCard()
        self.card.set_props(self.props)
        ToastStack.of(window).add(self.card)

    def set_props(self, props: dict[str, Any]) -> None:
        """``toast.toast(...)``: the card shows the new text (again, if it had gone)."""
        super().set_props(props)
        if self.card is not None and not self.card.done:
            self.card.set_props(props)
            ToastStack.of(self.window_ or self.card.window()).place()
        elif self.window_ is not None:
            self.start(self.window_)

    def text(self) -> str:
        return str(self.props.get("body", ""))


class EffectMark(QWidget):
    """st.balloons / st.snow where they were called: a widget that takes no space and,
    once it is on the page, plays its effect over the window (owned by the window, so it
    plays to its end even if the next run drops the mark)."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.effect: Effect | None = None
        super().setVisible(False)
        QTimer.singleShot(0, self, self._play)  # once the renderer has placed it

    def setVisible(self, visible: bool) -> None:
        super().setVisible(False)  # wherever it is put, it takes no space

    def _play(self) -> None:
        window = self.window()
        if window is self or self.effect is not None:
            return  # not on a page (never inserted), or played already
        from rerunqt.qt.effects import Effect  # balloons and snow: loaded when first played

        self.effect = Effect(window, self.kind)


class OverlayRoot(QWidget):
    """The overlay root's widget: never shown; it holds the tickets."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqOverlay")
        self.tickets: list[QWidget] = []
        super().setVisible(False)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(False)  # wherever it is put, it takes no space

    # the children protocol (rerunqt/qt/children.py)
    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        if widget in self.tickets:
            self.tickets.remove(widget)
            self.tickets.insert(index, widget)
            return
        self.tickets.insert(index, widget)
        widget.setParent(self)
        if isinstance(widget, Ticket):
            widget.start(self.window())

    def remove(self, widget: QWidget) -> None:
        if widget in self.tickets:
            self.tickets.remove(widget)

    def index_of(self, widget: QWidget) -> int:
        return self.tickets.index(widget) if widget in self.tickets else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None


class OverlayPlace:
    """The window's place for the overlay root (as the side panel is the sidebar's)."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.roots: list[QWidget] = []

    def insert(self, index: int, widget: QWidget, align_left: bool = False) -> None:
        widget.setParent(self.window)
        if widget not in self.roots:
            self.roots.append(widget)

    def remove(self, widget: QWidget) -> None:
        if widget in self.roots:
            self.roots.remove(widget)

    def index_of(self, widget: QWidget) -> int:
        return 0 if widget in self.roots else -1

    def set_left_aligned(self, widget: QWidget, left: bool) -> None:
        return None


class OverlayAdapter(Adapter):
    kind = "overlay"

    def create(self, element: Element, host: Host) -> QWidget:
        return OverlayRoot()

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        return None

    def children(self, widget: QWidget) -> Children:
        assert isinstance(widget, OverlayRoot)
        return widget


class ToastAdapter(Adapter):
    kind = "toast"

    def create(self, element: Element, host: Host) -> QWidget:
        return ToastTicket(element.props_dict())

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, ToastTicket)
        widget.set_props(new.props_dict())


class EffectAdapter(Adapter):
    def __init__(self, kind: str) -> None:
        self.kind = kind

    def create(self, element: Element, host: Host) -> QWidget:
        return EffectMark(self.kind)

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        return None


OVERLAY_ADAPTERS: list[Adapter] = [OverlayAdapter(), ToastAdapter(), EffectAdapter("balloons"),
                                   EffectAdapter("snow")]
