"""st.write_stream and st.help through AppTest; st.write dispatching to them."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def run(src: str) -> AppTest:
    at = AppTest.from_string(src).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_a_generator_of_text_becomes_one_markdown_and_the_text_is_returned() -> None:
    at = run("""
        import rerunqt as st
        def words():
            for word in ["Hello", " there", ", friend"]:
                yield word
        full = st.write_stream(words())
        st.caption(repr(full))
    """)
    assert at.markdown.values == ["Hello there, friend"]  # no cursor once done
    assert at.caption[0].value == "'Hello there, friend'"


def test_openai_style_chunks_async_streams_and_mixed_chunks() -> None:
    at = run("""
        import asyncio, types
        import rerunqt as st
        def chunk(text):
            delta = types.SimpleNamespace(content=text)
            return types.SimpleNamespace(choices=[types.SimpleNamespace(delta=delta)])
        st.write_stream(chunk(t) for t in ["A", "B", None])
        async def slow():
            for t in ["x", "y"]:
                await asyncio.sleep(0)
                yield t
        st.write_stream(slow())
        got = st.write_stream(["before ", {"a": 1}, "after"])
        st.caption(repr(got))
    """)
    assert at.markdown.values[:2] == ["AB", "xy"]
    assert at.json[0].value is not None
    assert at.caption[0].value == "['before ', {'a': 1}, 'after']"


def test_st_write_streams_generators_and_documents_functions() -> None:
    at = run("""
        import rerunqt as st
        def gen():
            yield "streamed"
        def documented(a, b=2):
            '''Adds things.'''
        st.write(gen())
        st.write(documented)
    """)
    assert at.markdown.values == ["streamed"]
    shown = at.help[0]
    assert (shown.name, shown.value, shown.doc_string, shown.obj_type) == (
        "documented", "documented", "Adds things.", "function")
    assert shown.proto_value.endswith(".documented(a, b=2)")  # Streamlit's proto.value


HELP_OF_INSTANCES = '''
import dataclasses
import rerunqt as st
class Dog:
    """A typical dog."""
    def __init__(self, breed, color):
        self.breed = breed
        self.color = color
    def bark(self):
        return 'Woof!'
    @property
    def loud(self):
        """Whether it barks loudly."""
        return True
fido = Dog("poodle", "white")
st.help(fido)
@dataclasses.dataclass
class Point:
    """A point."""
    x: int = 1
    label: str = "origin"
    def norm(self, p: int = 2) -> float:
        """The p-norm.

        More words."""
        return 0.0
pt = Point()
st.help(pt)
st.help(pt.norm)
st.help(42)
st.help(given := Point(3))
'''


def test_st_help_of_an_instance_names_the_variable_and_lists_its_members() -> None:
    """As Streamlit 1.67 (checked with its AppTest): the variable's name from the calling
    line, the type, the value, the docs and the members (rerunqt showed only the class
    and its docstring)."""
    fido, pt, norm, number, given = run(HELP_OF_INSTANCES).help
    assert (fido.name, fido.obj_type, fido.doc_string, fido.value) == (
        "fido", "Dog", "A typical dog.", "fido")
    assert fido.proto_value.endswith(".Dog(breed, color)")
    assert fido.members == [("breed", "str", "'poodle'", ""), ("color", "str", "'white'", ""),
                            ("loud", "property", "", "Whether it barks loudly."),
                            ("bark", "method", "", "")]  # a list of Streamlit's Member fields
    first = fido.members[0]
    assert (first.name, first.value, first.doc_string) == ("breed", "'poodle'", "")
    assert (pt.name, pt.obj_type, pt.value, pt.doc_string) == (
        "pt", "Point", "Point(x=1, label='origin')", "A point.")
    assert pt.members == [("label", "str", "'origin'", ""), ("x", "int", "1", ""),
                          ("norm", "method", "", "The p-norm.")]
    assert (norm.name, norm.obj_type, norm.doc_string) == ("pt.norm", "method",
                                                           "The p-norm.\n\nMore words.")
    assert norm.proto_value.endswith("Point.norm(p: int = 2) -> float")
    assert (number.name, number.obj_type, number.value) == ("", "int", "42")
    assert ("real", "property", "", "the real part of a complex number") in number.members
    assert (given.name, given.value) == ("given", "Point(x=3, label='origin')")
    assert run("import rerunqt as st\nst.help(len)").help[0].members == []  # as Streamlit's


def test_st_help_names_what_st_write_and_magic_were_given() -> None:
    at = run('''
import rerunqt as st
class Thing:
    """A thing."""
thing = Thing()
st.write(thing)
thing
st.help(
    thing)
st.help()
''')
    assert [h.name for h in at.help] == ["thing", "thing", "", ""]  # a call over two lines: none
    assert at.help[2].obj_type == "Thing" and at.help[2].doc_string == "A thing."
    assert (at.help[3].obj_type, at.help[3].value) == ("module", "rerunqt")  # as st.help()


def test_bad_stream_is_a_clear_error() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.write_stream(42)").run()
    assert at.exception and "generator" in at.exception[0].message


def test_text_or_a_table_as_the_stream_is_streamlits_type_error() -> None:
    """Streamlit refuses a str or a DataFrame as the stream ("use st.write"), and calls only
    generator functions: another callable cannot be iterated."""
    for stream, named in (("'plain'", "str"), ("pd.DataFrame({'a': [1]})", "DataFrame")):
        src = f"import pandas as pd\nimport rerunqt as st\nst.write_stream({stream})"
        at = AppTest.from_string(src).run()
        assert at.exception[0].message == (
            f"Invalid `stream` type. Expected one of: generator, stream-like object. Provided "
            f"type: {named}. Please use `st.write` instead for this data type.")
        assert not at.markdown and not at.dataframe
    at = AppTest.from_string("import rerunqt as st\nst.write_stream(lambda: iter(['z']))").run()
    assert "(type: <class 'function'>) cannot be iterated" in at.exception[0].message


def test_empty_chunks_are_skipped_and_callable_chunks_are_called() -> None:
    at = run("""
        import pandas as pd
        import rerunqt as st
        def gen():
            yield ""
            yield "Hi "
            yield lambda: st.caption("drawn by the chunk")
            yield "after"
        st.text(repr(st.write_stream(gen)))
        st.text(repr(st.write_stream(["", pd.DataFrame({"a": [1]})])))
    """)
    assert at.markdown.values == ["Hi", "after"]  # no empty markdown before the table
    assert at.caption.values == ["drawn by the chunk"]
    assert at.text.values[0] == "['Hi ', 'after']"  # the callable is not in the result
    assert at.text.values[1].startswith("[   a") and len(at.dataframe) == 1


def test_openai_responses_events_and_an_empty_completion_chunk_stream_their_text() -> None:
    at = run("""
        import types
        import rerunqt as st
        def event(name, kind, **fields):
            cls = type(name, (), {"__module__": "openai.types.responses"})
            obj = cls()
            obj.type = kind
            obj.__dict__.update(fields)
            return obj
        stream = [event("ResponseCreatedEvent", "response.created"),
                  event("ResponseTextDeltaEvent", "response.output_text.delta", delta="Hel"),
                  event("ResponseTextDeltaEvent", "response.output_text.delta", delta="lo"),
                  event("ResponseCompletedEvent", "response.completed")]
        st.text(repr(st.write_stream(stream)))
        azure_first = type("ChatCompletionChunk", (), {"__module__": "openai.types.chat"})()
        azure_first.choices = []  # Azure OpenAI's first chunk has no choices
        st.text(repr(st.write_stream([azure_first, "ok"])))
    """)
    assert at.markdown.values == ["Hello", "ok"] and at.text.values == ["'Hello'", "'ok'"]


def test_st_write_shows_figures_and_pil_images() -> None:
    import pytest

    pytest.importorskip("matplotlib")
    pytest.importorskip("PIL")
    at = run("""
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from PIL import Image
        import rerunqt as st
        fig, ax = plt.subplots(figsize=(2, 1))
        ax.plot([1, 2, 3])
        st.write("A figure:", fig)
        st.write(Image.new("RGB", (6, 4), "red"))
    """)
    assert at.markdown.values == ["A figure:"]
    assert len(at.image) == 2  # pyplot draws an image element
    assert at.image[1].size == (6, 4)


def test_no_text_keeps_a_cursor_when_a_non_text_chunk_or_the_end_follows() -> None:
    at = run("""
        import rerunqt as st
        st.write_stream(["before ", {"a": 1}, "after"], cursor="▌")
        st.write_stream(iter(["plain ", "text"]))
    """)
    assert at.markdown.values == ["before", "after", "plain text"]  # stripped, as Streamlit


def test_a_cursor_that_is_not_text_is_named() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.write_stream(['x'], cursor=5)\n").run()
    assert "cursor= must be a string" in at.exception[0].message


def test_st_write_dispatches_objects_as_streamlit_does() -> None:
    at = run("""
        import collections, dataclasses, io
        import rerunqt as st
        class Thing:
            '''A thing with no text of its own.'''
        @dataclasses.dataclass
        class Point:
            x: int = 1
        Pair = collections.namedtuple("Pair", "a b")
        st.write(io.StringIO("**read** from a buffer"))
        st.write({"a": 1, "b": 2}.keys())
        st.write(map(str, [1, 2]))
        st.write(Pair(1, 2))
        st.write(Thing())
        st.write(Point())
        st.write(7, "and text")
    """)
    assert at.markdown.values == ["**read** from a buffer", "`7` and text"]
    assert [j.value for j in at.json] == ['["a", "b"]', '["1", "2"]', '{"a": 1, "b": 2}']
    assert [h.name for h in at.help] == ["Thing()", "Point()"]  # as written, as in Streamlit


def test_st_write_draws_a_plotly_figure_as_a_chart() -> None:
    pytest.importorskip("plotly")  # an optional extra
    at = run("""
        import plotly.graph_objects as go
        import rerunqt as st
        st.write(go.Figure(go.Bar(x=[1, 2], y=[3, 4])))
    """)
    assert [e.kind for e in at.tree] == ["plotly_chart"]


def test_writing_a_mixed_stream_result_again_draws_each_item_as_streamlit_does() -> None:
    # Streamlit's e2e st_write_stream app keeps the result in session state and, on the
    # next run, calls st.write(result): text, table, text again, not one JSON list.
    at = run("""
        import pandas as pd
        import rerunqt as st
        def chunks():
            yield "Before "
            yield pd.DataFrame({"a": [1, 2]})
            yield "after."
        result = st.write_stream(chunks())
        st.write(result)
    """)
    assert at.markdown.values == ["Before", "after.", "Before", "after."]
    assert len(at.dataframe) == 2
    assert not at.json


def test_st_write_unsafe_html_uses_repr_html_and_a_generator_function_streams() -> None:
    # Streamlit's e2e st_write_objects app: an object with _repr_html_ is st.help, unless
    # unsafe_allow_html=True, then it is its HTML; a generator function is streamed.
    at = run("""
        import rerunqt as st
        class ClassWithReprHtml:
            def _repr_html_(self):
                return "This is an <b>HTML tag</b>!"
        st.write(ClassWithReprHtml())
        st.write(ClassWithReprHtml(), unsafe_allow_html=True)
        def words():
            yield "streamed "
            yield "words"
        st.write(words)
    """)
    assert len(at.get("help")) == 1
    assert [h.value for h in at.html] == ["This is an <b>HTML tag</b>!"]
    assert at.markdown.values == ["streamed words"]


def test_st_write_of_the_streamlit_module_names_it_streamlit() -> None:
    """As Streamlit: ``st.write(st)`` after ``import streamlit as st`` reads "streamlit" (the
    alias package rerunqt gives the script stands for it), not the variable name "st"."""
    at = run("import streamlit as st\nst.write(st)\nimport os.path as p\nst.help(p)\n")
    assert [(h.name, h.value, h.obj_type) for h in at.help] == [
        ("st", "streamlit", "module"), ("p", "posixpath", "module")]
