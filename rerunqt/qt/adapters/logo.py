"""st.logo in the window: the picture at the top of the sidebar, and the window icon."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
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


class LogoAdapter(Adapter):
    kind = "logo"
    align_left = True

    def create(self, element: Element, host: Host) -> QWidget:
        label = LogoLabel()
        label.show_logo(element.props_dict())
        return label

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LogoLabel)
        widget.show_logo(new.props_dict())

    def left_aligned(self, element: Element) -> bool:
        return True


LOGO_ADAPTERS: list[Adapter] = [LogoAdapter()]
