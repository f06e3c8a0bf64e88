"""ImageColumn on the real table: a data URL is drawn as its picture; a web address stays text."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

pytestmark = pytest.mark.qt


def png_url(colour: str) -> str:
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode()


def test_a_data_url_is_drawn_as_its_picture_in_a_narrow_column(rerunqt_pilot, write_script) -> None:
    # team crests as data URLs showed as long "data:image/png;base64,iVBOR..." texts
    crest = png_url("#1a3b8f")
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
st.dataframe({{"crest": [{crest!r}, "https://example.com/x.png"], "team": ["Boca", "River"]}},
             key="df", hide_index=True,
             column_config={{"crest": st.column_config.ImageColumn("Crest")}})
"""))
    view = pilot.table(key="df")
    pilot.settle()
    image = view.viewport().grab().toImage()
    drawn = view.visualRect(view.model().index(0, 0))
    colours = {image.pixelColor(x, drawn.center().y()).name() for x in range(drawn.left(), drawn.right())}
    assert "#1a3b8f" in colours  # the picture
    url = view.fontMetrics().horizontalAdvance("https://example.com/x.png")
    assert view.natural[0] <= url + 24  # as wide as the address shown, not the long data URL
    assert view.model().index(1, 0).data() == "https://example.com/x.png"  # fetched: never
