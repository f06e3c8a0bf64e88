"""Exceptions users see, and the interrupts that unwind a script run.

Interrupts derive from ``BaseException`` so that a user's ``except Exception:``
cannot swallow a rerun or a stop (as in Streamlit's script runner).
"""

from __future__ import annotations

from typing import Any


class RerunQtError(Exception):
    """Base class of every error rerunqt raises on purpose."""


class MarkdownFormattedException(RerunQtError):  # Streamlit's name, kept
    """An error whose message is Markdown: ``st.exception`` formats it (as Streamlit's)."""


class MediaFileStorageError(RerunQtError):
    """A media file (st.image, st.audio, st.video) that cannot be opened: Streamlit 1.67's
    ``streamlit.runtime.media_file_storage`` error, a plain (not Markdown) one."""


class RerunQtAPIError(MarkdownFormattedException):
    """An ``st.*`` function was used in a way that cannot work; the message says the fix."""


class DuplicateWidgetID(RerunQtAPIError):
    """Two widgets in one run resolved to the same identity."""


class StreamlitDuplicateElementId(DuplicateWidgetID):
    """Two unkeyed widgets in one run made the same id (Streamlit's name, which AppTest's
    ``exc_type`` shows)."""


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    """Two elements in one run have the same key (Streamlit's name)."""


class StreamlitValueAssignmentNotAllowedError(RerunQtAPIError):
    """Session state assigned a read-only widget's or a form's key (Streamlit's name)."""


class StreamlitWidgetAlreadyInstantiatedError(RerunQtAPIError):
    """A widget's key was assigned after the widget was created in this run (Streamlit's
    name: an app or a test that names the type reads the same)."""


StateInstantiationError = StreamlitWidgetAlreadyInstantiatedError


class StateValueError(RerunQtAPIError):
    """A value assigned through session state does not fit the widget."""


# Streamlit 1.67's names for the argument errors of its commands: an app's ``except`` or a
# test that reads the type (AppTest's ``exc_type``) sees the same; messages use its words.
class StreamlitValueBelowMinError(StateValueError):
    """A widget's value is below its ``min_value``."""


class StreamlitValueAboveMaxError(StateValueError):
    """A widget's value is above its ``max_value``."""


class StreamlitInvalidMinMaxError(RerunQtAPIError):
    """``min_value`` above ``max_value`` (or, for a slider, equal to it)."""


class StreamlitValueOutOfRangeError(RerunQtAPIError):
    """A parameter (``index``, a progress ``value``) outside its closed range."""


class StreamlitMixedNumericTypesError(RerunQtAPIError):
    """st.number_input's arguments mix ints and floats."""


class StreamlitMissingRequiredParameterError(RerunQtAPIError):
    """A required parameter is missing or empty (a toast's body, st.tabs' labels)."""


class StreamlitInvalidLayoutContextError(RerunQtAPIError):
    """A command used where it cannot be (st.button in a form, a form in a form)."""


class StreamlitInvalidFormCallbackError(RerunQtAPIError):
    """A callback on a widget in a form other than its submit button."""


class StreamlitInvalidColumnSpecError(RerunQtAPIError):
    """st.columns' spec is not a positive count or a list of positive weights."""


class StreamlitInvalidWidthError(RerunQtAPIError):
    """A ``width`` the element does not take."""


class StreamlitInvalidHeightError(RerunQtAPIError):
    """A ``height`` the element does not take."""


class StreamlitPageNotFoundError(RerunQtAPIError):
    """A page given to st.page_link / st.switch_page that the app does not have."""


class StreamlitInvalidParameterTypeError(RerunQtAPIError):
    """A parameter of a type the command does not take."""


class StreamlitDefaultNotInOptionsError(RerunQtAPIError):
    """A default that is not one of the options."""


class StreamlitValueError(RerunQtAPIError):
    """A parameter's value outside the values it takes (Streamlit's "Invalid `x` value")."""

    def __init__(self, parameter: str, valid_values: list[str], detail: str | None = None) -> None:
        message = f"Invalid `{parameter}` value. Supported values: {', '.join(valid_values)}."
        super().__init__(f"{message} {detail}" if detail else message)


class StreamlitIncompatibleParametersError(RerunQtAPIError):
    """Two or more parameters given together that the command cannot combine."""

    def __init__(self, first_use: str, second_use: str, *other_uses: str,
                 explanation: str | None = None) -> None:
        quoted = [f"`{use}`" for use in (first_use, second_use, *other_uses)]
        uses = (f"{quoted[0]} and {quoted[1]}" if len(quoted) == 2
                else ", ".join(quoted[:-1]) + f", and {quoted[-1]}")
        message = f"{uses} cannot be used together."
        super().__init__(f"{message} {explanation}" if explanation else message)


class StreamlitBadTimeStringError(RerunQtAPIError):
    """A duration string (a cache's ``ttl``) that cannot be read."""

    def __init__(self, time_string: str) -> None:
        super().__init__("Time string doesn't look right. It should be formatted as "
                         f"`'1d2h34m'` or `2 days`, for example. Got: {time_string}")


FORM_DOCS = ("\n\nFor more information, refer to the\n[documentation for forms]"
             "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n")


def out_of_range(parameter: str, value: Any, low: Any, high: Any) -> StreamlitValueOutOfRangeError:
    return StreamlitValueOutOfRangeError(
        f"The `{parameter}` parameter, set to {value}, is outside the required range "
        f"[{low}, {high}].")


def invalid_min_max(low: Any, high: Any) -> StreamlitInvalidMinMaxError:
    if low == high:
        return StreamlitInvalidMinMaxError(
            f"The `min_value` and `max_value` parameters are both set to {low}. They must "
            f"not be equal.")
    return StreamlitInvalidMinMaxError(
        f"The `min_value`, set to {low}, cannot be greater than the `max_value`, set to {high}.")


class UnserializableSessionStateError(RerunQtAPIError):
    """``runner.enforceSerializableSessionState`` is on and a value cannot be pickled."""


class UnhashableParamError(RerunQtAPIError):
    """An argument of a cached function cannot be hashed."""


class NoSessionContextError(RerunQtError):
    """An ``st.*`` call happened outside a running app (for example in a user thread)."""


class FragmentHandledException(Exception):
    """A fragment's uncaught error, already shown inside it: the run ends there, as in
    Streamlit 1.67 (an ``Exception``, so an app's ``except Exception`` around the call
    still catches it)."""


class ConfigError(RerunQtError):
    """A configuration file, variable or flag is invalid; the message names where."""


class ScriptControl(BaseException):
    """Base of the interrupts that end a script run early."""


class RerunInterrupt(ScriptControl):
    """A newer request is pending (or ``st.rerun()`` was called): stop here and rerun."""

    def __init__(self, requested_by_script: bool = False, fragment: bool = False,
                 fragment_id: str | None = None, fragment_keys: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.requested_by_script = requested_by_script
        self.fragment = fragment  # st.rerun(scope="fragment") in a dialog: rerun it alone
        self.fragment_id = fragment_id  # ... or in that @st.fragment
        self.fragment_keys = fragment_keys  # st.rerun("charts") in a callback: those fragments


class StopInterrupt(ScriptControl):
    """``st.stop()`` was called, or the user pressed Stop: end the run, keep its output."""


class TimeoutInterrupt(ScriptControl):
    """AppTest's ``timeout`` ran out while the script was running."""


def default_missing(item: object) -> str:
    """Streamlit 1.67's words for a default that is not among the options."""
    return (f"The default value '{item}' is not part of the options. Please make sure that "
            f"every default value also exists in the options.")


def read_only_message(key: str) -> str:
    """Streamlit 1.67's words for assigning a read-only key (a button's, an uploader's, a
    form's) through session state."""
    return (f"`st.session_state[{key!r}]` is read-only and cannot be assigned through session "
            f"state. Use a different session state key for values you need to set.")


def short_repr(value: object, limit: int = 60) -> str:
    """``repr(value)`` for an error message: cut to ``limit`` characters, and never raising
    (a 5000-digit int has no repr, a broken ``__repr__`` may raise)."""
    try:
        text = repr(value)
    except Exception:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else f"{text[:limit - 5]}...{text[-2:]}"


class _Choice:
    """A named stand-in for a value (see PartlyFits)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


DEFAULT = _Choice("DEFAULT")  # the widget's default value
REFUSE = _Choice("REFUSE")  # no stand-in: a StateValueError


class PartlyFits(ValueError):
    """A widget value that does not fit (not an option, out of range...), and its stand-in.

    Raised by a coercion. ``fitted`` replaces a value from an earlier run (the options or
    bounds changed); ``from_code`` replaces a value code set in this run, as Streamlit
    1.67 does for that widget (its default, the items that are still options...), or is
    REFUSE: the run stops with a StateValueError. Either may be DEFAULT.
    """

    def __init__(self, message: str, fitted: Any = DEFAULT, from_code: Any = REFUSE) -> None:
        super().__init__(message)
        self.fitted = fitted
        self.from_code = from_code
