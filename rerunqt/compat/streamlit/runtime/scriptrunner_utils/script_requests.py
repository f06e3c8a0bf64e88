"""``streamlit.runtime.scriptrunner_utils.script_requests``: ``RerunData``, for
``RerunException(RerunData(...))``; rerunqt keeps the fields and reads none of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RerunData:
    """What a rerun request carries in Streamlit (widget states, page, fragment queue)."""

    query_string: Any = ""
    widget_states: Any = None
    page_script_hash: str = ""
    page_name: str = ""
    fragment_id: str | None = None
    fragment_id_queue: list[str] = field(default_factory=list)
    is_fragment_scoped_rerun: bool = False
    is_auto_rerun: bool = False


__all__ = ["RerunData"]
