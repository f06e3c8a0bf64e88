"""numpy scalars and arrays as widget arguments, and bool casts, as Streamlit 1.67 takes them."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

pytest.importorskip("numpy")


def run(src: str) -> AppTest:
    at = AppTest.from_string(src).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def recorded(at: AppTest) -> dict[str, tuple[object, str]]:
    return {k: (v, type(v).__name__) for k, v in at.session_state["rec"].items()}


def test_numpy_scalar_arguments_are_accepted_as_python_numbers() -> None:
    at = run(
        """
        import numpy as np
        import rerunqt as st
        rec = st.session_state.setdefault("rec", {})
        rec["ni_max"] = st.number_input("age", min_value=0, max_value=np.int64(60), key="a")
        rec["ni_val"] = st.number_input("v", value=np.int64(3), step=np.int64(2), key="v")
        rec["ni_f"] = st.number_input("f", 0.0, np.float64(9.5), np.float64(1.5), key="f")
        rec["ni_bool"] = st.number_input("b", value=True)
        rec["cb"] = st.checkbox("x", value=np.bool_(True))
        rec["tg"] = st.toggle("t", value=np.bool_(True))
        rec["ti"] = st.text_input("ti", "abcdefgh", max_chars=np.int64(5))
        rec["ms"] = st.multiselect("ms", ["a", "b"], max_selections=np.int64(1))
        rec["fb"] = st.feedback("stars", default=np.int64(2))
        rec["sl"] = st.slider("sl", np.int64(0), np.int64(10), np.int64(3), step=np.int64(2))
        """
    )
    assert recorded(at) == {
        "ni_max": (0, "int"), "ni_val": (3, "int"), "ni_f": (1.5, "float"),
        "ni_bool": (1, "int"), "cb": (True, "bool"), "tg": (True, "bool"),
        "ti": ("abcde", "str"), "ms": ([], "list"), "fb": (2, "int"), "sl": (3, "int"),
    }
    at.number_input(key="v").increment().run()
    assert at.number_input(key="v").value == 5
    with pytest.raises(ValueError, match="max_selections is 1"):  # np.int64(1) is enforced
        at.multiselect[0].set_value(["a", "b"])


def test_numpy_values_assigned_through_session_state_fit_the_widget() -> None:
    at = run(
        """
        import numpy as np
        import rerunqt as st
        if "n" not in st.session_state:
            st.session_state.n = np.int64(7)
            st.session_state.c = np.bool_(True)
            st.session_state.fb = np.int64(1)
        rec = st.session_state.setdefault("rec", {})
        rec["n"] = st.number_input("n", 0, 10, key="n")
        rec["c"] = st.checkbox("c", key="c")
        rec["fb"] = st.feedback("stars", key="fb")
        """
    )
    assert recorded(at) == {"n": (7, "int"), "c": (True, "bool"), "fb": (1, "int")}


@pytest.mark.parametrize(("value", "expected"), [(None, False), ("yes", True), ("", False),
                                                 (2, True), (0, False)])
@pytest.mark.parametrize("kind", ["checkbox", "toggle"])
def test_checkbox_and_toggle_cast_value_to_bool(kind: str, value: object, expected: bool) -> None:
    at = run(
        f"""
        import rerunqt as st
        st.session_state["rec"] = {{"v": st.{kind}("x", value={value!r})}}
        """
    )
    assert recorded(at) == {"v": (expected, "bool")}


def test_numpy_array_options_come_back_as_python_values() -> None:
    at = run(
        """
        import numpy as np
        import pandas as pd
        import rerunqt as st
        rec = st.session_state.setdefault("rec", {})
        rec["sb"] = st.selectbox("sb", np.array([1, 2, 3]))
        rec["sbs"] = st.selectbox("sbs", np.array(["a", "b"]))
        rec["radio"] = st.radio("r", np.array([1, 2, 3]), index=1)
        rec["ms"] = st.multiselect("ms", np.array([1, 2, 3]), default=[1, np.int64(3)])
        rec["pills"] = st.pills("p", np.array([1, 2, 3]), default=1)
        rec["pillsm"] = st.pills("pm", np.array([1, 2]), default=[2], selection_mode="multi")
        rec["seg"] = st.segmented_control("sc", np.array([1.5, 2.5]), default=1.5)
        rec["ssl"] = st.select_slider("ssl", np.array([1, 2, 3]))
        rec["sslr"] = st.select_slider("sslr", np.array([1, 2, 3]), value=(1, 3))
        rec["sslf"] = st.select_slider("sslf", np.linspace(0, 1, 5), value=0.5)
        rec["ser"] = st.selectbox("ser", pd.Series(np.array([4, 5])))
        rec["dt"] = st.selectbox("dt", np.array(["2024-01-01"], dtype="datetime64[ns]"))
        """
    )
    got = recorded(at)
    assert got.pop("dt") == (__import__("pandas").Timestamp("2024-01-01"), "Timestamp")
    assert got == {
        "sb": (1, "int"), "sbs": ("a", "str"), "radio": (2, "int"), "ms": ([1, 3], "list"),
        "pills": (1, "int"), "pillsm": ([2], "list"), "seg": (1.5, "float"),
        "ssl": (1, "int"), "sslr": ((1, 3), "tuple"), "sslf": (0.5, "float"), "ser": (4, "int"),
    }
    assert type(at.session_state["rec"]["ms"][1]) is int
    assert [type(x) for x in at.session_state["rec"]["sslr"]] == [int, int]
    at.select_slider[2].set_value(0.75).run()
    assert recorded(at)["sslf"] == (0.75, "float")


OBJECTS = """
import rerunqt as st
class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"P({self.n})"
objs = [P(1), P(2), P(3)]
show = lambda p: f"p{p.n}"
rec = st.session_state.setdefault("rec", {})
rec["plain"] = st.select_slider("a", objs, format_func=show)
rec["keyed"] = st.select_slider("b", objs, format_func=show, key="k")
rec["value"] = st.select_slider("c", objs, value=objs[1], format_func=show, key="v")
rec["range"] = st.select_slider("d", objs, value=(objs[0], objs[2]), format_func=show)
rec["objs"] = objs
"""


def test_select_slider_returns_option_objects_without_eq() -> None:
    at = run(OBJECTS)
    rec = at.session_state["rec"]
    objs = rec["objs"]
    assert rec["plain"] is objs[0] and rec["keyed"] is objs[0] and rec["value"] is objs[1]
    assert rec["range"][0] is objs[0] and rec["range"][1] is objs[2]
    at.select_slider(key="k").set_value(objs[2]).run()  # an object of the last run
    assert not at.exception
    rec = at.session_state["rec"]
    assert rec["keyed"] is rec["objs"][2]
    assert rec["value"] is rec["objs"][1]
