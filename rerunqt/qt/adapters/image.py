"""st.image (and st.pyplot, Vega-Lite pictures): images in a row, each with a caption.

An image is shown at its own size, scaled down (aspect kept) to fit the container;
``width="stretch"`` fills the container and a number of pixels fixes the width. The
picture keeps a fixed height for its current width, measured only when the width
changes (as WrapLabel, not height-for-width on every layout pass).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QMovie, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.core.image_data import ImageData, is_svg
from rerunqt.qt.adapters.base import NO_LIMIT, Adapter, Host, WrapLabel
from rerunqt.qt.flow import FlowBox

_UNSAFE_SCHEMES = frozenset({"javascript", "vbscript", "data"})
WEB_ROOM = 200  # pixels a web image's address panel takes at least
SVG_STRETCH_PX = 1600  # a stretched SVG is drawn this wide (the widest page), then fitted

_FORMATS = {2: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888,
            4: QImage.Format.Format_RGBA8888}


def to_qimage(data: ImageData, width: Any = "content") -> QImage:
    """The image as a QImage (a copy, so it does not point into the array); a web image
    (not fetched) is a null QImage. An SVG shown wider than its own size (``width``) is
    drawn at that width, sharp, not its small picture scaled up."""
    if data.url is not None:
        return QImage()
    if data.pixels is not None:
        pixels = data.pixels
        channels = 2 if pixels.ndim == 2 else pixels.shape[2]
        height, width = pixels.shape[:2]
        line = pixels.strides[0]
        return QImage(pixels.data, width, height, line, _FORMATS[channels]).copy()
    if data.encoded is not None and is_svg(data.encoded.lstrip()[:256]):
        image = (_svg_image(data.encoded, width if isinstance(width, int) else SVG_STRETCH_PX)
                 if width != "content" else _sizeless_svg(data.encoded))
        if not image.isNull():
            return image
    image = QImage.fromData(data.encoded or b"")
    if image.isNull():
        raise ValueError("st.image: the bytes are not an image format Qt can read "
                         "(PNG, JPEG, GIF, BMP, ...)")
    return image


_SVG_ROOT = re.compile(rb"<svg\b[^>]*>", re.IGNORECASE)
_SVG_SIZE = re.compile(rb"""\s(width|height|viewBox)\s*=\s*["']\s*([^"']*)["']""", re.IGNORECASE)


def _sizeless_svg(encoded: bytes) -> QImage:
    """An SVG that gives no size of its own (no pixel width and height, no viewBox:
    ``width="100%"``) at a browser's default for such a picture, 300 x 150 (Qt made it
    100 x 100); a null image for any other SVG (read as it is)."""
    root = _SVG_ROOT.search(encoded[:4096])
    if root is None:
        return QImage()
    given = {name.lower(): value.strip() for name, value in _SVG_SIZE.findall(root.group(0))}
    if b"viewbox" in given or any(given.get(side, b"%")[-1:] not in (b"%", b"")
                                  for side in (b"width", b"height")):
        return QImage()  # it has a size or a shape of its own: Qt's reading is the browser's
    buffer = QBuffer()
    buffer.setData(QByteArray(encoded))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setScaledSize(QSize(300, 150))
    return reader.read()


def _svg_image(encoded: bytes, width: int) -> QImage:
    """The SVG drawn ``width`` pixels wide when that is wider than its own size."""
    buffer = QBuffer()
    buffer.setData(QByteArray(encoded))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and 0 < size.width() < width:
        reader.setScaledSize(size.scaled(width, NO_LIMIT, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def _gif(data: ImageData, output_format: str) -> bytes | None:
    """A GIF's bytes, to play when animated; None where Streamlit sends a still picture
    (``output_format="PNG"`` / ``"JPEG"`` converts it)."""
    encoded = data.encoded
    if encoded is None or not encoded.startswith(b"GIF8"):
        return None
    return None if output_format.upper() in ("PNG", "JPEG", "JPG") else encoded


class Picture(QWidget):
    """One pixmap, scaled to the widget's width with its aspect ratio."""

    def __init__(self) -> None:
        super().__init__()
        self.pixmap = QPixmap()
        self.mode: Any = "content"
        self.movie: QMovie | None = None
        self.setMinimumWidth(1)

    def set_image(self, image: QImage, mode: Any, animation: bytes | None = None) -> None:
        self.pixmap = QPixmap.fromImage(image)
        self.mode = mode
        self._animate(animation)
        if isinstance(mode, int):
            self.setMaximumWidth(mode)
        elif mode == "content":
            self.setMaximumWidth(max(1, self.pixmap.width()))
        else:
            self.setMaximumWidth(16777215)
        policy = QSizePolicy.Policy.Expanding if mode == "stretch" else QSizePolicy.Policy.Preferred
        self.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
        self.updateGeometry()
        self._fit()
        self.update()

    def _animate(self, gif: bytes | None) -> None:
        """An animated GIF plays in place, as a browser plays it (its own frame times and
        loop count); the first frame is the picture meanwhile and after a last loop."""
        if self.movie is not None:
            self.movie.stop()
            self.movie.deleteLater()
            self.movie = None
        if gif is None:
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(gif))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        movie = QMovie(buffer, QByteArray(b"gif"), self)
        if movie.frameCount() <= 1:
            movie.deleteLater()
            buffer.deleteLater()
            return
        buffer.setParent(movie)
        movie.frameChanged.connect(self._show_frame)
        self.movie = movie
        movie.start()

    def _show_frame(self, _frame: int) -> None:
        if self.movie is not None:
            self.pixmap = self.movie.currentPixmap()
            self.update()

    def natural_width(self) -> int:
        return self.mode if isinstance(self.mode, int) else self.pixmap.width()

    def sizeHint(self) -> QSize:
        width = self.natural_width()
        return QSize(width, self._height_for(width))

    def _height_for(self, width: int) -> int:
        if self.pixmap.isNull() or self.pixmap.width() == 0:
            return 0
        return max(1, round(width * self.pixmap.height() / self.pixmap.width()))

    def _fit(self) -> None:
        height = self._height_for(max(1, self.width()))
        if height != self.maximumHeight():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def paintEvent(self, event: Any) -> None:
        if self.pixmap.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(self.rect(), self.pixmap)
        painter.end()


class ImageCell(QWidget):
    """A picture and its caption under it; a click opens ``link`` when there is one."""

    def __init__(self) -> None:
        super().__init__()
        self.link: str | None = None
        self.web: Any = None  # the address panel of a web image, made when first needed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.picture = Picture()
        self.caption = WrapLabel(markdown=True, plain_unless_marked=True)  # Markdown, as Streamlit's
        self.caption.setObjectName("rqCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.picture)
        layout.addWidget(self.caption)

    def show_web(self, url: str | None) -> None:
        """A web image is not fetched: its address and an "Open in browser" button stand
        in for the picture."""
        if url is not None or self.web is not None:  # (a local image loads no panel)
            from rerunqt.qt.adapters.iframe import web_stand_in

            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            made = self.web is None
            self.web = web_stand_in(layout, self.web, url, "This image is on the web")
            if made and self.web is not None:  # its room is a wish (sizeHint), not a minimum:
                # in a narrow column (a logo beside a title) it shrinks inside the column
                # instead of spilling under the next one
                self.web.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.picture.setVisible(url is None)

    def sizeHint(self) -> QSize:
        """A web image's panel asks for WEB_ROOM: readable where the image was to be narrow."""
        hint = super().sizeHint()
        if self.web is not None and not self.web.isHidden():
            hint.setWidth(max(hint.width(), WEB_ROOM))
        return hint

    def set_link(self, link: str | None) -> None:
        """A script link (``javascript:``, ``data:``...) is no link: Streamlit's page
        neutralises it, so a click opens nothing."""
        if link and QUrl(link.strip()).scheme().lower() in _UNSAFE_SCHEMES:
            link = None
        self.link = link
        self.picture.setToolTip(link or "")
        if link:
            self.picture.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.picture.unsetCursor()

    def mouseReleaseEvent(self, event: Any) -> None:
        if self.link and event.button() == Qt.MouseButton.LeftButton:
            QDesktopServices.openUrl(QUrl(self.link))
        super().mouseReleaseEvent(event)


class ImageRow(QWidget):
    """The images of one st.image call, left to right.

    Several images at a pixel width each keep that width and wrap to further lines (a
    flow), as Streamlit's image list overflows to more rows; the row is then not capped
    at the one image's width."""

    def __init__(self) -> None:
        super().__init__()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(12)
        self.cells: list[ImageCell] = []
        self.width_mode: Any = None
        self.web_room = 0  # the least width cap: a web image's panel needs room to read
        self.flow: FlowBox | None = None  # several images at a pixel width wrap in it
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setMaximumWidth(self, width: int) -> None:
        """A pixel ``width`` caps the row (apply_width), never below a web panel's room;
        a flow of several images is capped per image instead."""
        super().setMaximumWidth(NO_LIMIT if self.flow is not None else max(width, self.web_room))

    def show_images(self, images: tuple[ImageData, ...], captions: tuple[str | None, ...],
                    width: Any, link: str | None = None, output_format: str = "auto") -> None:
        if width != self.width_mode or len(images) != len(self.cells):  # lay the row out anew
            while self.row.count():
                item = self.row.takeAt(0)
                old = item.widget() if item is not None else None
                if old is not None:
                    old.deleteLater()
            self.cells = [ImageCell() for _ in images]
            self.flow = FlowBox(spacing=12, fill_last=False) if (
                len(images) > 1 and isinstance(width, int)) else None
            if self.flow is not None:
                self.flow.flow.line_gap = 12
                for cell in self.cells:
                    cell.setMaximumWidth(width)
                    self.flow.flow.addWidget(cell)
                self.row.addWidget(self.flow, 1)
            else:
                for cell in self.cells:
                    self.row.addWidget(cell, 1 if width == "stretch" else 0, Qt.AlignmentFlag.AlignTop)
            if width != "stretch" and self.flow is None:
                self.row.addStretch(1)
            self.width_mode = width
        self.web_room = WEB_ROOM if any(data.url is not None for data in images) else 0
        self.setMaximumWidth(self.maximumWidth())
        for cell, data, caption in zip(self.cells, images, captions):
            cell.show_web(data.url)
            cell.picture.set_image(to_qimage(data, width), width, _gif(data, output_format))
            cell.caption.set_text(caption or "")
            cell.caption.setVisible(bool(caption))
            cell.set_link(link)
        if self.flow is not None:
            self.flow.refit()


class ImageAdapter(Adapter):
    kind = "image"

    def create(self, element: Element, host: Host) -> QWidget:
        row = ImageRow()
        self.update(row, element, element, frozenset(n for n, _ in element.props))
        return row

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, ImageRow)
        props = new.props_dict()
        if changed & {"images", "captions", "width", "link", "output_format"}:
            widget.show_images(props["images"], props["captions"], props["width"], props["link"],
                               props.get("output_format") or "auto")
        alt = props.get("alt")  # one text, or one per picture of a list
        if isinstance(alt, tuple):
            alt = ", ".join(a for a in alt if a)
        widget.setAccessibleName(alt or props["captions"][0] or "image")
