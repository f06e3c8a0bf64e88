"""``st.write``: show anything, the way Streamlit shows it.

Consecutive strings and scalars are joined with spaces into one markdown element
(scalars as inline code, as Streamlit does: ``st.write('Count = ', 3)`` gives the
markdown ``Count =  `3```); dicts, lists and session state become a json element;
exceptions an exception element; a generator is streamed (``write_stream``); a function,
class or module shows its documentation (``help``).
"""

from __future__ import annotations

import inspect
from typing import Any

from rerunqt.core import stream as _stream
from rerunqt.core import text as _text
from rerunqt.core.proxy import SessionStateProxy


def write(*args: Any, unsafe_allow_html: bool = False) -> None:
    """Write each argument to the page, choosing the element by its type."""
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            _text.markdown(" ".join(buffer))
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
        elif isinstance(arg, BaseException):
            flush()
            _text.exception(arg)
        elif isinstance(arg, (dict, list, tuple, set, frozenset, SessionStateProxy)):
            flush()
            _text.json(arg)
        elif inspect.isgenerator(arg) or inspect.isasyncgen(arg):
            flush()
            _stream.write_stream(arg)
        elif inspect.isroutine(arg) or inspect.isclass(arg) or inspect.ismodule(arg):
            flush()
            _stream.help(arg)
        else:
            shown = str(arg)
            if "\n" in shown:
                buffer.append(f"```\n{shown}\n```")
            else:
                buffer.append("`" + shown.replace("`", "\\`") + "`")
    flush()


def magic_write(*values: Any) -> Any:
    """What a bare expression statement becomes (magic); returns its value unchanged."""
    write(*values)
    return values[0] if len(values) == 1 else values
