"""rerunqt: write a desktop GUI as a plain Python script, Streamlit style.

``import rerunqt as st``; run the script with ``rerunqt app.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rerunqt.compat.options import get_option, set_option
from rerunqt.compat.secrets import secrets
from rerunqt.core.blocks import bottom, sidebar
from rerunqt.core.cache import cache_data, cache_resource
from rerunqt.core.capture import audio_input, camera_input
from rerunqt.core.charts import area_chart, bar_chart, line_chart, scatter_chart
from rerunqt.core.chat import chat_input, chat_message
from rerunqt.core.choice import multiselect, radio, selectbox
from rerunqt.core.connection import connection
from rerunqt.core.containers import columns, container, empty, expander, popover, tabs
from rerunqt.core.control import id_scope, rerun, stop
from rerunqt.core.data_editor import data_editor
from rerunqt.core.dataframe import dataframe, table
from rerunqt.core.datetime_input import datetime_input
from rerunqt.core.dialogs import dialog
from rerunqt.core.downloads import download_button
from rerunqt.core.extras import badge, echo, html, latex, link_button, space
from rerunqt.core.feedback import feedback
from rerunqt.core.files import file_uploader
from rerunqt.core.forms import form, form_submit_button
from rerunqt.core.fragments import fragment
from rerunqt.core.graphviz import graphviz_chart
from rerunqt.core.grid import grid
from rerunqt.core.logo import logo
from rerunqt.core.maps import map
from rerunqt.core.media import image, pyplot
from rerunqt.core.media_elements import audio, pdf, video
from rerunqt.core.menu_button import menu_button
from rerunqt.core.metric import metric
from rerunqt.core.navigation import navigation, page_link, switch_page
from rerunqt.core.navigation import page_factory as Page
from rerunqt.core.overlay import balloons, snow, toast
from rerunqt.core.page_config import set_page_config
from rerunqt.core.pagination import pagination
from rerunqt.core.pickers import color_picker, date_input, text_area, time_input, toggle
from rerunqt.core.pills import pills, segmented_control
from rerunqt.core.plotly_chart import plotly_chart
from rerunqt.core.proxy import session_state
from rerunqt.core.query_params import query_params
from rerunqt.core.session_context import context
from rerunqt.core.skeleton import skeleton
from rerunqt.core.sliders import select_slider, slider
from rerunqt.core.status import progress, spinner, status
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
from rerunqt.core.vega import altair_chart, vega_lite_chart
from rerunqt.core.widgets import button, checkbox, number_input, text_input
from rerunqt.core.write import write

__version__ = "0.1.0"

__all__ = [
    "Page",
    "__version__",
    "altair_chart",
    "area_chart",
    "audio",
    "audio_input",
    "badge",
    "balloons",
    "bar_chart",
    "bottom",
    "button",
    "cache_data",
    "cache_resource",
    "camera_input",
    "caption",
    "chat_input",
    "chat_message",
    "checkbox",
    "code",
    "color_picker",
    "column_config",
    "columns",
    "connection",
    "container",
    "context",
    "data_editor",
    "dataframe",
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
    "feedback",
    "file_uploader",
    "form",
    "form_submit_button",
    "fragment",
    "get_option",
    "graphviz_chart",
    "grid",
    "header",
    "help",
    "html",
    "id_scope",
    "image",
    "info",
    "json",
    "latex",
    "line_chart",
    "link_button",
    "logo",
    "map",
    "markdown",
    "menu_button",
    "metric",
    "multiselect",
    "navigation",
    "number_input",
    "page_link",
    "pagination",
    "pdf",
    "pills",
    "plotly_chart",
    "popover",
    "progress",
    "pyplot",
    "query_params",
    "radio",
    "rerun",
    "scatter_chart",
    "secrets",
    "segmented_control",
    "select_slider",
    "selectbox",
    "session_state",
    "set_option",
    "set_page_config",
    "sidebar",
    "skeleton",
    "slider",
    "snow",
    "space",
    "spinner",
    "status",
    "stop",
    "subheader",
    "success",
    "switch_page",
    "table",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toast",
    "toggle",
    "vega_lite_chart",
    "video",
    "warning",
    "write",
    "write_stream",
]

if TYPE_CHECKING:  # at run time loaded with its first use (module __getattr__ below)
    from rerunqt import column_config


def __getattr__(name: str) -> object:
    """A Streamlit name rerunqt lacks raises a clear error (an ``AttributeError``, so
    ``hasattr`` works); an old Streamlit name (``experimental_rerun``) is an alias."""
    if name == "column_config":  # loaded with its first use: 30 classes nobody needs at start
        import importlib

        return importlib.import_module("rerunqt.column_config")
    from rerunqt.compat.names import resolve_missing

    return resolve_missing(name, globals())
