"""``streamlit.column_config``: rerunqt's own when it has one, else a clear error on use."""

from __future__ import annotations

import importlib
from typing import Any

from rerunqt.compat.unsupported import unsupported


def __getattr__(name: str) -> Any:
    try:
        real = importlib.import_module("rerunqt.column_config")
    except ModuleNotFoundError:
        if name.startswith("__"):
            raise AttributeError(name) from None
        raise unsupported(f"column_config.{name}") from None
    return getattr(real, name)
