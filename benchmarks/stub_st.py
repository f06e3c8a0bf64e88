"""Baseline (a): the same script against no-op ``st`` functions (no state, no widgets)."""

from __future__ import annotations

from typing import Any

session_state: dict[str, Any] = {}


def _none(*args: Any, **kwargs: Any) -> None:
    return None


title = header = subheader = markdown = text = caption = code = divider = json = _none
info = success = warning = error = exception = write = _none


def button(*args: Any, **kwargs: Any) -> bool:
    return False


def checkbox(*args: Any, **kwargs: Any) -> bool:
    return bool(kwargs.get("value", False))


def text_input(*args: Any, **kwargs: Any) -> str:
    return ""


def number_input(*args: Any, **kwargs: Any) -> int:
    return 0


toggle = checkbox
radio = selectbox = multiselect = slider = select_slider = text_area = _none
date_input = time_input = color_picker = file_uploader = data_editor = _none
