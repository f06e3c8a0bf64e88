"""st.logo in the window: the picture at the top of the sidebar, and the window icon."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.image import to_qimage


class LogoLabel(QLabel):
    """The logo at its height; a click opens ``link``; ``icon`` becomes the window's icon."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqLogo")
        self.setAccessibleName("Logo")
        self.link: str | None = None
        self.icon = QIcon()
        self.panel: Any = None  # the sidebar panel showing it (qt/sidebar.py)

    def show_logo(self, props: dict[str, Any]) -> None:
        height = int(props["size"])
        ink = self.palette().color(self.foregroundRole())
        picture = _pixmap(props["image"], height, ink)
        self.setPixmap(picture.scaledToHeight(round(height * self.devicePixelRatio()),
                                              Qt.TransformationMode.SmoothTransformation))
        self.pixmap().setDevicePixelRatio(self.devicePixelRatio())
        self.setFixedHeight(height)
        icon_data = props["icon_image"] or props["image"]
        self.icon = QIcon(_pixmap(icon_data, 64, ink))
        self.link = props["link"]
        self.setToolTip(self.link or "")
        if self.link:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        self._set_window_icon()
        if self.panel is not None:
            self.panel.sync_header()  # the toolbar's copy, when the sidebar is not shown

    def _set_window_icon(self) -> None:
        window = self.window()
        if window is not self:  # placed in a window: its icon is the logo
            window.setWindowIcon(self.icon)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._set_window_icon()

    def mouseReleaseEvent(self, event: Any) -> None:
        if self.link and event.button() == Qt.MouseButton.LeftButton:
            QDesktopServices.openUrl(QUrl(self.link))
        super().mouseReleaseEvent(event)


def _pixmap(picture: Any, height: int, ink: QColor) -> QPixmap:
    """An image's pixmap; for an emoji or icon symbol (text), the text drawn that tall in
    ``ink`` (the theme's text colour; an emoji keeps its own colours)."""
    if not isinstance(picture, str):
        return QPixmap.fromImage(to_qimage(picture))
    from PySide6.QtGui import QFont, QPainter

    font = QFont()
    size = height * 2
    pixmap = QPixmap(size * max(1, len(picture)), size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    font.setPixelSize(round(size * 0.85))
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, picture)
    painter.end()
    return pixmap


class LogoSlot(QWidget):
    """The logo's place in the sidebar's tree; the picture itself sits in the panel's header.

    Streamlit draws the logo at the very top of the sidebar, above the page list, while
    the page list sits above the sidebar's content (where the element is). The slot never
    shows (it takes no space in the content) and hands its label to the panel it lands
    in; the label goes when the slot does.
    """

    def __init__(self) -> None:
        super().__init__()
        self.label = label = LogoLabel()
        self.destroyed.connect(lambda: _drop(label))
        super().setVisible(False)

    def setVisible(self, visible: bool) -> None:
        """Always hidden: a shown zero-size widget would still take the layout's spacing."""
        super().setVisible(False)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self._hand_over()
        return super().event(event)

    def _hand_over(self) -> None:
        from rerunqt.qt.sidebar import SidebarPanel

        panel = self.parentWidget()
        while panel is not None and not isinstance(panel, SidebarPanel):
            panel = panel.parentWidget()
        if self.label.panel is not None and self.label.panel is not panel:
            self.label.panel.set_logo(None, self.label)
        self.label.panel = panel
        if panel is not None:
            panel.set_logo(self.label)


def _drop(label: LogoLabel) -> None:
    """The slot is gone: its picture leaves the panel and goes too (unless the window,
    and with it both, is being torn down)."""
    import shiboken6

    if label.panel is not None and shiboken6.isValid(label.panel.holder_layout):
        label.panel.set_logo(None, label)
    if shiboken6.isValid(label):
        label.deleteLater()


class LogoAdapter(Adapter):
    kind = "logo"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        slot = LogoSlot()
        slot.label.show_logo(element.props_dict())
        return slot

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LogoSlot)
        widget.label.show_logo(new.props_dict())

    def left_aligned(self, element: Element) -> bool:
        return True


LOGO_ADAPTERS: list[Adapter] = [LogoAdapter()]
