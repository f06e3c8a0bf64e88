"""The cache's errors in an app, as Streamlit 1.67 shows them (its messages, its types)."""

from __future__ import annotations

from rerunqt.testing import AppTest

HASH_FUNC_RAISES = """
import rerunqt as st

class Foo:
    def __str__(self):
        return "FOO"

def bad(value):
    raise KeyError("boom")

@st.cache_resource(hash_funcs={"__main__.Foo": bad})
def h(x, y):
    return 1

h(1, [2, Foo()])
"""


def test_a_hash_func_that_raises_is_streamlits_user_hash_error_with_the_chain() -> None:
    at = AppTest.from_string(HASH_FUNC_RAISES).run()
    box = at.exception[0]
    assert box.exc_type == "KeyError"  # Streamlit shows the original error's type
    assert box.message.startswith(
        "'boom'\n\nThis error is likely due to a bug in `bad()`, which is a\n"
        "user-defined hash function that was passed into the `@st.cache_resource` decorator "
        "of\n`h()`.\n\n`bad()` failed when hashing an object of type\n`__main__.Foo`.")
    chain = box.message.split("```\n")[1].splitlines()
    assert chain[0] == "Object of type __main__.Foo: FOO"
    assert chain[1].startswith("Object of type builtins.list: [2, <__main__.Foo object")
    assert box.is_markdown


CLOSURE = """
import rerunqt as st

outer = st.container()
st.session_state.setdefault("runs", 0)

@st.cache_data
def draw_into_outer(n):
    st.session_state.runs += 1
    outer.write(f"into outer {n}")
    return n

@st.cache_data
def draw_with_outer(n):
    with outer:
        st.write(f"with outer {n}")
    st.sidebar.write("in the sidebar")
    return n

mode = st.radio("mode", ["method", "with"])
if mode == "method":
    st.write(draw_into_outer(1))
    st.write(draw_into_outer(1))
else:
    st.write(draw_with_outer(2))
"""


def test_a_hit_of_a_function_that_wrote_into_an_outer_container_is_streamlits_error() -> None:
    at = AppTest.from_string(CLOSURE).run()
    assert [m.value for m in at.markdown] == ["into outer 1", "`1`"]  # the miss draws
    assert at.exception[0].message.startswith(
        "While running `draw_into_outer()`, a streamlit element is called on some layout "
        "block\ncreated outside the function.")
    assert "* Remove the `@st.cache_data` decorator from `draw_into_outer()`." in (
        at.exception[0].message)
    at.run()
    assert len(at.exception) == 1 and at.session_state.runs == 1


def test_with_an_outer_container_in_a_cached_function_replays_where_it_is_called() -> None:
    at = AppTest.from_string(CLOSURE).run()
    at.radio[0].set_value("with").run()
    assert not at.exception
    assert [m.value for m in at.main[0].markdown] == ["with outer 2"]  # the miss: in outer
    at.run()  # a hit: drawn at the call, as Streamlit replays it
    assert not at.exception
    assert [m.value for m in at.main[0].markdown] == []
    assert [m.value for m in at.main.markdown] == ["with outer 2", "`2`"]
    assert [m.value for m in at.sidebar.markdown] == ["in the sidebar"]


def test_an_uncaught_cache_error_is_titled_with_streamlits_module() -> None:
    at = AppTest.from_string("""
import threading
import rerunqt as st

@st.cache_data
def f(x):
    return 1

f(threading.Lock())
""").run()
    assert at.exception[0].exc_type == "streamlit.runtime.caching.cache_errors.UnhashableParamError"


def test_an_element_handle_used_inside_its_cached_function_is_no_closure() -> None:
    """``bar.progress(...)`` on a bar the function drew is replayed on a hit; a handle of
    an element drawn before the call is outside it (Streamlit's error on the hit)."""
    at = AppTest.from_string("""
import rerunqt as st

note = st.empty().text("before")

@st.cache_data
def work():
    bar = st.progress(0, text="start")
    bar.progress(100, text="done")
    return 1

@st.cache_data
def retitle():
    note.text("changed")
    return 2

work(), work()
retitle(), retitle()
""").run()
    assert [p.value for p in at.get("progress")] == [100, 100]
    assert len(at.exception) == 1
    assert at.exception[0].message.startswith("While running `retitle()`")


def test_a_toast_in_a_cached_function_fails_on_a_hit_as_in_streamlit() -> None:
    """A toast goes to Streamlit's event container, which a hit cannot replay into."""
    at = AppTest.from_string("""
import rerunqt as st

@st.cache_data
def notify():
    st.toast("saved")
    return 1

notify()
notify()
""").run()
    assert [t.value for t in at.toast] == ["saved"]  # the miss shows it once
    assert at.exception[0].message.startswith("While running `notify()`")


def test_a_cached_function_that_raises_stops_watching_the_containers_it_entered() -> None:
    at = AppTest.from_string("""
import rerunqt as st
from rerunqt.core import context

@st.cache_data
def fails():
    with st.container():
        raise ValueError("no data")

try:
    fails()
except ValueError:
    pass
st.session_state.watching = context.current().cache_entered is not None
""").run()
    assert at.session_state.watching is False and not at.exception


def test_a_plain_class_s_instance_is_unhashable_as_in_streamlit() -> None:
    """The caching guide's MyCustomClass: Streamlit 1.67 hashes such an object by its
    default __reduce__(), which it cannot hash; hash_funcs or a leading "_" fix it."""
    at = AppTest.from_string("""
import re
import rerunqt as st

class MyCustomClass:
    def __init__(self, initial_score):
        self.my_score = initial_score

    @st.cache_data
    def multiply_score(self, multiplier):
        return self.my_score * multiplier

@st.cache_data
def multiply(obj, multiplier):
    return obj.my_score * multiplier

@st.cache_data(hash_funcs={MyCustomClass: lambda obj: obj.my_score})
def fixed(obj, multiplier):
    return obj.my_score * multiplier

@st.cache_data
def kinds(module, pattern, items):
    return "kinds"

score = MyCustomClass(15)
st.write(fixed(score, 2), kinds(re, re.compile("a"), {"a": 1}.items()))
for call in (lambda: multiply(score, 2), lambda: score.multiply_score(2)):
    try:
        call()
    except Exception as exc:  # Streamlit 1.67: its UnhashableParamError
        st.write(str(exc).split("\\n")[0])
""").run()
    assert not at.exception
    assert [m.value for m in at.markdown] == [
        "`30` kinds",
        "Cannot hash argument 'obj' (of type `__main__.MyCustomClass`) in 'multiply'.",
        "Cannot hash argument 'self' (of type `__main__.MyCustomClass`) in 'multiply_score'."]
