"""No script fault stops the app (issue 16, part 1), through AppTest.

Each test is a repro from the issue: before the fix the run raised out of AppTest (or
killed the window's script thread), or the element reached the GUI thread broken.
"""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def messages(at: AppTest) -> list[str]:
    return [e.message for e in at.exception]


@pytest.mark.parametrize("exit_call", ["sys.exit()", "sys.exit(0)", "raise SystemExit", "exit()",
                                       "raise SystemExit(None)"])
def test_a_zero_or_empty_exit_ends_the_run_quietly_like_stop(exit_call: str) -> None:
    at = AppTest.from_string(f"""
        import sys
        import rerunqt as st
        st.text("before")
        {exit_call}
        st.text("after")
    """).run()
    assert at.outcome == "stopped"
    assert [t.value for t in at.text] == ["before"]
    assert not at.exception
    at.run()  # and the app keeps serving runs
    assert [t.value for t in at.text] == ["before"]


@pytest.mark.parametrize("exit_call", ["sys.exit(3)", "raise SystemExit(3)"])
def test_an_exit_with_a_failure_status_is_an_error_that_names_it(exit_call: str) -> None:
    at = AppTest.from_string(f"""
        import sys
        import rerunqt as st
        st.text("before")
        {exit_call}
    """).run()
    assert at.outcome == "error"
    assert at.exception[0].exc_type == "SystemExit"
    assert "status 3" in at.exception[0].message
    assert "keeps running" in at.exception[0].message
    assert [t.value for t in at.text] == ["before"]


def test_an_exit_with_a_message_shows_the_message() -> None:
    at = AppTest.from_string("import sys\nsys.exit('no data file')\n").run()
    assert "no data file" in messages(at)[0]


def test_an_argparse_error_shows_argparse_s_message(capsys) -> None:
    at = AppTest.from_string("""
        import argparse
        import rerunqt as st
        parser = argparse.ArgumentParser()
        parser.add_argument("--rows", type=int, required=True)
        st.write(parser.parse_args().rows)
    """).run()
    assert at.outcome == "error"
    assert "status 2" in messages(at)[0]
    assert "the following arguments are required: --rows" in messages(at)[0]


def test_argparse_help_ends_the_run_quietly(capsys) -> None:
    at = AppTest.from_string("""
        import argparse, sys
        import rerunqt as st
        st.text("top")
        sys.argv = ["app.py", "-h"]
        argparse.ArgumentParser(description="demo").parse_args()
        st.text("unreached")
    """).run()
    assert at.outcome == "stopped" and not at.exception
    assert [t.value for t in at.text] == ["top"]
    assert "demo" in capsys.readouterr().out


def test_any_base_exception_in_the_body_is_shown_and_the_app_keeps_working() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        class Abort(BaseException):
            pass
        if st.button("Fail"):
            raise Abort("custom base exception")
        st.text("page")
    """).run()
    at.button[0].click().run()
    assert at.exception[0].exc_type == "__main__.Abort"  # a script class: with its module, as Streamlit
    assert messages(at) == ["custom base exception"]
    at.run()
    assert not at.exception and [t.value for t in at.text] == ["page"]


@pytest.mark.parametrize(("raise_in_callback", "error"), [
    ("sys.exit(0)", None),
    ("sys.exit(5)", "status 5"),
    ("raise GeneratorExit('odd')", "odd"),
])
def test_a_base_exception_in_a_callback_ends_that_run_only(raise_in_callback: str,
                                                           error: str | None) -> None:
    at = AppTest.from_string(f"""
        import sys
        import rerunqt as st
        def on_click():
            {raise_in_callback}
        st.button("Go", on_click=on_click)
        st.session_state.runs = st.session_state.get("runs", 0) + 1
    """).run()
    at.button[0].click().run()  # never raises out of run()
    if error is None:
        assert at.outcome == "stopped" and not at.exception
    else:
        assert error in messages(at)[0]
    assert at.session_state.runs == 1  # the body did not run after the callback ended it
    at.run()
    assert at.session_state.runs == 2 and not at.exception


def test_output_from_a_finished_run_is_dropped(capsys) -> None:
    """A generator left open in run 1 is finalized in run 2: its st.text must not land there."""
    at = AppTest.from_string("""
        import gc
        import rerunqt as st
        def numbers():
            try:
                yield 1
            finally:
                st.text("cleanup from an earlier run")
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        if st.session_state.runs == 1:
            g = numbers()
            next(g)
        else:
            gc.collect()
        st.text(f"run {st.session_state.runs}")
    """).run()
    assert [t.value for t in at.text] == ["run 1"]
    at.run()
    assert [t.value for t in at.text] == ["run 2"]


@pytest.mark.parametrize(("call", "named"), [
    ("st.checkbox('C', on_change=f, args=5)", "args="),
    ("st.button('B', on_click=f, kwargs=[1])", "kwargs="),
    ("st.text_input('T', on_change=f, kwargs=5)", "kwargs="),
])
def test_bad_callback_args_or_kwargs_are_an_error_naming_them(call: str, named: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\ndef f(*a, **k): pass\n{call}\n").run()
    assert named in messages(at)[0]
    assert "not iterable" not in messages(at)[0]


def test_callback_args_as_a_list_and_kwargs_as_a_dict_work() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        def f(a, b, c=0):
            st.session_state.got = (a, b, c)
        st.button("B", on_click=f, args=[1, 2], kwargs={"c": 3})
    """).run()
    at.button[0].click().run()
    assert at.session_state.got == (1, 2, 3)


def test_callback_args_may_be_any_iterable_as_in_streamlit() -> None:
    """Streamlit 1.67 unpacks args= whatever iterable it is (``args="k"``, a range);
    rerunqt stopped the script with "args= must be a tuple or list"."""
    at = AppTest.from_string("""
        import rerunqt as st
        def f(*a):
            st.session_state.got = a
        st.button("B", on_click=f, args="k")
        st.button("C", on_click=f, args=range(2))
    """).run()
    assert not at.exception, at.exception
    at.button[0].click().run()
    assert at.session_state.got == ("k",)
    at.button[1].click().run()
    assert at.session_state.got == (0, 1)


@pytest.mark.parametrize("call", [
    "st.text_input('T', help=123)", "st.button('B', help=123)", "st.title('T', help=123)",
    "st.slider('S', help=123)", "st.radio('R', ['a'], help=123)",
])
def test_help_becomes_a_string(call: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\n{call}\n").run()
    assert not at.exception
    (element,) = [e for e in at.tree if e.prop("help") is not None]
    assert element.prop("help") == "123"


@pytest.mark.parametrize("call", [
    "st.text_input('T', placeholder=5)", "st.text_area('T', placeholder=5)",
    "st.number_input('N', value=None, placeholder=5)", "st.selectbox('S', ['a'], placeholder=5)",
])
def test_placeholder_becomes_a_string(call: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\n{call}\n").run()
    assert not at.exception
    assert at.tree[0].prop("placeholder") == "5"


NOT_TEXT = "Invalid `icon` type. Expected one of: str, None. Provided type: int."


@pytest.mark.parametrize(("call", "named"), [
    ("st.button('B', icon=5)", NOT_TEXT),
    ("st.download_button('D', b'x', icon=5)", NOT_TEXT),
    ("st.info('i', icon=5)", NOT_TEXT),
    ("st.button('B', icon='abc')", 'The value "abc" is not a valid icon.'),
    ("st.button('B', icon=':material/Thumb Up:')", "Material icon"),
    ("st.number_input('N', format=5)", "format="),
    ("st.code('x = 1', language=5)", "language="),
])
def test_a_wrong_icon_format_or_language_is_an_api_error_naming_it(call: str, named: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\n{call}\n").run()
    assert named in messages(at)[0]


@pytest.mark.parametrize("icon", ["🔥", "⚠️", "1️⃣", ":material/thumb_up:", "👩‍💻"])
def test_emoji_and_material_icons_are_accepted(icon: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\nst.button('B', icon={icon!r})\n").run()
    assert not at.exception


@pytest.mark.parametrize("call", [
    "st.button('B', icon='')", "st.download_button('D', 'x', icon='  ')",
    "st.expander('E', icon='')", "st.popover('P', icon='')", "st.toast('T', icon='')",
    "st.page_link('https://example.org', label='L', icon='')", "st.error('x', icon=' ')",
])
def test_a_blank_icon_means_none_as_in_streamlit_1_67(call: str) -> None:
    """Streamlit strips the icon and takes an empty one as no icon (``icon=""`` from a
    mapping of optional icons); it is no error and no icon is drawn."""
    at = AppTest.from_string(f"import rerunqt as st\n{call}\n").run()
    assert not at.exception, messages(at)
