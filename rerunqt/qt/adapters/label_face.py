"""A label on a Qt button, tool button, tab or menu entry: its words as written, its face.

Qt reads "&" in such a text as a mnemonic: "R&D" showed as "RD" with an underlined D,
"A & B" as "A _B", and each made an Alt shortcut the script never asked for.
``mnemonic_safe`` doubles it, so the text shows exactly as written and makes no shortcut.

Streamlit's Markdown in a label becomes words and a face (``rerunqt.core.label_words``);
``set_face`` shows the face through the ``rqFace`` property, which the stylesheet turns
into a bold, italic, struck-out or code font (a font set on the widget itself would lose
the stylesheet's font size). A plain label (the common case) costs no Qt call here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from rerunqt.core.label_words import ICON_GAP, face_names, label_words

__all__ = ["label_words", "mnemonic_safe", "qt_shown", "set_face", "with_icon"]

_MNEMONIC = re.compile(r"&(.)", re.DOTALL)


def mnemonic_safe(text: str) -> str:
    """``text`` for a Qt button or tab: each "&" doubled, so it is shown, not a shortcut."""
    return text.replace("&", "&&") if "&" in text else text


def qt_shown(text: str) -> str:
    """What Qt shows for a button or tab ``text``: "&&" as "&", a mnemonic's "&" gone."""
    return _MNEMONIC.sub(r"\1", text) if "&" in text else text


def with_icon(words: str, icon: str, right: bool = False) -> str:
    """The words with an icon's symbol before them (after them: ``right``), as icon= shows."""
    if not icon:
        return words
    if not words:
        return icon
    return f"{words}{ICON_GAP}{icon}" if right else f"{icon}{ICON_GAP}{words}"


def set_face(widget: QWidget, face: int) -> None:
    """Show ``widget``'s text in the label's face (0: the usual font)."""
    if getattr(widget, "_rq_face", 0) == face:
        return
    widget._rq_face = face  # type: ignore[attr-defined]
    widget.setProperty("rqFace", face_names(face))
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # the first polish reads the property (re-polishing a new button broke its layout)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.updateGeometry()
