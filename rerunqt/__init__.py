"""rerunqt: write a desktop GUI as a plain Python script, Streamlit style.

``import rerunqt as st``; run the script with ``rerunqt app.py``.
"""

from __future__ import annotations

from rerunqt.compat.options import get_option, set_option
from rerunqt.compat.secrets import secrets
from rerunqt.core.blocks import bottom, sidebar
from rerunqt.core.chat import chat_input, chat_message
from rerunqt.core.choice import multiselect, radio, selectbox
from rerunqt.core.containers import columns, container, empty, expander, popover, tabs
from rerunqt.core.control import id_scope, rerun, stop
from rerunqt.core.data_editor import data_editor
from rerunqt.core.datetime_input import datetime_input
from rerunqt.core.dialogs import dialog
from rerunqt.core.extras import badge, echo, html, latex, link_button, space
from rerunqt.core.files import download_button, file_uploader
from rerunqt.core.forms import form, form_submit_button
from rerunqt.core.page_config import set_page_config
from rerunqt.core.pickers import color_picker, date_input, text_area, time_input, toggle
from rerunqt.core.pills import pills, segmented_control
from rerunqt.core.proxy import session_state
from rerunqt.core.sliders import select_slider, slider
from rerunqt.core.stream import help, write_stream
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
    "badge",
    "bottom",
    "button",
    "caption",
    "chat_input",
    "chat_message",
    "checkbox",
    "code",
    "color_picker",
    "columns",
    "container",
    "data_editor",
    "date_input",
    "datetime_input",
    "dialog",
    "divider",
    "download_button",
    "echo",
    "empty",
    "error",
    "exception",
    "expander",
    "file_uploader",
    "form",
    "form_submit_button",
    "get_option",
    "header",
    "help",
    "html",
    "id_scope",
    "info",
    "json",
    "latex",
    "link_button",
    "markdown",
    "multiselect",
    "number_input",
    "pills",
    "popover",
    "radio",
    "rerun",
    "secrets",
    "segmented_control",
    "select_slider",
    "selectbox",
    "session_state",
    "set_option",
    "set_page_config",
    "sidebar",
    "slider",
    "space",
    "stop",
    "subheader",
    "success",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toggle",
    "warning",
    "write",
    "write_stream",
]


def __getattr__(name: str) -> object:
    """A Streamlit name rerunqt lacks raises a clear error (an ``AttributeError``, so
    ``hasattr`` works); an old Streamlit name (``experimental_rerun``) is an alias."""
    from rerunqt.compat.names import resolve_missing

    return resolve_missing(name, globals())
