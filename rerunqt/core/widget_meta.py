"""What a widget's registration records (``WidgetMeta``) and how keys are spelt.

Kept apart from rerunqt/core/state.py, which re-exports these names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from rerunqt.errors import RerunQtAPIError

AUTO_ID_PREFIX = "$$ID-"
RESERVED_PREFIX = "$$"


def normalize_key(key: object) -> str:
    """Session-state and widget keys are strings: any other key (an int, a tuple) is its
    ``str``, as Streamlit 1.67 keys them."""
    text = key if isinstance(key, str) else str(key)
    if text.startswith(RESERVED_PREFIX):
        raise RerunQtAPIError(
            f"Session-state keys that start with {RESERVED_PREFIX!r} are reserved for "
            f"rerunqt's internal use; rename {text!r}."
        )
    return text


class WidgetMeta(NamedTuple):
    """What the last registration of a widget said, captured when it was drawn.

    ``args``/``kwargs`` are captured at draw time, so a callback fired by the next
    event sees the values of the run that drew the widget (as in Streamlit). A
    NamedTuple, not a dataclass: one is built per widget per run, so it must be cheap.
    """

    widget_id: str
    kind: str
    user_key: str | None
    label: str
    default: Any
    coerce: Callable[[Any], Any]
    callback: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = MappingProxyType({})
    trigger: bool = False
    disabled: bool = False
    from_ui: Callable[[Any], Any] | None = None  # front-end value -> Python value (index -> option)
    to_ui: Callable[[Any], Any] | None = None  # Python value -> what the front end shows/sends
    form: str | None = None  # id of the form the widget is in
    quiet: bool = False  # on_change="ignore": a committed value waits for the next run
