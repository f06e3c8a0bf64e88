"""``streamlit.typing`` (Streamlit 1.67): the types apps annotate with, where rerunqt has them."""

from __future__ import annotations

from typing import Any

from rerunqt.compat.unsupported import unsupported
from rerunqt.core.button_column import ButtonColumnClickState

__all__ = ["ButtonColumnClickState"]


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    raise unsupported(f"typing.{name}")
