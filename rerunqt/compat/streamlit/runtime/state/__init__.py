"""``streamlit.runtime.state``: the classes of ``st.session_state`` and
``st.query_params`` and the widget callback types, which apps import for type hints
and ``isinstance`` checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rerunqt.core.proxy import SessionStateProxy
from rerunqt.core.query_params import QueryParamsProxy
from rerunqt.core.state import SessionState

SafeSessionState = SessionState
WidgetArgs = tuple[Any, ...] | list[Any]
WidgetKwargs = dict[str, Any]
WidgetCallback = Callable[..., None]

__all__ = ["QueryParamsProxy", "SafeSessionState", "SessionState", "SessionStateProxy",
           "WidgetArgs", "WidgetCallback", "WidgetKwargs"]
