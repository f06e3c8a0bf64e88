"""st.skeleton: a placeholder replaced by what is drawn into it, or cleared by ``with``."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def test_standalone_it_shows_until_something_replaces_it() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        slot = st.skeleton(height=120, width=300)
        if st.session_state.get("loaded"):
            slot.text("data")
        st.session_state.loaded = True
    """).run()
    assert [(s.height, s.width) for s in at.skeleton] == [(120, 300)]
    at.run()
    assert len(at.skeleton) == 0 and [t.value for t in at.text] == ["data"]


def test_with_shows_it_while_the_block_runs_and_writes_to_the_parent() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        with st.skeleton() as slot:
            st.text("loaded")
        st.text("after")
    """).run()
    assert not at.exception
    assert len(at.skeleton) == 0
    assert [t.value for t in at.text] == ["loaded", "after"]


def test_with_clears_it_on_an_exception_too() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        with st.skeleton("stretch"):
            raise ValueError("boom")
    """).run()
    assert len(at.skeleton) == 0 and at.exception


def test_in_a_column_and_the_default_height() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.columns(2)[1].skeleton()
    """).run()
    assert at.skeleton[0].height == 40
    assert at.skeleton[0].width == "stretch"


@pytest.mark.parametrize(("call", "words"), [
    ("st.skeleton(0)", "height=0"),
    ("st.skeleton('tall')", "height='tall'"),
    ("st.skeleton(width='content')", "width='content'"),
    ("st.skeleton(width=-3)", "width"),
])
def test_bad_sizes_name_the_argument(call: str, words: str) -> None:
    at = AppTest.from_string("import rerunqt as st\n" + call).run()
    assert at.exception and words in at.exception[0].message
