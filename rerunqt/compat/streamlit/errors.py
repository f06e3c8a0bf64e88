"""``streamlit.errors``: Streamlit's exception names, bound to the errors rerunqt raises,
so an app's ``except StreamlitAPIException:`` catches rerunqt's API errors."""

from __future__ import annotations

from rerunqt.compat.secrets import SecretsNotFoundError
from rerunqt.errors import (
    DuplicateWidgetID,
    FragmentHandledException,
    MarkdownFormattedException,
    NoSessionContextError,
    RerunQtAPIError,
    RerunQtError,
    StateInstantiationError,
    StateValueError,
    StreamlitBadTimeStringError,
    StreamlitDefaultNotInOptionsError,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidHeightError,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitInvalidWidthError,
    StreamlitMissingRequiredParameterError,
    StreamlitMixedNumericTypesError,
    StreamlitPageNotFoundError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
    UnserializableSessionStateError,
)

Error = RerunQtError
StreamlitAPIException = RerunQtAPIError
StreamlitAPIWarning = RerunQtAPIError
# (a value set through session state that does not fit is a StateValueError: caught too)
StreamlitValueAboveMaxError = StateValueError
StreamlitValueBelowMinError = StateValueError
StreamlitWidgetAlreadyInstantiatedError = StateInstantiationError
NoSessionContext = NoSessionContextError
StreamlitSecretNotFoundError = SecretsNotFoundError

__all__ = [
    "DuplicateWidgetID",
    "Error",
    "FragmentHandledException",
    "MarkdownFormattedException",
    "NoSessionContext",
    "StreamlitAPIException",
    "StreamlitAPIWarning",
    "StreamlitBadTimeStringError",
    "StreamlitDefaultNotInOptionsError",
    "StreamlitDuplicateElementId",
    "StreamlitDuplicateElementKey",
    "StreamlitIncompatibleParametersError",
    "StreamlitInvalidColumnSpecError",
    "StreamlitInvalidFormCallbackError",
    "StreamlitInvalidHeightError",
    "StreamlitInvalidLayoutContextError",
    "StreamlitInvalidMinMaxError",
    "StreamlitInvalidParameterTypeError",
    "StreamlitInvalidWidthError",
    "StreamlitMissingRequiredParameterError",
    "StreamlitMixedNumericTypesError",
    "StreamlitPageNotFoundError",
    "StreamlitSecretNotFoundError",
    "StreamlitValueAboveMaxError",
    "StreamlitValueAssignmentNotAllowedError",
    "StreamlitValueBelowMinError",
    "StreamlitValueError",
    "StreamlitValueOutOfRangeError",
    "StreamlitWidgetAlreadyInstantiatedError",
    "UnserializableSessionStateError",
]
