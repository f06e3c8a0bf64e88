"""CHOICE_ADAPTERS: the radio, selectbox and multiselect adapters.

Each lives in its own module; this one only gathers them for the ADAPTERS table.
"""

from __future__ import annotations

from rerunqt.qt.adapters.base import Adapter
from rerunqt.qt.adapters.multiselect import MultiselectAdapter
from rerunqt.qt.adapters.radio import RadioAdapter
from rerunqt.qt.adapters.selectbox import SelectboxAdapter

CHOICE_ADAPTERS: list[Adapter] = [RadioAdapter(), SelectboxAdapter(), MultiselectAdapter()]
