"""A page's background picture from its CSS (``.stApp { background-image: url(...) }``).

Apps set a picture behind the page with a data URI of a local file (the widespread
``add_bg_from_local``: ``url("data:image/png;base64,...")``) or a file of the static folder
(``url(app/static/bg.png)``). Qt's style sheets take neither, so the page (or the sidebar)
paints the picture itself: scaled to cover the visible area and fixed while the page
scrolls, as ``background-size: cover; background-attachment: fixed`` draws it, and as most
such apps ask. Pictures on the web are not fetched.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QLayout, QWidget

from rerunqt.core.page_css import Declarations
from rerunqt.qt import static_files

_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.S)
_DATA = re.compile(r"data:image/[\w.+-]+;base64,(.*)", re.S)


def picture_of(declarations: Declarations) -> str | None:
    """The address of the last background picture in ``declarations``, if any."""
    found = None
    for name, value in declarations:
        if name in ("background", "background-image") and (match := _URL.search(value)):
            found = match.group(2).strip()
    return found


@functools.lru_cache(maxsize=4)
def pixmap_of(address: str) -> QPixmap | None:
    """A data URI's or a static file's picture; None for the web, or what is not a picture."""
    pixmap = QPixmap()
    if match := _DATA.fullmatch(address):
        try:
            data = base64.b64decode(re.sub(r"\s+", "", match.group(1)), validate=False)
        except (binascii.Error, ValueError):
            return None
        pixmap.loadFromData(data)
    elif "app/static/" in address and (path := static_files.served_file(address)) is not None:
        pixmap.load(str(path))
    return None if pixmap.isNull() else pixmap


def paint_cover(widget: QWidget, picture: QPixmap) -> None:
    """``picture`` scaled to cover the visible part of ``widget`` and centred on it."""
    visible = widget.visibleRegion().boundingRect()
    if visible.isEmpty():
        return
    size = picture.size().scaled(visible.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
    target = QRect(0, 0, size.width(), size.height())
    target.moveCenter(visible.center())
    painter = QPainter(widget)
    painter.setClipRect(visible)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawPixmap(target, picture)
    painter.end()


BLOCK_MARGIN = 16  # the box's room around the column's elements (Streamlit's 1rem)


def paint_block(widget: QWidget, layout: QLayout, fill: QColor, radius: int) -> None:
    """``.block-container``'s background: a box around the page's column of elements, as
    wide as the column and as tall as what it shows."""
    column = QRect()
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.widget() if item is not None else None
        if child is not None and child.isVisible() and child.height() > 0:
            column = column.united(child.geometry())
    if column.isEmpty():
        return
    inner = layout.contentsRect()
    column = QRect(inner.left(), column.top(), inner.width(), column.height())
    box = column.adjusted(-BLOCK_MARGIN, -BLOCK_MARGIN, BLOCK_MARGIN, BLOCK_MARGIN) & widget.rect()
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(box, radius, radius)
    painter.end()
