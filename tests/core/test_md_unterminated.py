"""Markdown cut off mid-stream is shown with its open marks closed (st.write_stream)."""

from __future__ import annotations

import pytest

from rerunqt.core.md_unterminated import completed
from rerunqt.testing import AppTest


@pytest.mark.parametrize(("partial", "shown"), [
    ("**Hel", "**Hel**"),  # bold while it types, as Streamlit's unterminated parsing
    ("**bold ", "**bold**"),  # a space before the closing mark would undo the emphasis
    ("~~gone", "~~gone~~"),
    ("a `code", "a `code`"),
    ("x\n\n```python\nimport os", "x\n\n```python\nimport os\n```"),
    ("```py\nx\n```\nafter **b", "```py\nx\n```\nafter **b**"),
    ("**a\n\nb", "**a\n\nb"),  # an earlier paragraph is as written
    ("Hello **", "Hello **"),  # nothing to embolden yet ("****" would be a rule)
    ("2 * 3 and snake_case __init__", "2 * 3 and snake_case __init__"),  # ambiguous: kept
    ("**done**", "**done**"),
])
def test_open_marks_are_closed(partial: str, shown: str) -> None:
    assert completed(partial) == shown


def test_a_streamed_text_ends_as_written() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.write_stream(["**Hel", "lo", " `x"])
        st.write_stream(["**Bye", "**"], cursor="▌")
    """).run()
    assert not at.exception
    assert at.markdown.values == ["**Hello `x", "**Bye**"]  # the closing was only for show
