"""A styled ``<hr>`` in HTML Markdown: ``height: 3px; background-color: C`` (streamlit-extras'
``colored_header``) is a 3 px bar of that colour in a browser; Qt drew a 1 px line."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

pytestmark = pytest.mark.qt


def _bar_rows(qtbot, html: str, colour: str) -> int:  # type: ignore[no-untyped-def]
    from rerunqt.qt.adapters.elide import ElidingLabel

    shown = ElidingLabel(markdown=True)
    shown.allow_html = True
    shown.set_text(html)
    shown.setStyleSheet("background: white;")
    qtbot.addWidget(shown)
    shown.resize(400, shown.heightForWidth(400))
    image = shown.grab().toImage()
    wanted = QColor(colour).rgb()
    return sum(1 for y in range(image.height()) if image.pixel(200, y) == wanted)


def test_a_styled_rule_is_a_bar_of_its_height_and_colour(qtbot) -> None:
    bar = ('<hr style="background-color: #00c0f2; margin-top: 0; margin-bottom: 0; height: 3px; '
           'border: none; border-radius: 3px;">')
    assert _bar_rows(qtbot, bar, "#00c0f2") == 3
    assert _bar_rows(qtbot, '<hr style="height:6px;border:none;background:#ff4b4b">', "#ff4b4b") == 6


def test_a_rule_styled_without_a_height_is_a_line(qtbot) -> None:
    assert _bar_rows(qtbot, '<hr style="background-color: #ff4b4b">', "#ff4b4b") <= 1
