"""A widget callback writing into a container of the last run, passed in ``args``.

Streamlit 1.67 (its own AppTest test_out_of_order_blocks): the callback's output joins
that container as the new run draws it, after the run's own elements, for that run.
"""

from __future__ import annotations

from rerunqt.testing import AppTest

PASSED = """
    import rerunqt as st

    box = st.container()
    with box:
        st.markdown("BarFoo")

        def clicked(cont):
            cont.info("Hi!")
            cont.markdown("FooBar")

        st.button("one", on_click=clicked, args=[box])
    st.text("after")
"""


def _words(block) -> list[str]:
    return [child.type if child.type == "button" else child.value
            for child in block.children.values()]


def test_a_callback_writes_at_the_end_of_the_container_it_was_passed() -> None:
    at = AppTest.from_string(PASSED).run()
    at.button[0].click().run()
    assert not at.exception
    assert at.info[0].value == "Hi!"
    assert _words(at.main.children[0]) == ["BarFoo", "button", "Hi!", "FooBar"]
    assert at.text[0].value == "after"


def test_the_callback_output_lasts_one_run() -> None:
    at = AppTest.from_string(PASSED).run()
    at.button[0].click().run()
    at.run()
    assert not at.info
    assert at.markdown.values == ["BarFoo"]


def test_with_block_in_a_callback_and_an_empty_slot() -> None:
    at = AppTest.from_string("""
        import rerunqt as st

        slot = st.empty()
        box = st.container()

        def clicked(ph, cont):
            ph.success("replaced by the run's own st.empty()")
            with cont:
                st.warning("inside")
            st.text("callback top level")

        st.button("go", on_click=clicked, args=(slot, box))
        st.text("end")
    """).run()
    at.button[0].click().run()
    assert not at.exception
    assert not at.success
    assert at.warning[0].value == "inside"
    assert "end" in at.text.values
