"""ImageColumn cells: a ``data:image/...`` URL drawn as its picture.

Streamlit draws each cell's image; rerunqt fetches nothing from the network, so a web
address stays as its text, but a data URL carries its picture and is drawn, as is
common for small icons (team crests, flags, colour swatches) built in the script.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from rerunqt.core.image_data import _data_url
from rerunqt.errors import RerunQtAPIError

PAD = 4  # px around the picture, as the grid's image cells


@lru_cache(maxsize=256)
def cell_image(value: str) -> QImage:
    """The picture of a data URL (a null image for anything else, or a broken one)."""
    if not value.startswith("data:image/"):
        return QImage()
    try:
        return QImage.fromData(_data_url(value))
    except RerunQtAPIError:
        return QImage()


def drawn_image(value: Any) -> QImage | None:
    """The picture a cell holding ``value`` shows, or None (it shows its text)."""
    if not isinstance(value, str):
        return None
    image = cell_image(value)
    return None if image.isNull() else image


def paint_image(painter: QPainter, cell: QRectF, image: QImage) -> None:
    """``image`` at the cell's left, as tall as the cell allows, its aspect kept."""
    room = cell.adjusted(PAD, PAD, -PAD, -PAD)
    size = image.size().toSizeF().scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(room.left(), room.top() + (room.height() - size.height()) / 2,
                    size.width(), size.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)
    painter.restore()
