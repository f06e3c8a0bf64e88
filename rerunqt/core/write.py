"""``st.write``: show anything, the way Streamlit shows it.

DataFrame-likes (pandas DataFrame / Series / Index / Styler, numpy arrays, pyarrow
and polars tables) become a table (``st.dataframe``); lists and dicts stay json, as in
Streamlit. Consecutive strings and scalars are joined with spaces into one markdown element
(scalars as inline code, as Streamlit does: ``st.write('Count = ', 3)`` gives the
markdown ``Count =  `3```); dicts, lists and session state become a json element (a
plain tuple or set is inline code of its text, as in Streamlit 1.67: ``st.write(values)``
of a range slider's value reads ``(25.0, 75.0)``);
exceptions an exception element; a matplotlib figure is ``pyplot``, a PIL image ``image``,
an Altair chart ``altair_chart``; a generator is streamed (``write_stream``); a function,
class or module shows its documentation (``help``).
"""

from __future__ import annotations

import inspect
import io
import re
from typing import Any

from rerunqt.core import stream as _stream
from rerunqt.core import text as _text
from rerunqt.core.proxy import SessionStateProxy


def write(*args: Any, unsafe_allow_html: bool = False) -> None:
    """Write each argument to the page, choosing the element by its type."""
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            _text.markdown(" ".join(buffer), unsafe_allow_html)
            buffer.clear()

    for arg in args:
        cls = arg.__class__
        if cls is str:
            buffer.append(arg)
        elif cls in _SCALARS:  # st.write("Count =", n): no type tests (their str has no ` or newline)
            buffer.append(f"`{arg}`")
        elif isinstance(arg, str):
            buffer.append(arg)
        elif isinstance(arg, BaseException):
            flush()
            _text.exception(arg)
        elif isinstance(arg, _stream.StreamingOutput):  # a write_stream result: its items again
            flush()
            for item in arg:
                write(item, unsafe_allow_html=unsafe_allow_html)
        elif is_dataframe_like(arg):
            flush()
            from rerunqt.core.dataframe import dataframe

            dataframe(arg)
        elif _is_namedtuple(arg):
            flush()
            _text.json(arg._asdict())
        elif isinstance(arg, (dict, list, SessionStateProxy)):  # a tuple or set is text, below
            flush()
            _text.json(arg)
        elif isinstance(arg, _ITERATED):  # dict views, map(...), filter(...): their items
            flush()
            _text.json(list(arg))  # type: ignore[call-overload]
        elif isinstance(arg, io.StringIO):
            flush()
            _text.markdown(arg.getvalue())
        elif (shown_by := _figure_writer(arg)) is not None:
            flush()
            shown_by(arg)
        elif (as_dict := _mapping_of(arg)) is not None:  # st.secrets sections, pydantic models
            flush()
            _text.json(as_dict)
        elif (inspect.isgenerator(arg) or inspect.isasyncgen(arg) or inspect.isgeneratorfunction(arg)
              or inspect.isasyncgenfunction(arg)):
            flush()
            _stream.write_stream(arg)
        elif (unsafe_allow_html and callable(getattr(arg, "_repr_html_", None))
              and not (inspect.isroutine(arg) or inspect.isclass(arg) or inspect.ismodule(arg))):
            import dataclasses

            if dataclasses.is_dataclass(arg):
                flush()
                _stream.help(arg)
            else:  # an object's own HTML; Streamlit writes it before text still buffered
                from rerunqt.core.extras import html

                html(arg._repr_html_())
        elif (inspect.isroutine(arg) or inspect.isclass(arg) or inspect.ismodule(arg)
              or _shows_no_value(arg)):
            flush()
            _stream.help(arg)
        elif callable(getattr(arg, "to_pandas", None)) or callable(
                getattr(arg, "__dataframe__", None)):  # a table of another library
            flush()
            from rerunqt.core.dataframe import dataframe

            dataframe(arg)
        else:
            shown = str(arg)
            from rerunqt.core.help_info import MEMORY_ADDRESS  # (st.help's module: on first use)

            if MEMORY_ADDRESS.match(shown):  # only its type and address: its documentation
                flush()
                _stream.help(arg)
            else:
                buffer.append(_code_span(shown))
    flush()


def _code_span(shown: str) -> str:
    """``shown`` as inline code, or a code block when it has several lines, fenced by one
    backtick more than its longest run of them (as Streamlit's st.write fences it)."""
    longest = max(map(len, re.findall("`+", shown)), default=0)
    if "\n" in shown:
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{shown}\n{fence}"
    fence = "`" * (longest + 1)
    return f"{fence}{shown}{fence}"


_SCALARS = frozenset({int, float, bool, complex, type(None)})
_ITERATED: tuple[type, ...] = (type({}.keys()), type({}.values()), type({}.items()), map, filter,
                               zip, enumerate, reversed)


def _is_namedtuple(value: Any) -> bool:
    return isinstance(value, tuple) and hasattr(value, "_asdict") and hasattr(value, "_fields")


def _mapping_of(value: Any) -> dict[str, Any] | None:
    """A dict for a mapping-like object Streamlit shows as json, else None."""
    for method in ("to_dict", "model_dump"):  # st.secrets sections; pydantic v2 models
        convert = getattr(type(value), method, None)
        if convert is not None and type(value).__module__.split(".")[0] not in _FRAME_MODULES:
            try:
                out = convert(value)
            except TypeError:
                return None
            return out if isinstance(out, dict) else None
    return None


def _shows_no_value(value: Any) -> bool:
    """A dataclass instance, or a container or element handle (Streamlit's DeltaGenerator:
    ``box = st.container()`` then ``box`` on its own line): Streamlit shows its
    documentation instead. (An object whose text is only its type and address is judged
    by that text, in ``write``.)"""
    import dataclasses

    from rerunqt.core.blocks import Block

    return dataclasses.is_dataclass(value) or isinstance(value, Block)


_FRAME_MODULES = frozenset({"pandas", "pyarrow", "polars"})
_FRAME_TYPES = frozenset({"DataFrame", "Series", "Index", "Styler", "Table", "LazyFrame", "RecordBatch"})


def is_dataframe_like(value: Any) -> bool:
    """What Streamlit's st.write shows as a table: never a list or dict (those are json)."""
    cls = type(value)
    if cls.__module__.split(".")[0] == "numpy":
        return cls.__name__ == "ndarray"
    return cls.__module__.split(".")[0] in _FRAME_MODULES and (
        cls.__name__ in _FRAME_TYPES or cls.__name__.endswith("Index"))


# top-level module of the object's class -> (an attribute it must have, the element function)
_FIGURES = {
    "matplotlib": ("savefig", "rerunqt.core.media", "pyplot"),
    "PIL": ("getbands", "rerunqt.core.media", "image"),
    "altair": ("to_dict", "rerunqt.core.vega", "altair_chart"),
    "plotly": ("to_plotly_json", "rerunqt.core.plotly_chart", "plotly_chart"),
    "graphviz": ("source", "rerunqt.core.graphviz", "graphviz_chart"),
    "sympy": ("free_symbols", "rerunqt.core.extras", "latex"),
}


def _figure_writer(value: Any) -> Any:
    """The element function for a matplotlib figure, a PIL image, an Altair or Plotly
    chart, a graphviz graph or a SymPy expression, if any.

    Judged by the class's module, so nothing optional is imported to ask.
    """
    found = _FIGURES.get(type(value).__module__.split(".")[0])
    if found is None or not hasattr(value, found[0]):
        return None
    import importlib

    return getattr(importlib.import_module(found[1]), found[2])


def magic_write(*values: Any) -> Any:
    """What a bare expression statement becomes (magic); returns its value unchanged."""
    write(*values)
    return values[0] if len(values) == 1 else values
