"""rerunqt: write a desktop GUI as a plain Python script, Streamlit style.

``import rerunqt as st``; run the script with ``rerunqt app.py``.
"""

from __future__ import annotations

from rerunqt.core.control import id_scope, rerun, stop
from rerunqt.core.proxy import session_state
from rerunqt.core.text import (
    caption,
    code,
    divider,
    error,
    exception,
    header,
    info,
    json,
    markdown,
    subheader,
    success,
    text,
    title,
    warning,
)
from rerunqt.core.widgets import button, checkbox, number_input, text_input
from rerunqt.core.write import write

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "button",
    "caption",
    "checkbox",
    "code",
    "divider",
    "error",
    "exception",
    "header",
    "id_scope",
    "info",
    "json",
    "markdown",
    "number_input",
    "rerun",
    "session_state",
    "stop",
    "subheader",
    "success",
    "text",
    "text_input",
    "title",
    "warning",
    "write",
]
