"""``streamlit.testing.v1.element_tree``: Streamlit's AppTest class names for rerunqt's views.

Test files import these for type hints and ``isinstance`` checks. Where rerunqt has one
view class for several of Streamlit's (the text elements, alerts, panels), the name
stands for that shared class.
"""

from __future__ import annotations

from rerunqt.testing import apptest as _apptest  # fills VIEW_CLASSES with every view
from rerunqt.testing.blocks import BlockView, ColumnView, GridView, PanelView, RootView
from rerunqt.testing.elements import ElementList, ElementView, Widget
from rerunqt.testing.views_actions import ChatInput, MenuButton
from rerunqt.testing.views_charts import ImageView
from rerunqt.testing.views_choice import (
    ButtonGroup,
    Feedback,
    Multiselect,
    Pagination,
    Radio,
    Selectbox,
)
from rerunqt.testing.views_data import DataFrame, Metric, Table
from rerunqt.testing.views_files import DownloadButton, FileUploader
from rerunqt.testing.views_inputs import Button, Checkbox, LinkButton, NumberInput, TextInput
from rerunqt.testing.views_media import CaptureInput
from rerunqt.testing.views_pickers import (
    ColorPicker,
    DateInput,
    DatetimeInput,
    TextArea,
    TimeInput,
    Toggle,
)
from rerunqt.testing.views_sliders import SelectSlider, Slider
from rerunqt.testing.views_static import (
    Divider,
    ExceptionView,
    HelpView,
    Latex,
    ProgressView,
    Space,
)

del _apptest
Element = AlertBase = HeadingBase = UnknownElement = ElementView
Markdown = Title = Header = Subheader = Caption = Code = Text = Json = Html = ElementView
Info = Success = Warning = Error = Toast = ElementView
Exception = ExceptionView  # Streamlit's name for the st.exception element
Progress, Help, Image, Dataframe, DateTimeInput = (
    ProgressView, HelpView, ImageView, DataFrame, DatetimeInput)
CameraInput = AudioInput = CaptureInput
PageLink = LinkButton
WidgetList = BlockList = ElementList
Block = Status = ChatMessage = BlockView
Tab = Expander = PanelView
Column, Grid, SpecialBlock = ColumnView, GridView, RootView

__all__ = [
    "AlertBase", "AudioInput", "Block", "BlockList", "Button", "ButtonGroup", "CameraInput",
    "Caption", "ChatInput", "ChatMessage", "Checkbox", "Code", "ColorPicker", "Column",
    "Dataframe", "DateInput", "DateTimeInput", "Divider", "DownloadButton", "Element",
    "ElementList", "Error", "Exception", "Expander", "Feedback", "FileUploader", "Grid",
    "Header", "HeadingBase", "Help", "Html", "Image", "Info", "Json", "Latex", "LinkButton",
    "Markdown", "MenuButton", "Metric", "Multiselect", "NumberInput", "PageLink", "Pagination",
    "Progress", "Radio", "SelectSlider", "Selectbox", "Slider", "Space", "SpecialBlock",
    "Status", "Subheader", "Success", "Tab", "Table", "Text", "TextArea", "TextInput",
    "TimeInput", "Title", "Toast", "Toggle", "UnknownElement", "Warning", "Widget",
    "WidgetList",
]
