"""``streamlit.typing`` (Streamlit 1.67): the types apps annotate with, where rerunqt has them."""

from __future__ import annotations

from typing import Any

from rerunqt.compat.unsupported import unsupported
from rerunqt.core.button_column import ButtonColumnClickState
from rerunqt.core.chat import ChatInputValue
from rerunqt.core.files import UploadedFile

__all__ = ["ButtonColumnClickState", "ChatInputValue", "UploadedFile"]


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    raise unsupported(f"typing.{name}")
