"""The one catalogue of element kinds: what each is, its props in order, its widget flags.

Every other table (the Qt adapters, AppTest's accessors, the public names, the form
rules) is checked against this one by tests/test_public_api.py, which names any kind that
lacks a piece, so adding a kind is: a record here, a function, an adapter, an accessor.
Widget functions hand their record to ``register()`` (module constants such as
``BUTTON = KINDS["button"]``), so the flags travel with the kind, not as positional bools.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Role = Literal["static", "widget", "container", "root"]


class Kind(NamedTuple):
    """One element kind.

    ``function`` is the public ``st.<name>`` that draws it (None for parts drawn by
    another call: a column, a tab, the sidebar root). ``accessor`` is AppTest's name for
    the list of them (Streamlit's: ``at.columns`` lists columns, ``at.tabs`` tabs).
    Widget flags: ``trigger`` (True for one run after a click), ``read_only`` (session
    state cannot set it), ``in_form`` (allowed inside st.form).
    """

    name: str
    role: Role
    props: tuple[str, ...]
    function: str | None = None
    accessor: str | None = None
    trigger: bool = False
    read_only: bool = False
    in_form: bool = True


_TEXT = ("body", "help")
_LAYOUT = ("width", "text_alignment", "wrap")
_FIELD = ("label", "value", "disabled", "help", "label_visibility", "set_by_code")
_CHART = ("data", "x_label", "y_label", "width", "height", "alt", "container_width")
_TABLE = ("data", "columns", "hide_index")
_BUTTON = ("label", "value", "disabled", "help", "type", "icon", "use_container_width", "width",
           "icon_position", "shortcut", "wrap")


def _static(name: str, props: tuple[str, ...]) -> Kind:
    return Kind(name, "static", props, function=name, accessor=name)


def _widget(name: str, props: tuple[str, ...], **flags: bool) -> Kind:
    return Kind(name, "widget", props, function=name, accessor=name, **flags)


def _container(name: str, props: tuple[str, ...], function: str | None = None,
               accessor: str | None = None) -> Kind:
    return Kind(name, "container", props, function=function, accessor=accessor)


CATALOGUE: tuple[Kind, ...] = (
    # ----- static -----
    _static("title", (*_TEXT, "icon", "anchor", *_LAYOUT)),
    _static("header", (*_TEXT, "divider", "icon", "anchor", *_LAYOUT, "auto_divider")),
    _static("subheader", (*_TEXT, "divider", "icon", "anchor", *_LAYOUT, "auto_divider")),
    _static("markdown", (*_TEXT, "unsafe_allow_html", *_LAYOUT)),
    _static("text", (*_TEXT, *_LAYOUT)),
    _static("caption", (*_TEXT, "unsafe_allow_html", *_LAYOUT)),
    _static("code", ("body", "language", "line_numbers", "wrap_lines", "height", "width")),
    _static("json", ("body", "expanded", "width")),
    _static("divider", ("width",)),
    _static("info", ("body", "icon", "title", "width")),
    _static("success", ("body", "icon", "title", "width")),
    _static("warning", ("body", "icon", "title", "width")),
    _static("error", ("body", "icon", "title", "width")),
    _static("exception", ("type", "message", "traceback", "is_warning", "width", "is_markdown",
                          "streamlit_error")),
    _static("badge", ("label", "icon", "color", "width", "help")),
    _static("space", ("size", "given")),
    _static("html", ("body", "width")),
    _static("latex", ("body", "help", "width")),
    _static("help", ("name", "obj_type", "value", "value_kind", "doc", "members", "width")),
    _static("line_chart", _CHART),
    _static("area_chart", (*_CHART, "stack")),
    _static("bar_chart", (*_CHART, "horizontal", "stack")),
    _static("scatter_chart", _CHART),
    _static("graphviz_chart", ("dot", "svg", "note", "width", "height", "alt")),
    # browser-only elements shown natively: a page is a panel with its address, HTML is rich
    # text, a flowchart is drawn by Graphviz, an ECharts option by the plotly drawing
    _static("iframe", ("src", "html", "width", "height", "scrolling", "alt", "note", "tab_index")),
    _static("mermaid_chart", ("body", "dot", "svg", "note", "width", "alt", "markdown")),
    _static("echarts_chart", ("figure", "width", "height", "theme", "alt")),
    # a custom component (components.declare_component): a note in its place
    Kind("component_instance", "static", ("name", "source", "default"),
         accessor="component_instance"),
    # a v2 component (st.components.v2.component): a note; its state a dict in session state
    Kind("bidi_component", "widget", ("name", "html", "data", "value", "width", "height"),
         accessor="bidi_component"),
    _static("map", ("data", "width", "height", "alt")),
    _static("image", ("images", "captions", "width", "alt", "link", "output_format")),
    _static("table", (*_TABLE, "border", "width", "height", "hide_header", "alt")),
    _static("metric", ("label", "value", "delta", "direction", "color", "help", "icon",
                       "label_visibility", "border", "width", "height", "chart", "chart_type",
                       "delta_description", "format", "given")),
    _static("progress", ("value", "text", "width")),
    _static("spinner", ("text", "show_time", "width")),
    _static("toast", ("body", "icon", "duration")),
    _static("skeleton", ("height", "width")),
    _static("logo", ("image", "size", "link", "icon_image")),
    _static("audio", ("source", "start_time", "end_time", "loop", "autoplay", "alt", "width")),
    _static("video", ("source", "start_time", "end_time", "subtitles", "loop", "autoplay", "muted",
                      "alt", "width")),
    _static("pdf", ("source", "height", "alt")),
    _static("balloons", ()),
    _static("snow", ()),
    # ----- widgets -----
    _widget("button", _BUTTON, trigger=True, read_only=True, in_form=False),
    _widget("download_button", (*_BUTTON, "file_name", "mime", "reruns", "data"),
            trigger=True, read_only=True, in_form=False),
    _widget("form_submit_button", _BUTTON, trigger=True, read_only=True),
    _widget("link_button", (*_BUTTON, "url", "reruns"), trigger=True, read_only=True),
    _widget("menu_button", ("label", "value", "disabled", "help", "type", "icon", "options",
                            "width"), trigger=True, read_only=True, in_form=False),
    _widget("checkbox", (*_FIELD, "width", "wrap")),
    _widget("toggle", (*_FIELD, "width", "wrap")),
    _widget("text_input", (*_FIELD, "placeholder", "max_chars", "type", "required", "icon",
                           "validate", "live", "autocomplete", "width")),
    _widget("number_input", (*_FIELD, "min", "max", "step", "format", "is_int", "clearable",
                             "placeholder", "required", "icon", "width")),
    _widget("text_area", (*_FIELD, "placeholder", "max_chars", "height", "required", "width")),
    _widget("radio", (*_FIELD, "options", "horizontal", "captions", "width")),
    _widget("selectbox", (*_FIELD, "options", "placeholder", "required", "icon",
                          "accept_new_options", "filter_mode", "width")),
    _widget("multiselect", (*_FIELD, "options", "max_selections", "placeholder",
                            "accept_new_options", "filter_mode", "select_all", "width", "wrap")),
    _widget("slider", (*_FIELD, "min", "max", "step", "format", "data_type", "width")),
    _widget("select_slider", (*_FIELD, "options", "width")),
    _widget("date_input", (*_FIELD, "min", "max", "format", "is_range", "required", "width",
                           "clearable")),
    _widget("time_input", (*_FIELD, "step", "required", "format", "width", "clearable")),
    _widget("datetime_input", (*_FIELD, "min", "max", "format", "step", "required", "width",
                               "clearable")),
    _widget("color_picker", (*_FIELD, "width")),
    _widget("file_uploader", (*_FIELD, "type", "accept_multiple_files", "max_upload_size",
                                 "width"),
            read_only=True),
    _widget("camera_input", (*_FIELD, "resolution", "width"), read_only=True),
    _widget("audio_input", (*_FIELD, "sample_rate", "width"), read_only=True),
    _widget("data_editor", ("value", "disabled", "columns", "labels", "types",
                            "disabled_columns", "rows", "index", "hide_index", "num_rows",
                            "width", "height", "use_container_width", "pinned", "help", "formats",
                            "column_types", "column_widths", "row_height", "placeholder", "alt",
                            "index_title", "data_columns", "data_rows", "styles"),
            read_only=True),
    _widget("pills", (*_FIELD, "options", "multi", "required", "width", "wrap")),
    _widget("pagination", ("value", "disabled", "set_by_code", "num_pages", "default",
                           "max_visible_pages",
                           "width")),
    _widget("feedback", ("value", "disabled", "set_by_code", "options", "width")),
    _widget("segmented_control", (*_FIELD, "options", "multi", "required", "width", "wrap")),
    _widget("chat_input", ("placeholder", "value", "disabled", "draft", "set_by_code",
                           "max_chars", "accept_file", "file_type", "max_upload_size", "width",
                           "submit_mode", "accept_audio", "audio_sample_rate", "auto_placed"),
            trigger=True, read_only=True,
            in_form=False),
    # drawn as a static element with on_select="ignore", as a widget with selections
    _widget("dataframe", (*_TABLE, "width", "height", "row_height", "placeholder", "alt",
                          "index_column", "selection_mode", "value")),
    # drawn as a static element with on_select="ignore", as a widget with selections
    _widget("plotly_chart", ("figure", "width", "height", "theme", "config", "alt", "selection_mode",
                             "value"), read_only=True),
    # drawn as a static element with on_select="ignore", as a widget with selections
    _widget("vega_lite_chart", ("data", "width", "height", "theme", "alt", "views",
                                "container_width", "selection_mode", "value"), read_only=True),
    # drawn as a static element with on_select="ignore", as a widget with selections
    _widget("pydeck_chart", ("deck", "width", "height", "alt", "selection_mode", "value"),
            read_only=True),
    _widget("page_link", ("label", "value", "disabled", "help", "icon", "icon_position", "page",
                          "url", "width", "query_string", "current"),
            trigger=True, read_only=True, in_form=False),
    # ----- containers -----
    _container("form", ("key", "border", "clear_on_submit", "enter_to_submit", "submit", "width",
                     "height"),
               "form", "form"),
    _container("container", ("border", "width", "height", "horizontal", "wrap",
                             "horizontal_alignment", "vertical_alignment", "gap", "autoscroll"),
               "container", "container"),
    _container("columns", ("weights", "gap", "vertical_alignment", "border", "width", "wrap"),
               "columns", None),
    _container("column", ("weight", "border"), None, "columns"),
    _container("tabs", ("labels", "default", "width", "height", "tracked"), "tabs", None),
    _container("tab", ("label",), None, "tabs"),
    _container("expander", ("label", "expanded", "icon", "type", "width", "tracked"), "expander",
               "expander"),
    _container("popover", ("label", "type", "help", "icon", "disabled", "width", "expanded",
                           "tracked"),
               "popover", "popover"),
    _container("empty", ("transient",), "empty", "empty"),  # transient: a spinner's slot
    _container("grid", ("columns", "min_column_width", "wrap", "gap", "vertical_alignment",
                        "border", "row_height", "width", "height", "dense"), "grid", "grid"),
    _container("grid_cell", ("column_span", "row_span"), None, "grid_cell"),
    _container("chat_message", ("name", "avatar", "width"), "chat_message", "chat_message"),
    _container("status", ("label", "expanded", "state", "type", "width"), "status", "status"),
    Kind("sidebar", "root", (), accessor="sidebar"),
    Kind("bottom", "root", (), accessor="bottom"),  # st.bottom: pinned under the page
    Kind("overlay", "root", ()),  # toasts, balloons, snow: over the page, not in it
    Kind("dialog", "root", ("title", "width", "dismissible", "icon", "on_dismiss", "opened"),
         function="dialog", accessor="dialog"),
    Kind("navigation", "root", ("pages", "current", "position", "expanded"),
         function="navigation", accessor="navigation"),
    Kind("page_config", "root", ("page_title", "page_icon", "layout", "initial_sidebar_state",
                                 "menu_items"), function="set_page_config", accessor="page_config"),
)

KINDS: dict[str, Kind] = {kind.name: kind for kind in CATALOGUE}
# Widgets that are a part of another element and draw nothing of their own (no adapter, no
# accessor): a keyed ButtonColumn's click trigger, drawn by its st.dataframe / st.data_editor.
PART_KINDS: dict[str, Kind] = {
    "button_column": Kind("button_column", "widget", (), trigger=True, read_only=True),
}
NOT_IN_FORMS = frozenset(kind.name for kind in CATALOGUE if not kind.in_form)
ACCESSORS: dict[str, tuple[str, ...]] = {}  # AppTest name -> the kinds it lists
for _kind in CATALOGUE:
    if _kind.accessor is not None:
        ACCESSORS[_kind.accessor] = (*ACCESSORS.get(_kind.accessor, ()), _kind.name)
ACCESSORS["button"] = ("button", "form_submit_button")  # as Streamlit's at.button
ACCESSORS["dataframe"] = ("dataframe", "data_editor")  # as Streamlit's at.dataframe
ACCESSORS["button_group"] = ("pills", "segmented_control")  # Streamlit's AppTest name for both
# a badge and a Mermaid diagram are Markdown elements in Streamlit
ACCESSORS["markdown"] = ("markdown", "badge", "mermaid_chart")
# Streamlit's AppTest lists some elements under their protobuf type, not the st.* name:
# at.get("vega_lite_chart") finds st.line_chart too (rerunqt's own names work as well).
STREAMLIT_TYPES: dict[str, str] = {
    "line_chart": "vega_lite_chart", "area_chart": "vega_lite_chart",
    "bar_chart": "vega_lite_chart", "scatter_chart": "vega_lite_chart",
    "map": "deck_gl_json_chart", "pydeck_chart": "deck_gl_json_chart",
    "help": "help_info", "datetime_input": "date_time_input", "badge": "markdown",
    "mermaid_chart": "markdown",
    "tabs": "tab_container", "columns": "flex_container", "container": "flex_container",
    "grid": "grid_container", "grid_cell": "flex_container",
    "pills": "button_group", "segmented_control": "button_group",
    "form_submit_button": "button", "data_editor": "dataframe",
}
for _kind_name, _type in STREAMLIT_TYPES.items():
    if _kind_name not in ACCESSORS.get(_type, ()):
        ACCESSORS[_type] = (*ACCESSORS.get(_type, ()), _kind_name)
