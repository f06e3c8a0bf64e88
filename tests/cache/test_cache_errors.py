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
