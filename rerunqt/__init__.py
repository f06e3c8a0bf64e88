"""rerunqt: write a desktop GUI as a plain Python script, Streamlit style.

``import rerunqt as st``; run the script with ``rerunqt app.py``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

# Each public name and where it lives: loaded with its first use (``__getattr__``), so a
# script pays at start-up only for the elements it draws (benchmarks/startup.py).
_LAZY: dict[str, tuple[str, str]] = {
    "Page": ("rerunqt.core.navigation", "page_factory"),
    "altair_chart": ("rerunqt.core.vega", "altair_chart"),
    "area_chart": ("rerunqt.core.charts", "area_chart"),
    "audio": ("rerunqt.core.media_elements", "audio"),
    "audio_input": ("rerunqt.core.capture", "audio_input"),
    "badge": ("rerunqt.core.extras", "badge"),
    "balloons": ("rerunqt.core.overlay", "balloons"),
    "bar_chart": ("rerunqt.core.charts", "bar_chart"),
    "bottom": ("rerunqt.core.blocks", "bottom"),
    "button": ("rerunqt.core.widgets", "button"),
    "cache_data": ("rerunqt.core.cache", "cache_data"),
    "cache_resource": ("rerunqt.core.cache", "cache_resource"),
    "camera_input": ("rerunqt.core.capture", "camera_input"),
    "caption": ("rerunqt.core.text", "caption"),
    "chat_input": ("rerunqt.core.chat", "chat_input"),
    "chat_message": ("rerunqt.core.chat", "chat_message"),
    "checkbox": ("rerunqt.core.widgets", "checkbox"),
    "code": ("rerunqt.core.text", "code"),
    "color_picker": ("rerunqt.core.pickers", "color_picker"),
    "columns": ("rerunqt.core.containers", "columns"),
    "connection": ("rerunqt.core.connection", "connection"),
    "container": ("rerunqt.core.containers", "container"),
    "context": ("rerunqt.core.session_context", "context"),
    "data_editor": ("rerunqt.core.data_editor", "data_editor"),
    "dataframe": ("rerunqt.core.dataframe", "dataframe"),
    "date_input": ("rerunqt.core.pickers", "date_input"),
    "datetime_input": ("rerunqt.core.datetime_input", "datetime_input"),
    "dialog": ("rerunqt.core.dialogs", "dialog"),
    "divider": ("rerunqt.core.text", "divider"),
    "download_button": ("rerunqt.core.downloads", "download_button"),
    "echarts_chart": ("rerunqt.core.echarts", "echarts_chart"),
    "echo": ("rerunqt.core.extras", "echo"),
    "empty": ("rerunqt.core.containers", "empty"),
    "error": ("rerunqt.core.text", "error"),
    "exception": ("rerunqt.core.text", "exception"),
    "expander": ("rerunqt.core.containers", "expander"),
    "feedback": ("rerunqt.core.feedback", "feedback"),
    "file_uploader": ("rerunqt.core.files", "file_uploader"),
    "form": ("rerunqt.core.forms", "form"),
    "form_submit_button": ("rerunqt.core.forms", "form_submit_button"),
    "fragment": ("rerunqt.core.fragments", "fragment"),
    "get_option": ("rerunqt.compat.options", "get_option"),
    "graphviz_chart": ("rerunqt.core.graphviz", "graphviz_chart"),
    "grid": ("rerunqt.core.grid", "grid"),
    "header": ("rerunqt.core.text", "header"),
    "help": ("rerunqt.core.stream", "help"),
    "html": ("rerunqt.core.extras", "html"),
    "id_scope": ("rerunqt.core.control", "id_scope"),
    "iframe": ("rerunqt.core.iframe", "iframe"),
    "image": ("rerunqt.core.media", "image"),
    "info": ("rerunqt.core.text", "info"),
    "json": ("rerunqt.core.text", "json"),
    "latex": ("rerunqt.core.extras", "latex"),
    "line_chart": ("rerunqt.core.charts", "line_chart"),
    "link_button": ("rerunqt.core.extras", "link_button"),
    "logo": ("rerunqt.core.logo", "logo"),
    "map": ("rerunqt.core.maps", "map"),
    "login": ("rerunqt.compat.user_info", "login"),
    "logout": ("rerunqt.compat.user_info", "logout"),
    "markdown": ("rerunqt.core.text", "markdown"),
    "menu_button": ("rerunqt.core.menu_button", "menu_button"),
    "mermaid_chart": ("rerunqt.core.mermaid", "mermaid_chart"),
    "metric": ("rerunqt.core.metric", "metric"),
    "multiselect": ("rerunqt.core.choice", "multiselect"),
    "navigation": ("rerunqt.core.navigation", "navigation"),
    "number_input": ("rerunqt.core.widgets", "number_input"),
    "page_link": ("rerunqt.core.navigation", "page_link"),
    "pagination": ("rerunqt.core.pagination", "pagination"),
    "pdf": ("rerunqt.core.media_elements", "pdf"),
    "pills": ("rerunqt.core.pills", "pills"),
    "pydeck_chart": ("rerunqt.core.deck", "pydeck_chart"),
    "plotly_chart": ("rerunqt.core.plotly_chart", "plotly_chart"),
    "popover": ("rerunqt.core.containers", "popover"),
    "progress": ("rerunqt.core.status", "progress"),
    "pyplot": ("rerunqt.core.media", "pyplot"),
    "query_params": ("rerunqt.core.query_params", "query_params"),
    "radio": ("rerunqt.core.choice", "radio"),
    "rerun": ("rerunqt.core.control", "rerun"),
    "scatter_chart": ("rerunqt.core.charts", "scatter_chart"),
    "secrets": ("rerunqt.compat.secrets", "secrets"),
    "segmented_control": ("rerunqt.core.pills", "segmented_control"),
    "select_slider": ("rerunqt.core.sliders", "select_slider"),
    "selectbox": ("rerunqt.core.choice", "selectbox"),
    "session_state": ("rerunqt.core.proxy", "session_state"),
    "set_option": ("rerunqt.compat.options", "set_option"),
    "set_page_config": ("rerunqt.core.page_config", "set_page_config"),
    "sidebar": ("rerunqt.core.blocks", "sidebar"),
    "skeleton": ("rerunqt.core.skeleton", "skeleton"),
    "slider": ("rerunqt.core.sliders", "slider"),
    "snow": ("rerunqt.core.overlay", "snow"),
    "space": ("rerunqt.core.extras", "space"),
    "spinner": ("rerunqt.core.status", "spinner"),
    "status": ("rerunqt.core.status", "status"),
    "stop": ("rerunqt.core.control", "stop"),
    "subheader": ("rerunqt.core.text", "subheader"),
    "success": ("rerunqt.core.text", "success"),
    "switch_page": ("rerunqt.core.navigation", "switch_page"),
    "table": ("rerunqt.core.dataframe", "table"),
    "tabs": ("rerunqt.core.containers", "tabs"),
    "text": ("rerunqt.core.text", "text"),
    "text_area": ("rerunqt.core.pickers", "text_area"),
    "text_input": ("rerunqt.core.widgets", "text_input"),
    "time_input": ("rerunqt.core.pickers", "time_input"),
    "title": ("rerunqt.core.text", "title"),
    "toast": ("rerunqt.core.overlay", "toast"),
    "toggle": ("rerunqt.core.pickers", "toggle"),
    "user": ("rerunqt.compat.user_info", "user"),
    "vega_lite_chart": ("rerunqt.core.vega", "vega_lite_chart"),
    "video": ("rerunqt.core.media_elements", "video"),
    "warning": ("rerunqt.core.text", "warning"),
    "write": ("rerunqt.core.write", "write"),
    "write_stream": ("rerunqt.core.stream", "write_stream"),
}

if TYPE_CHECKING:  # the names' types for type checkers; at run time loaded lazily
    from rerunqt import column_config
    from rerunqt.compat.options import get_option, set_option
    from rerunqt.compat.secrets import secrets
    from rerunqt.compat.user_info import login, logout, user
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
    from rerunqt.core.deck import pydeck_chart
    from rerunqt.core.dialogs import dialog
    from rerunqt.core.downloads import download_button
    from rerunqt.core.echarts import echarts_chart
    from rerunqt.core.extras import badge, echo, html, latex, link_button, space
    from rerunqt.core.feedback import feedback
    from rerunqt.core.files import file_uploader
    from rerunqt.core.forms import form, form_submit_button
    from rerunqt.core.fragments import fragment
    from rerunqt.core.graphviz import graphviz_chart
    from rerunqt.core.grid import grid
    from rerunqt.core.iframe import iframe
    from rerunqt.core.logo import logo
    from rerunqt.core.maps import map
    from rerunqt.core.media import image, pyplot
    from rerunqt.core.media_elements import audio, pdf, video
    from rerunqt.core.menu_button import menu_button
    from rerunqt.core.mermaid import mermaid_chart
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
    "echarts_chart",
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
    "iframe",
    "image",
    "info",
    "json",
    "latex",
    "line_chart",
    "link_button",
    "login",
    "logo",
    "logout",
    "map",
    "markdown",
    "menu_button",
    "mermaid_chart",
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
    "pydeck_chart",
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
    "user",
    "vega_lite_chart",
    "video",
    "warning",
    "write",
    "write_stream",
]


def __getattr__(name: str) -> object:
    """A Streamlit name rerunqt lacks raises a clear error (an ``AttributeError``, so
    ``hasattr`` works); an old Streamlit name (``experimental_rerun``) is an alias."""
    if name.startswith("__"):  # __wrapped__, __path__... asked by inspect and importers
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}", name=name)
    from rerunqt.lazy_names import MISSING, load

    value = load(globals(), _LAZY, name)
    if value is not MISSING:
        return value
    if name == "column_config":  # 30 classes few scripts need
        import importlib

        return importlib.import_module("rerunqt.column_config")
    import importlib.util

    if name.isidentifier() and importlib.util.find_spec(f"{__name__}.{name}") is not None:
        # ``from rerunqt import tomlfile`` asks first, before importing the submodule:
        # a plain answer, without the did-you-mean search below.
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}", name=name)
    from rerunqt.compat.names import PublicNames, resolve_missing

    return resolve_missing(name, PublicNames(sys.modules[__name__]))


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
