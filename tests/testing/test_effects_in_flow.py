"""st.balloons and st.snow are elements where they were called, as in Streamlit's AppTest
(listed in ``at.main`` or in their column, in call order); toasts are not in the page."""

from __future__ import annotations

from rerunqt.testing import AppTest

SCRIPT = """
import rerunqt as st
st.write("a")
st.balloons()
left, right = st.columns(2)
with right:
    st.snow()
st.toast("hi")
st.write("b")
if st.button("Twice"):
    st.balloons()
"""


def _types(block) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.type for e in block.children.values()]


def test_effects_are_listed_where_they_were_called() -> None:
    at = AppTest.from_string(SCRIPT).run()
    assert _types(at.main) == ["markdown", "balloons", "flex_container", "markdown", "button"]
    assert _types(at.columns[1]) == ["snow"] and _types(at.columns[0]) == []
    assert len(at.get("balloons")) == 1 and len(at.get("snow")) == 1
    assert [t.value for t in at.toast] == ["hi"]


def test_each_run_draws_its_own_effects() -> None:
    at = AppTest.from_string(SCRIPT).run()
    at.button[0].click().run()
    assert _types(at.main)[-2:] == ["button", "balloons"]
    assert len(at.get("balloons")) == 2  # one per call of this run, none kept from the last
    at.run()
    assert len(at.get("balloons")) == 1
