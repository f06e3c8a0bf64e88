"""The AppTest API: constructors, running, element lists, widget actions, session state."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rerunqt.testing import AppTest

STATIC_SCRIPT = """
import rerunqt as st
st.title("The title")
st.header("A header")
st.subheader("A subheader")
st.markdown("Some *markdown*")
st.markdown("More markdown")
st.text("plain text")
st.caption("a caption")
st.code("print(1)")
st.json({"a": 1})
st.divider()
st.info("info!")
st.success("success!")
st.warning("warning!")
st.error("error!")
st.exception(ValueError("shown exception"))
"""

WIDGET_SCRIPT = """
import rerunqt as st
go = st.button("Go", key="go")
agree = st.checkbox("Agree", key="agree")
name = st.text_input("Name", max_chars=5, key="name")
n = st.number_input("N", min_value=0, max_value=3, value=2, key="n")
f = st.number_input("F", min_value=0.0, max_value=1.0, value=0.5, step=0.25, key="f")
st.text(f"go={go} agree={agree} name={name!r} n={n!r} f={f!r}")
"""


# --------------------------------------------------------------------------------------
# Constructors and run()
# --------------------------------------------------------------------------------------


def test_from_file_relative_to_the_test_file() -> None:
    at = AppTest.from_file("../../demos/counter.py").run()
    assert at.title.values == ["Counter Example"]
    assert at.markdown.values == ["Count =  `0`"]
    at.button[0].click().run()
    assert at.markdown.values == ["Count =  `1`"]


def test_from_file_absolute_path(tmp_path: Path) -> None:
    script = tmp_path / "my_app.py"
    script.write_text("import rerunqt as st\nst.text('from a file')\n")
    at = AppTest.from_file(str(script)).run()
    assert at.text.values == ["from a file"]


def test_from_file_missing_script_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        AppTest.from_file(tmp_path / "nope.py")


def test_from_string_dedents() -> None:
    at = AppTest.from_string(
        """
            import rerunqt as st
            st.text("indented source")
        """
    ).run()
    assert at.text.values == ["indented source"]


def test_from_function_with_args_and_kwargs() -> None:
    def app(greeting: str, *, name: str = "nobody") -> None:
        import rerunqt as st

        st.text(f"{greeting}, {name}")

    at = AppTest.from_function(app, args=("Hello",), kwargs={"name": "Ada"}).run()
    assert at.text.values == ["Hello, Ada"]
    at2 = AppTest.from_function(app, args=("Hi",)).run()
    assert at2.text.values == ["Hi, nobody"]
    assert (at.args, at.kwargs) == (("Hello",), {"name": "Ada"})  # Streamlit's attributes
    at.args, at.kwargs["name"] = ["Bye"], "Bo"  # read again by the next run, as there
    assert at.run().text.values == ["Bye, Bo"]
    assert AppTest.from_string("import rerunqt as st").args is None


def test_run_returns_the_apptest() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.text('x')\n")
    assert at.run() is at
    assert at.run(timeout=2) is at


def test_elements_empty_before_first_run() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.text('x')\n")
    assert len(at.text) == 0


def test_a_run_longer_than_its_timeout_fails_even_with_few_st_calls() -> None:
    """Streamlit's own AppTest test (TimeoutTest): two writes around a sleep."""
    at = AppTest.from_string("""
        import time
        import rerunqt as st
        st.write("start")
        time.sleep(0.5)
        st.write("end")
    """)
    with pytest.raises(RuntimeError, match=r"timed out after 0\.2"):
        at.run(timeout=0.2)
    assert at.run(timeout=3).markdown.values == ["start", "end"]


def test_default_timeout_is_used_by_run() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        while True:
            st.session_state.get("spin")
        """,
        default_timeout=0.3,
    )
    assert at.default_timeout == 0.3
    with pytest.raises(RuntimeError, match=r"timed out after 0\.3"):
        at.run()


def test_default_timeout_default_is_three_seconds() -> None:
    assert AppTest.from_string("import rerunqt as st\n").default_timeout == 3


def test_sessions_are_independent() -> None:
    src = """
    import rerunqt as st
    st.session_state.n = st.session_state.get("n", 0) + 1
    st.text(str(st.session_state.n))
    """
    a = AppTest.from_string(src).run()
    b = AppTest.from_string(src).run()
    a.run()
    a.run()
    assert a.text.values == ["3"]
    assert b.text.values == ["1"]


# --------------------------------------------------------------------------------------
# Element lists
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("title", ["The title"]),
        ("header", ["A header"]),
        ("subheader", ["A subheader"]),
        ("markdown", ["Some *markdown*", "More markdown"]),
        ("text", ["plain text"]),
        ("caption", ["a caption"]),
        ("code", ["print(1)"]),
        ("info", ["info!"]),
        ("success", ["success!"]),
        ("warning", ["warning!"]),
        ("error", ["error!"]),
        ("exception", ["shown exception"]),
    ],
)
def test_static_element_lists(kind: str, expected: list[str]) -> None:
    at = AppTest.from_string(STATIC_SCRIPT).run()
    elements = getattr(at, kind)
    assert len(elements) == len(expected)
    assert elements.len == len(expected)
    assert elements.values == expected
    assert elements == expected
    assert [e.value for e in elements] == expected
    assert elements[0].value == expected[0]
    assert elements[-1].value == expected[-1]


def test_json_and_divider_lists() -> None:
    at = AppTest.from_string(STATIC_SCRIPT).run()
    assert len(at.json) == 1
    assert json.loads(at.json[0].value) == {"a": 1}
    assert len(at.divider) == 1
    assert at.divider[0].value == at.divider[0].body == "---"  # Streamlit's Markdown reading
    assert at.divider[0].help == ""  # as Streamlit's AppTest reads a divider (it raised)


def test_element_list_index_out_of_range() -> None:
    at = AppTest.from_string(STATIC_SCRIPT).run()
    with pytest.raises(IndexError):
        at.title[1]


def test_widget_lists_len_index_iteration_values_and_key_lookup() -> None:
    at = AppTest.from_string(WIDGET_SCRIPT).run()
    assert len(at.button) == 1
    assert len(at.checkbox) == 1
    assert len(at.text_input) == 1
    assert len(at.number_input) == 2
    assert at.number_input.values == [2, 0.5]
    assert [w.key for w in at.number_input] == ["n", "f"]
    assert at.number_input(key="f").value == 0.5
    assert at.number_input[1].label == "F"
    with pytest.raises(KeyError):
        at.number_input(key="missing")


def test_widget_value_key_label() -> None:
    at = AppTest.from_string(WIDGET_SCRIPT).run()
    assert at.button[0].value is False
    assert at.button[0].key == "go"
    assert at.button[0].label == "Go"
    assert at.checkbox[0].value is False
    assert at.checkbox[0].label == "Agree"
    assert at.text_input[0].value == ""
    assert at.text_input[0].key == "name"
    assert at.text_input[0].label == "Name"
    assert at.number_input[0].value == 2


def test_unkeyed_widget_key_is_none() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.checkbox('c')\n").run()
    assert at.checkbox[0].key is None


def test_markdown_value_is_its_source() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.write('Count = ', 3)
        st.markdown("**bold** and `code`")
        """
    ).run()
    assert at.markdown.values == ["Count =  `3`", "**bold** and `code`"]


# --------------------------------------------------------------------------------------
# Widget actions
# --------------------------------------------------------------------------------------


def test_actions_return_the_element_with_run() -> None:
    at = AppTest.from_string(WIDGET_SCRIPT).run()
    assert at.button[0].click().run() is at
    assert at.checkbox[0].check().run() is at
    assert at.text_input[0].input("ab").run() is at
    assert at.number_input[0].increment().run() is at
    assert at.number_input[0].set_value(0).run() is at


def test_click() -> None:
    at = AppTest.from_string(WIDGET_SCRIPT).run()
    at.button(key="go").click().run()
    assert at.text[0].value.startswith("go=True")
    at.run()
    assert at.text[0].value.startswith("go=False")


def test_check_uncheck_and_set_value() -> None:
    at = AppTest.from_string(WIDGET_SCRIPT).run()
    at.checkbox[0].check().run()
    assert "agree=True" in at.text[0].value
    at.checkbox[0].uncheck().run()
    assert "agree=False" in at.text[0].value
    at.checkbox[0].set_value(True).run()
    assert "agree=True" in at.text[0].value


def test_input_and_max_chars() -> None:
    at = AppTest.from_string(WIDGET_SCRIPT).run()
    at.text_input[0].input("Ada").run()
    assert "name='Ada'" in at.text[0].value
    at.text_input[0].input("far too long").run()  # beyond max_chars=5: ignored
    assert "name='Ada'" in at.text[0].value
    at.text_input[0].set_value("Bob").run()
    assert "name='Bob'" in at.text[0].value


def test_pending_value_visible_before_run() -> None:
    at = AppTest.from_string(WIDGET_SCRIPT).run()
    at.text_input[0].input("Zed")
    assert at.text_input[0].value == "Zed"
    assert "name=''" in at.text[0].value  # nothing ran yet


def test_increment_decrement_clamped_int() -> None:
    at = AppTest.from_string(WIDGET_SCRIPT).run()
    at.number_input(key="n").increment().run()
    assert at.number_input(key="n").value == 3
    at.number_input(key="n").increment().run()  # clamped to max 3
    assert at.number_input(key="n").value == 3
    assert "n=3" in at.text[0].value
    for _ in range(5):
        at.number_input(key="n").decrement().run()
    assert at.number_input(key="n").value == 0  # clamped to min 0
    assert "n=0" in at.text[0].value


def test_increment_decrement_float_step() -> None:
    at = AppTest.from_string(WIDGET_SCRIPT).run()
    at.number_input(key="f").increment().run()
    assert at.number_input(key="f").value == pytest.approx(0.75)
    at.number_input(key="f").increment().increment().run()
    assert at.number_input(key="f").value == pytest.approx(1.0)
    at.number_input(key="f").set_value(0.0).run()
    at.number_input(key="f").decrement().run()
    assert at.number_input(key="f").value == pytest.approx(0.0)


# --------------------------------------------------------------------------------------
# at.session_state
# --------------------------------------------------------------------------------------


def test_session_state_item_attribute_and_in() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.a = 1
        st.session_state["b"] = "two"
        """
    ).run()
    assert at.session_state["a"] == 1
    assert at.session_state.b == "two"
    assert "a" in at.session_state
    assert "zzz" not in at.session_state
    with pytest.raises(KeyError):
        at.session_state["zzz"]


def test_session_state_writes_before_first_run_act_like_assignments() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        got = st.number_input("N", 0, 100, key="n")
        st.text(f"n={got} flag={st.session_state.get('flag')}")
        """
    )
    at.session_state.n = 42
    at.session_state["flag"] = "on"
    at.run()
    assert at.text[0].value == "n=42 flag=on"
    assert at.number_input(key="n").value == 42


def test_session_state_write_between_runs_updates_widget() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        got = st.text_input("Name", key="name")
        st.text(f"name={got}")
        """
    ).run()
    at.session_state["name"] = "Set from test"
    at.run()
    assert at.text[0].value == "name=Set from test"
    assert at.text_input(key="name").value == "Set from test"


def test_session_state_write_before_run_is_coerced_like_script_assignment() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.number_input("N", 0, 10, key="n")
        """
    )
    at.session_state.n = 99  # beyond max_value: the default, as Streamlit 1.67 resets it
    at.run()
    assert at.number_input(key="n").value == 0 and at.session_state.n == 0
    at.session_state.n = 7.6  # made the field's int, as the script's own assignment is
    at.run()
    assert at.number_input(key="n").value == 8


def test_from_string_scripts_live_in_a_private_folder_removed_at_exit(tmp_path) -> None:
    """Not a fixed shared <tmp>/rerunqt-apptest/ that another user could plant files in."""
    import stat
    import subprocess
    import sys
    import tempfile

    at = AppTest.from_string("import rerunqt as st\nst.text('hi')\n").run()
    assert [t.value for t in at.text] == ["hi"]
    folder = at._script.path.parent
    assert folder != Path(tempfile.gettempdir()) / "rerunqt-apptest"
    assert folder.name.startswith("rerunqt-apptest-")
    info = folder.stat()
    assert stat.S_IMODE(info.st_mode) == 0o700 and info.st_uid == os.getuid()
    assert AppTest.from_string("x = 2\n")._script.path.parent == folder  # one per process

    code = ("from rerunqt.testing import AppTest; "
            "print(AppTest.from_string('x = 1').run()._script.path.parent)")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    child = Path(result.stdout.strip())
    assert child.name.startswith("rerunqt-apptest-") and child != folder
    assert not child.exists()


def test_values_set_before_one_run_fire_callbacks_in_page_order() -> None:
    """As Streamlit's AppTest (and the browser) send widget values in page order."""
    at = AppTest.from_string("""
        import rerunqt as st
        log = st.session_state.setdefault("log", [])
        st.text_input("a", key="a", on_change=lambda: log.append("a"))
        with st.sidebar:
            st.text_input("s", key="s", on_change=lambda: log.append("s"))
        with st.expander("more"):
            st.text_input("b", key="b", on_change=lambda: log.append("b"))
        st.text_input("c", key="c", on_change=lambda: log.append("c"))
    """).run()
    at.text_input("s").input("1")
    at.text_input("c").input("2")
    at.text_input("a").input("3")
    at.text_input("b").input("4")
    at.run()
    assert at.session_state.log == ["a", "b", "c", "s"]  # the page, then the sidebar


def test_a_widget_whose_key_left_state_after_it_was_drawn_reads_its_drawn_value() -> None:
    """``del st.session_state[key]`` later in the run: the view reads the value the widget
    was drawn with, as the script's Python value (an option, not the window's index)."""
    at = AppTest.from_string("""
import rerunqt as st
st.selectbox("Sel", ["a", "b", "c"], key="sel")
st.radio("R", [10, 20], key="r")
st.text_input("T", key="t")
if st.button("Reset"):
    for k in ("sel", "r", "t"):
        del st.session_state[k]
""").run()
    at.selectbox[0].set_value("c")
    at.radio[0].set_value(20)
    at.text_input[0].set_value("hey")
    at.button[0].click().run()
    assert "sel" not in at.session_state
    assert (at.selectbox[0].value, at.radio[0].value, at.text_input[0].value) == ("c", 20, "hey")
    at.run()  # the next run draws them anew from their defaults
    assert (at.selectbox[0].value, at.radio[0].value, at.text_input[0].value) == ("a", 10, "")
