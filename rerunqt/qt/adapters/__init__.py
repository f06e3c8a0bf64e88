"""ADAPTERS: element kind -> adapter; checked against the element kinds by a test."""

from __future__ import annotations

from rerunqt.qt.adapters.alerts import ALERT_ADAPTERS
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.button import ButtonAdapter
from rerunqt.qt.adapters.charts import CHART_ADAPTERS
from rerunqt.qt.adapters.chat import CHAT_ADAPTERS
from rerunqt.qt.adapters.checkbox import CheckboxAdapter
from rerunqt.qt.adapters.choice import CHOICE_ADAPTERS
from rerunqt.qt.adapters.data_editor import DATA_EDITOR_ADAPTERS
from rerunqt.qt.adapters.dataframe import FRAME_ADAPTERS
from rerunqt.qt.adapters.datetime_input import DATETIME_ADAPTERS
from rerunqt.qt.adapters.extras import EXTRAS_ADAPTERS
from rerunqt.qt.adapters.feedback import FEEDBACK_ADAPTERS
from rerunqt.qt.adapters.files import FILES_ADAPTERS
from rerunqt.qt.adapters.form import FORM_ADAPTERS
from rerunqt.qt.adapters.grid import GRID_ADAPTERS
from rerunqt.qt.adapters.image import ImageAdapter
from rerunqt.qt.adapters.layout import LAYOUT_ADAPTERS
from rerunqt.qt.adapters.logo import LOGO_ADAPTERS
from rerunqt.qt.adapters.menu_button import MENU_BUTTON_ADAPTERS
from rerunqt.qt.adapters.metric import METRIC_ADAPTERS
from rerunqt.qt.adapters.navigation import NAVIGATION_ADAPTERS
from rerunqt.qt.adapters.number_input import NumberInputAdapter
from rerunqt.qt.adapters.page_link import PAGE_LINK_ADAPTERS
from rerunqt.qt.adapters.pagination import PAGINATION_ADAPTERS
from rerunqt.qt.adapters.panels import PANEL_ADAPTERS
from rerunqt.qt.adapters.pickers import PICKERS_ADAPTERS
from rerunqt.qt.adapters.pills import PILLS_ADAPTERS
from rerunqt.qt.adapters.skeleton import SKELETON_ADAPTERS
from rerunqt.qt.adapters.sliders import SLIDERS_ADAPTERS
from rerunqt.qt.adapters.status import STATUS_ADAPTERS
from rerunqt.qt.adapters.text import TEXT_ADAPTERS
from rerunqt.qt.adapters.text_input import TextInputAdapter
from rerunqt.qt.dialog import DIALOG_ADAPTERS
from rerunqt.qt.overlay import OVERLAY_ADAPTERS
from rerunqt.qt.page_config import PAGE_CONFIG_ADAPTERS

ADAPTERS: dict[str, Adapter] = {
    adapter.kind: adapter
    for adapter in [
        *TEXT_ADAPTERS,
        *ALERT_ADAPTERS,
        ButtonAdapter(),
        CheckboxAdapter(),
        TextInputAdapter(),
        NumberInputAdapter(),
        *FORM_ADAPTERS,
        *LAYOUT_ADAPTERS,
        *PANEL_ADAPTERS,
        *PAGE_CONFIG_ADAPTERS,
        *DIALOG_ADAPTERS,
        *CHOICE_ADAPTERS,
        *SLIDERS_ADAPTERS,
        *PICKERS_ADAPTERS,
        *FILES_ADAPTERS,
        *DATA_EDITOR_ADAPTERS,
        *CHAT_ADAPTERS,
        *PILLS_ADAPTERS,
        *FEEDBACK_ADAPTERS,
        *SKELETON_ADAPTERS,
        *MENU_BUTTON_ADAPTERS,
        *PAGINATION_ADAPTERS,
        *LOGO_ADAPTERS,
        *GRID_ADAPTERS,
        *EXTRAS_ADAPTERS,
        *DATETIME_ADAPTERS,
        *CHART_ADAPTERS,
        ImageAdapter(),
        *FRAME_ADAPTERS,
        *METRIC_ADAPTERS,
        *NAVIGATION_ADAPTERS,
        *PAGE_LINK_ADAPTERS,
        *STATUS_ADAPTERS,
        *OVERLAY_ADAPTERS,
    ]
}

__all__ = ["ADAPTERS", "Adapter", "Host"]
