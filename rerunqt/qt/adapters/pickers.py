"""PICKERS_ADAPTERS: the toggle, text_area, date_input, time_input and color_picker adapters.

Each lives in its own module; this one only gathers them for the ADAPTERS table.
"""

from __future__ import annotations

from rerunqt.qt.adapters.base import Adapter
from rerunqt.qt.adapters.color_picker import ColorPickerAdapter
from rerunqt.qt.adapters.dates import DateInputAdapter
from rerunqt.qt.adapters.text_area import TextAreaAdapter
from rerunqt.qt.adapters.time_input import TimeInputAdapter
from rerunqt.qt.adapters.toggle import ToggleAdapter

PICKERS_ADAPTERS: list[Adapter] = [
    ToggleAdapter(),
    TextAreaAdapter(),
    DateInputAdapter(),
    TimeInputAdapter(),
    ColorPickerAdapter(),
]
