"""``streamlit.errors``: Streamlit's exception names, bound to the errors rerunqt raises,
so an app's ``except StreamlitAPIException:`` catches rerunqt's API errors."""

from __future__ import annotations

from rerunqt.compat.secrets import SecretKeyError
from rerunqt.errors import (
    DuplicateWidgetID,
    NoSessionContextError,
    RerunQtAPIError,
    RerunQtError,
    StateInstantiationError,
    StateValueError,
    UnserializableSessionStateError,
)

Error = RerunQtError
StreamlitAPIException = RerunQtAPIError
StreamlitAPIWarning = RerunQtAPIError
StreamlitDuplicateElementId = DuplicateWidgetID
StreamlitDuplicateElementKey = DuplicateWidgetID
StreamlitValueAboveMaxError = StateValueError
StreamlitValueBelowMinError = StateValueError
StreamlitValueAssignmentNotAllowedError = StateInstantiationError
StreamlitInvalidWidthError = RerunQtAPIError
StreamlitInvalidHeightError = RerunQtAPIError
NoSessionContext = NoSessionContextError
StreamlitSecretNotFoundError = SecretKeyError

__all__ = [
    "DuplicateWidgetID", "Error", "NoSessionContext", "StreamlitAPIException",
    "StreamlitAPIWarning", "StreamlitDuplicateElementId", "StreamlitDuplicateElementKey",
    "StreamlitInvalidHeightError", "StreamlitInvalidWidthError", "StreamlitSecretNotFoundError",
    "StreamlitValueAboveMaxError", "StreamlitValueAssignmentNotAllowedError",
    "StreamlitValueBelowMinError", "UnserializableSessionStateError",
]
