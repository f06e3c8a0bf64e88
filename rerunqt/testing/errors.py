"""AppTest errors (Streamlit's ``streamlit.testing.v1.errors``)."""

from __future__ import annotations


class AppTestError(Exception):
    """An AppTest action a user could not perform, such as updating a disabled widget."""


class InvalidAction(AppTestError, ValueError):
    """A value or action a user could not give: an AppTestError, the class Streamlit
    1.67's AppTest raises, and a ValueError, the class rerunqt's AppTest documents."""


def disabled_error(kind: str, user_key: str | None) -> AppTestError:
    """Streamlit 1.67's message for acting on a disabled widget."""
    key_part = f" (key={user_key!r})" if user_key else ""
    return InvalidAction(
        f"Cannot update a disabled {kind} widget{key_part}. "
        "A browser user cannot interact with a disabled widget."
    )


def refused_value(value: object, kind: str, label: object, exc: Exception) -> str:
    """Why ``set_value(value)`` was refused; a choice that is not an option starts with
    Streamlit 1.67's words ("'x' is not in list"), which tests match on."""
    detail = str(exc)
    bad, sep, _ = detail.partition(" is not one of the options")
    head = f"{bad} is not in list: " if sep else ""
    return f"{head}{value!r} is not a valid value for the {kind} {label!r}: {detail}"
