"""st.pagination through AppTest and the page row it shows."""

from __future__ import annotations

import pytest

from rerunqt.core.pagination import visible_pages
from rerunqt.testing import AppTest


def test_returns_the_page_and_keeps_it_across_runs() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        def moved():
            st.session_state.moves = st.session_state.get("moves", 0) + 1
        page = st.pagination(12, default=3, key="page", on_change=moved)
        st.write(f"{page} {st.session_state.get('moves', 0)}")
    """).run()
    assert at.markdown[0].value == "3 0"
    at.pagination[0].next().run()
    assert at.markdown[0].value == "4 1"
    at.pagination[0].set_value(12).run()
    at.run()
    assert at.markdown[0].value == "12 2" and at.session_state["page"] == 12
    with pytest.raises(ValueError, match="Page must be an int between 1 and 12"):
        at.pagination[0].set_value(13)


def test_the_row_keeps_first_and_last_and_shows_gaps() -> None:
    assert visible_pages(1, 5, 7) == (1, 2, 3, 4, 5)
    assert visible_pages(10, 20, 7) == (1, None, 8, 9, 10, 11, 12, None, 20)
    assert visible_pages(1, 20, 7) == (1, 2, 3, 4, 5, 6, None, 20)
    assert visible_pages(20, 20, 7) == (1, None, 15, 16, 17, 18, 19, 20)
    assert visible_pages(4, 9, None) == tuple(range(1, 10))
    assert visible_pages(4, 9, 0) == ()


@pytest.mark.parametrize(("call", "words"), [
    ("st.pagination(0)", "num_pages=0"),
    ("st.pagination(5, default=6)", "default=6"),
    ("st.pagination(5, max_visible_pages=-1)", "max_visible_pages=-1"),
    ("st.pagination(5, bind='query-params')", "needs a key"),
    ("st.pagination(5, width='huge')", "width"),
])
def test_bad_input_names_the_argument(call: str, words: str) -> None:
    at = AppTest.from_string("import rerunqt as st\n" + call).run()
    assert at.exception and words in at.exception[0].message, at.exception
