"""What a widget shows on screen, read from its pixels, for the look tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def hues(widget: QWidget) -> set[int]:
    """The colour families (30-degree hue steps) of the strongly coloured pixels shown."""
    image = widget.grab().toImage()
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.hsvSaturation() > 120 and colour.value() > 80:
                found.add(colour.hsvHue() // 30)
    return found
