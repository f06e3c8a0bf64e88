"""``AppTest.context`` and ``AppTest.user`` checked as Streamlit 1.67's AppTest checks them,
and ``AppTest.args`` / ``.kwargs``.

A wrong key, type or theme is an ``AppTestError`` before the script runs, in Streamlit's
words, so a typo in a test does not pass silently as an unset value.
"""

from __future__ import annotations

import copy
from typing import Any

from rerunqt.core.client_seed import CONTEXT_FIELDS
from rerunqt.testing.errors import AppTestError

THEMES = ("light", "dark")
DEFAULT_USER: dict[str, Any] = {"email": "test@example.com"}  # Streamlit's AppTest default


def context_for_run(context: object) -> dict[str, Any]:
    """The keys ``st.context`` answers from the test (a None value reads as None)."""
    if not isinstance(context, dict):
        raise AppTestError(f"AppTest.context must be a dict, not {type(context).__name__}.")
    for key, value in context.items():
        if key not in CONTEXT_FIELDS:
            supported = ", ".join(repr(name) for name in sorted(CONTEXT_FIELDS))
            raise AppTestError(f"AppTest.context does not support {key!r}. Supported keys: "
                               f"{supported}.")
        if value is None:
            continue
        wanted = CONTEXT_FIELDS[key]
        if not isinstance(value, wanted) or (wanted is int and isinstance(value, bool)):
            raise AppTestError(f"AppTest.context[{key!r}] must be {wanted.__name__}, not "
                               f"{type(value).__name__}.")
        if key == "theme" and value not in THEMES:
            raise AppTestError(f"AppTest.context['theme'] must be 'light' or 'dark', not "
                               f"{value!r}.")
        if key == "timezone_offset" and not -2**31 <= value < 2**31:  # type: ignore[operator]
            raise AppTestError(f"AppTest.context['timezone_offset'] has an invalid value "
                               f"{value!r}: it must fit in 32 bits.")
    return dict(context)


def user_for_run(user: object) -> dict[str, Any]:
    """The run's copy of ``AppTest.user``: st.logout() empties the copy, not the test's dict."""
    if not isinstance(user, dict):
        raise AppTestError(f"AppTest.user must be a dict, not {type(user).__name__}.")
    return copy.deepcopy(user)


class FunctionArguments:
    """``AppTest.args`` / ``.kwargs``: what ``from_function`` calls its function with, read
    by every run, so a test can change them between runs (None elsewhere, as Streamlit)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, app: Any, owner: type | None = None) -> Any:
        if app is None:
            return self
        return app._script.extra_globals.get(self.name)

    def __set__(self, app: Any, value: Any) -> None:
        app._script.extra_globals[self.name] = value
