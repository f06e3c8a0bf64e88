"""Reading a file-like object an element was given: from its start, as Streamlit does.

A buffer the script just wrote (``fig.savefig(buf)``, ``buf.write(...)``) sits at its end,
so a plain ``read()`` gave nothing; images, media and downloads all read from the start.
"""

from __future__ import annotations

from typing import Any


def rewind(stream: Any) -> None:
    """Back to a stream's start where it can seek (a pipe or a socket cannot)."""
    try:
        stream.seek(0)
    except (AttributeError, OSError, ValueError):
        pass


def read_from_start(stream: Any, rewind_after: bool = False) -> Any:
    """``stream.read()`` from its start; ``rewind_after`` leaves it at the start again, so
    the script can still read it (an upload shown by an element first)."""
    rewind(stream)
    data = stream.read()
    if rewind_after:
        rewind(stream)
    return data
