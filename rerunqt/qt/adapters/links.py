"""Opening a LinkColumn cell's URL in the system browser (st.dataframe, st.data_editor).

It exists so both tables open links the same way: through QDesktopServices (tests
monkeypatch ``QDesktopServices.openUrl``), a bare "example.com" read as a web address.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from rerunqt.core.frame_text import is_missing


def open_link(value: Any) -> bool:
    """Open ``value`` (a cell of a link column) in the browser; False when it holds no URL."""
    if value is None or is_missing(value) or not str(value).strip():
        return False
    url = QUrl.fromUserInput(str(value).strip())
    if not url.isValid():
        return False
    QDesktopServices.openUrl(url)
    return True


def over_text(view: Any, index: Any, x: int) -> bool:
    """Is ``x`` (viewport coordinates) over the text of the cell at ``index``?"""
    rect = view.visualRect(index)
    text = str(index.data() or "")
    return rect.left() <= x <= rect.left() + view.fontMetrics().horizontalAdvance(text) + 12
