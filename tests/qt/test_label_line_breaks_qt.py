"""A widget label's line breaks are Markdown's, as the browser shows Streamlit's labels:
one newline is a space, a blank line a new line (issue seen on Streamlit's 1.15 label demo)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from rerunqt.qt.adapters.base import LabelledField

pytestmark = pytest.mark.qt


def _label_height(qtbot, text: str) -> int:  # type: ignore[no-untyped-def]
    field = LabelledField(text, QLineEdit())
    qtbot.addWidget(field)
    field.resize(600, 200)
    field.show()
    qtbot.waitExposed(field)
    return field.label.heightForWidth(600)


def test_a_single_newline_in_a_plain_label_is_a_space(qtbot) -> None:
    one_line = _label_height(qtbot, "line one line two line three")
    assert _label_height(qtbot, "line one\nline two\nline three") == one_line


def test_a_blank_line_or_a_hard_break_still_starts_a_new_line(qtbot) -> None:
    one_line = _label_height(qtbot, "line one line two")
    assert _label_height(qtbot, "line one\n\nline two") > one_line
    assert _label_height(qtbot, "line one  \nline two") > one_line
