"""Streamlit's element commands are methods of mixin classes of its DeltaGenerator, so a
wrong call's ``TypeError`` names the class: "LayoutsMixin.status() got an unexpected
keyword argument 'expand'". rerunqt's commands are functions; giving each the qualified
name of its Streamlit method makes Python's own messages read the same."""

from __future__ import annotations

from typing import Any

_MIXINS: dict[str, tuple[str, ...]] = {
    "AlertMixin": ("error", "info", "success", "warning"),
    "ArrowMixin": ("dataframe",),
    "AudioInputMixin": ("audio_input",),
    "BalloonsMixin": ("balloons",),
    "ButtonGroupMixin": ("pills", "segmented_control"),
    "ButtonMixin": ("button", "download_button", "link_button", "page_link"),
    "CameraInputMixin": ("camera_input",),
    "ChatMixin": ("chat_input", "chat_message"),
    "CheckboxMixin": ("checkbox", "toggle"),
    "CodeMixin": ("code",),
    "ColorPickerMixin": ("color_picker",),
    "DataEditorMixin": ("data_editor",),
    "EChartsMixin": ("echarts_chart",),
    "EmptyMixin": ("empty",),
    "ExceptionMixin": ("exception",),
    "FeedbackMixin": ("feedback",),
    "FileUploaderMixin": ("file_uploader",),
    "FormMixin": ("form", "form_submit_button"),
    "GraphvizMixin": ("graphviz_chart",),
    "HeadingMixin": ("header", "subheader", "title"),
    "HelpMixin": ("help",),
    "HtmlMixin": ("html",),
    "IframeMixin": ("iframe",),
    "ImageMixin": ("image",),
    "JsonMixin": ("json",),
    "LayoutsMixin": ("columns", "container", "expander", "grid", "popover", "status", "tabs"),
    "MapMixin": ("map",),
    "MarkdownMixin": ("badge", "caption", "divider", "latex", "markdown"),
    "MediaMixin": ("audio", "video"),
    "MenuButtonMixin": ("menu_button",),
    "MermaidChartMixin": ("mermaid_chart",),
    "MetricMixin": ("metric",),
    "MultiSelectMixin": ("multiselect",),
    "NumberInputMixin": ("number_input",),
    "PaginationMixin": ("pagination",),
    "PdfMixin": ("pdf",),
    "PlotlyMixin": ("plotly_chart",),
    "ProgressMixin": ("progress",),
    "PydeckMixin": ("pydeck_chart",),
    "PyplotMixin": ("pyplot",),
    "RadioMixin": ("radio",),
    "SelectSliderMixin": ("select_slider",),
    "SelectboxMixin": ("selectbox",),
    "SkeletonMixin": ("skeleton",),
    "SliderMixin": ("slider",),
    "SnowMixin": ("snow",),
    "SpaceMixin": ("space",),
    "SpinnerMixin": ("spinner",),
    "TableMixin": ("table",),
    "TextMixin": ("text",),
    "TextWidgetsMixin": ("text_area", "text_input"),
    "TimeWidgetsMixin": ("date_input", "datetime_input", "time_input"),
    "ToastMixin": ("toast",),
    "VegaChartsMixin": ("altair_chart", "area_chart", "bar_chart", "line_chart",
                        "scatter_chart", "vega_lite_chart"),
    "WriteMixin": ("write", "write_stream"),
}
_CLASS_OF = {name: mixin for mixin, names in _MIXINS.items() for name in names}


def as_streamlit_method(value: Any, name: str) -> Any:
    """``value`` (the command ``name``) named as Streamlit's method; other values as they are."""
    mixin = _CLASS_OF.get(name)
    code = getattr(value, "__code__", None)
    if mixin is not None and code is not None and code.co_name == name:
        value.__qualname__ = f"{mixin}.{name}"
    return value
