"""``streamlit.errors``: Streamlit's exception names, bound to the errors rerunqt raises,
so an app's ``except StreamlitAPIException:`` catches rerunqt's API errors."""

from __future__ import annotations

from rerunqt.compat.secrets import SecretKeyError
from rerunqt.errors import (
    DuplicateWidgetID,
    FragmentHandledException,
    NoSessionContextError,
    RerunQtAPIError,
    RerunQtError,
    StateInstantiationError,
    StateValueError,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitValueAssignmentNotAllowedError,
    UnserializableSessionStateError,
)

Error = RerunQtError
StreamlitAPIException = RerunQtAPIError
StreamlitAPIWarning = RerunQtAPIError
StreamlitValueAboveMaxError = StateValueError
StreamlitValueBelowMinError = StateValueError
StreamlitWidgetAlreadyInstantiatedError = StateInstantiationError
StreamlitInvalidWidthError = RerunQtAPIError
StreamlitInvalidHeightError = RerunQtAPIError
NoSessionContext = NoSessionContextError
StreamlitSecretNotFoundError = SecretKeyError

__all__ = [
    "DuplicateWidgetID", "Error", "FragmentHandledException", "NoSessionContext", "StreamlitAPIException",
    "StreamlitAPIWarning", "StreamlitDuplicateElementId", "StreamlitDuplicateElementKey",
    "StreamlitInvalidHeightError", "StreamlitInvalidWidthError", "StreamlitSecretNotFoundError",
    "StreamlitValueAboveMaxError", "StreamlitValueAssignmentNotAllowedError",
    "StreamlitValueBelowMinError", "StreamlitWidgetAlreadyInstantiatedError",
    "UnserializableSessionStateError",
]
