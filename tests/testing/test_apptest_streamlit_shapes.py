"""AppTest gives lists where Streamlit's AppTest does, and rejects acting on disabled widgets."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest, AppTestError


def test_options_captions_and_indices_are_lists() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.selectbox("sb", ("a", "b"))
        st.radio("r", ["a", "b"], captions=["x", "y"])
        st.multiselect("m", ["a", "b", "c"], default=["c", "a"])
        st.select_slider("ss", ["a", "b"])
        st.pills("p", ["a", "b"], default="b")
        st.segmented_control("sc", ["a", "b"], selection_mode="multi", default=["a"])
        """
    ).run()
    assert at.selectbox[0].options == ["a", "b"] and type(at.selectbox[0].options) is list
    assert at.radio[0].options == ["a", "b"] and at.radio[0].captions == ["x", "y"]
    assert at.multiselect[0].options == ["a", "b", "c"] and at.multiselect[0].indices == [2, 0]
    assert at.select_slider[0].options == ["a", "b"]
    assert at.pills[0].options == ["a", "b"] and at.pills[0].indices == [1]
    assert at.segmented_control[0].indices == [0]


def test_acting_on_a_disabled_widget_raises_as_in_streamlit() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.selectbox("sb", ["a", "b"], disabled=True)
        st.button("b", disabled=True)
        st.checkbox("c", disabled=True, key="c")
        """
    ).run()
    with pytest.raises(AppTestError) as info:
        at.selectbox[0].select("b")
    assert str(info.value) == ("Cannot update a disabled selectbox widget. A browser user "
                               "cannot interact with a disabled widget.")
    with pytest.raises(AppTestError, match="disabled button widget"):
        at.button[0].click()
    with pytest.raises(AppTestError, match=r"disabled checkbox widget \(key='c'\)"):
        at.checkbox[0].check()
    at.run()
    assert at.selectbox[0].value == "a" and at.checkbox[0].value is False


def test_streamlit_alias_exports_apptest_error() -> None:
    from rerunqt.compat.streamlit.testing.v1 import AppTestError as Alias

    assert Alias is AppTestError
