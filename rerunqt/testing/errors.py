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


def no_page_error(target: str, script: Path, path: Path, pages: list[Page]) -> ValueError:
    """Streamlit 1.67's AppTest.switch_page words: no such file, or (after a run) a file
    that is no page of the app, listing the pages it knows."""
    if not path.is_file():
        return ValueError(f"Could not find page {target!r} relative to the main script "
                          f"{str(script)!r}. Resolved page path: {str(path)!r}.")
    known = [str(p.source) if isinstance(p.source, Path) else p.url_path or p.title
             for p in pages if getattr(p, "external_url", None) is None]
    return ValueError(
        f"Could not find a navigation page for {str(path)!r}. AppTest.switch_page() matches "
        "registered script paths. If page registration depends on Session State, call "
        f"AppTest.run() after updating the state and before switching. Known pages: {known}.")
