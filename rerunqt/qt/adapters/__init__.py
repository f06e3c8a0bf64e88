"""ADAPTERS: element kind -> adapter; checked against the element kinds by a test."""

from __future__ import annotations

from rerunqt.qt.adapters.alerts import ALERT_ADAPTERS
from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.button import ButtonAdapter
from rerunqt.qt.adapters.checkbox import CheckboxAdapter
from rerunqt.qt.adapters.number_input import NumberInputAdapter
from rerunqt.qt.adapters.text import TEXT_ADAPTERS
from rerunqt.qt.adapters.text_input import TextInputAdapter

ADAPTERS: dict[str, Adapter] = {
    adapter.kind: adapter
    for adapter in [
        *TEXT_ADAPTERS,
        *ALERT_ADAPTERS,
        ButtonAdapter(),
        CheckboxAdapter(),
        TextInputAdapter(),
        NumberInputAdapter(),
    ]
}

__all__ = ["ADAPTERS", "Adapter", "Host"]
