"""The errors session state raises that take some words to write: a duplicate widget
(Streamlit 1.67's words) and a value that will not pickle
(``runner.enforceSerializableSessionState``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rerunqt.errors import (
    DuplicateWidgetID,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    UnserializableSessionStateError,
)


def check_serializable(values: Mapping[str, Any], auto_prefix: str) -> None:
    """For ``runner.enforceSerializableSessionState``: every value must pickle."""
    import pickle  # only with the option on: not paid at start-up

    for key, value in values.items():
        try:
            pickle.dumps(value)
        except Exception:
            shown = key if not key.startswith(auto_prefix) else "a widget without a key"
            raise UnserializableSessionStateError(  # Streamlit 1.67's words
                f"Cannot serialize the value (of type `{type(value)}`) of {shown!r} in "
                f"st.session_state. rerunqt has been configured to use "
                f"[pickle](https://docs.python.org/3/library/pickle.html) to serialize "
                f"session_state values. Please convert the value to a pickle-serializable "
                f"type. To learn more about this behavior, see [our docs](https://docs."
                f"streamlit.io/knowledge-base/using-streamlit/serializable-session-state)."
            ) from None


def duplicate_error(kind: str, user_key: str | None) -> DuplicateWidgetID:
    """Streamlit 1.67's error, in its exact words (apps and tests match on them); a submit
    button's generated key (``FormSubmitter:form-label``) is named as a key, as there."""
    if user_key is not None:
        return StreamlitDuplicateElementKey(
            f"There are multiple elements with the same `key='{user_key}'`. To fix "
            f"this, please make sure that the `key` argument is unique for each element "
            f"you create."
        )
    return StreamlitDuplicateElementId(
        f"There are multiple `{kind}` elements with the same auto-generated ID. When this "
        f"element is created, it is assigned an internal ID based on the element type and "
        f"provided parameters. Multiple elements with the same type and parameters will "
        f"cause this error.\n\nTo fix this error, please pass a unique `key` argument to "
        f"the `{kind}` element."
    )
