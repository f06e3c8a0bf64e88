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
    box = at.main.children[0]
    # Streamlit's AppTest lists what arrived first (the callback's writes) first, under
    # their places on the page, after the run's own: the window shows them in place order
    assert at.markdown.values == ["FooBar", "BarFoo"]
    assert list(box.children) == [2, 3, 0, 1]
    assert _words(box) == ["Hi!", "FooBar", "BarFoo", "button"]
    assert box[0].value == "BarFoo" and box[2].value == "Hi!"
    assert at.text[0].value == "after"


def test_the_page_keeps_the_callback_output_after_the_container_s_own() -> None:
    from rerunqt.core.element import walk

    at = AppTest.from_string(PASSED).run()
    at.button[0].click().run()
    page = [e.kind for e in walk(at._recorder.last.tree)]  # what the window draws
    assert page == ["container", "markdown", "button", "info", "markdown", "text"]


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
