"""AppTest errors (Streamlit's ``streamlit.testing.v1.errors``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rerunqt.core.pages import Page


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


def no_page_error(target: str, script: Path, path: Path, pages: list[Page]) -> ValueError:
    """Streamlit 1.67's AppTest.switch_page words: no such file, or (after a run) a file
    that is no page of the app, listing the pages it knows."""
    if not path.is_file():
        return ValueError(  # Streamlit 1.67's words, then later versions' advice
            f"Could not find page {target!r} relative to the main script {str(script)!r}. "
            f"Resolved page path: {str(path)!r}. The app has no page with that file or URL "
            "path: make sure the page given is relative to the main script.")
    known = [str(p.source) if isinstance(p.source, Path) else p.url_path or p.title
             for p in pages if getattr(p, "external_url", None) is None]
    return ValueError(
        f"Could not find a navigation page for {str(path)!r}. AppTest.switch_page() matches "
        "registered script paths. If page registration depends on Session State, call "
        f"AppTest.run() after updating the state and before switching. Known pages: {known}.")
