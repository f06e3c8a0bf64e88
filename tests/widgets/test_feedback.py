"""st.feedback through AppTest: the index returned, defaults, callbacks and bad input."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def test_thumbs_return_one_for_up_and_none_before_a_choice() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        v = st.feedback(key="fb")
        st.write(repr(v))
    """).run()
    assert not at.exception
    assert at.markdown[0].value == "None" and at.feedback[0].options == "thumbs"
    at.feedback[0].set_value(1).run()
    assert at.markdown[0].value == "1" and at.session_state["fb"] == 1
    at.feedback[0].set_value(None).run()
    assert at.markdown[0].value == "None"


@pytest.mark.parametrize("options", ["faces", "stars"])
def test_faces_and_stars_take_a_default_and_five_values(options: str) -> None:
    at = AppTest.from_string(f"""
        import rerunqt as st
        st.write(repr(st.feedback({options!r}, default=2)))
    """).run()
    assert at.markdown[0].value == "2"
    at.feedback[0].set_value(4).run()
    assert at.markdown[0].value == "4"
    with pytest.raises(ValueError, match="0 to 4"):
        at.feedback[0].set_value(5)


def test_on_change_gets_its_args_and_session_state_sets_the_value() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        def changed(tag):
            st.session_state.seen = (tag, st.session_state.fb)
        st.feedback("stars", key="fb", on_change=changed, args=("rated",))
        st.write(repr(st.session_state.get("seen")))
    """).run()
    at.feedback[0].set_value(3).run()
    assert at.markdown[0].value == "('rated', 3)"
    at.session_state["fb"] = 1
    at.run()
    assert at.feedback[0].value == 1


def test_in_a_block_and_a_form() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.sidebar.feedback(key="side")
        with st.form("f"):
            st.feedback("faces", key="in_form")
            st.form_submit_button()
    """).run()
    assert not at.exception and len(at.feedback) == 2


@pytest.mark.parametrize(("call", "words"), [
    ("st.feedback('hearts')", "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'."),
    ("st.feedback(default=2)", "an int from 0 to 1"),
    ("st.feedback('stars', default='3')", "default='3'"),
    ("st.feedback(bind='query-params')", "needs a key"),
    ("st.feedback(persist_state='forever')", "persist_state='forever'"),
    ("st.feedback(width=0)", "width"),
])
def test_bad_input_names_the_argument(call: str, words: str) -> None:
    at = AppTest.from_string("import rerunqt as st\n" + call).run()
    assert at.exception and words in at.exception[0].message, at.exception
