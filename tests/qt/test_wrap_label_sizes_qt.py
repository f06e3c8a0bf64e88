"""WrapLabel remembers the sizes of its last few texts (a label redrawn on every rerun
often flips between a few texts); a remembered size must always be the size Qt measures."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rerunqt.qt.adapters.wrap_label import SIZES_KEPT, WrapLabel

SHORT = "Toggle is `True`"
LONG = "Toggle is `False` and " + "these words go on and on " * 12


def _fresh(text: str, width: int, font) -> tuple[int, object, object]:  # type: ignore[no-untyped-def]
    """What a new label measures for ``text`` at ``width`` (no memory)."""
    label = WrapLabel(markdown=True)
    label.ensurePolished()  # (an app style sheet sets its font here: the font given wins)
    label.setFont(font)
    label.set_text(text)
    return (QLabel.heightForWidth(label, width), QLabel.sizeHint(label),
            QLabel.minimumSizeHint(label))


@pytest.mark.qt
def test_flipping_texts_keep_their_own_sizes(qtbot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = WrapLabel(markdown=True)
    layout.addWidget(label)
    qtbot.addWidget(page)
    page.resize(400, 600)
    page.show()
    qtbot.waitExposed(page)
    for round_ in range(3):  # the second and third rounds are answered from memory
        for text in (SHORT, LONG):
            label.set_text(text)
            qtbot.wait(1)
            height, hint, least = _fresh(text, label.width(), label.font())
            assert label.height() == height, (round_, text)
            assert label.sizeHint().width() == hint.width()
            assert label.minimumSizeHint().width() == least.width()
    assert label.height() > 3 * label.fontMetrics().height()  # LONG wraps at 400 px

    page.resize(700, 600)  # another width: measured again, not the 400 px height
    qtbot.waitUntil(lambda: label.width() > 600)
    assert label.height() == _fresh(LONG, label.width(), label.font())[0]

    font = label.font()
    font.setPixelSize(28)  # a bigger font (View > Zoom): never the old font's sizes
    label.setFont(font)
    label.set_text(SHORT)
    label.set_text(LONG)
    qtbot.wait(1)
    assert label.height() == _fresh(LONG, label.width(), font)[0]


@pytest.mark.qt
def test_memory_is_bounded(qtbot) -> None:
    label = WrapLabel(markdown=True)
    qtbot.addWidget(label)
    label.set_text("Count = `0`")
    label.show()
    label.sizeHint()
    assert label._sizes == {}  # a text never changed: nothing kept (most labels)
    for i in range(5 * SIZES_KEPT):  # a counter: a new text every run
        label.set_text(f"Count = `{i}`")
        label.sizeHint()
        label.minimumSizeHint()
    assert len(label._sizes) <= SIZES_KEPT
