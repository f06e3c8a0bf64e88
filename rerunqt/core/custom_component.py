"""components.declare_component: a custom component shown as a note naming it.

A custom component is a web page (HTML and JavaScript, from ``path`` or ``url``) and a
rerunqt window has no web engine. Each call draws a ``component_instance`` element, a
note in the component's place, and returns ``default``: what Streamlit returns until
the component's front end answers, so the script runs on with that value.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rerunqt.core import context
from rerunqt.errors import RerunQtAPIError


class CustomComponent:
    """What ``declare_component`` returns: called like a function, it draws its note."""

    def __init__(self, name: str, path: str | None, url: str | None) -> None:
        self.name = name
        self.path = path
        self.url = url

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r}, path={self.path!r}, url={self.url!r})"

    def __call__(self, *args: Any, default: Any = None, key: str | None = None,
                 on_change: Any = None, tab_index: int | None = None, **kwargs: Any) -> Any:
        return self.create_instance(*args, default=default, key=key, on_change=on_change,
                                    tab_index=tab_index, **kwargs)

    def create_instance(self, *args: Any, default: Any = None, key: str | None = None,
                        on_change: Any = None, tab_index: int | None = None,
                        **kwargs: Any) -> Any:
        """The note in the component's place; returns ``default`` (its value before any answer)."""
        if args:
            raise RerunQtAPIError(f"Argument {args[0]!r} needs a label: call the component "
                                  f"{self.name!r} with keyword arguments only.")
        if on_change is not None and not callable(on_change):
            raise RerunQtAPIError(f"The component {self.name!r}: on_change={on_change!r} must be "
                                  f"a callable or None.")
        ctx = context.current()
        ctx.add_static("component_instance", (("name", self.name),
                                              ("source", self.url or self.path),
                                              ("default", default)))
        return default


def declare_component(name: str, path: str | Path | None = None,
                      url: str | None = None) -> CustomComponent:
    """A custom component; each call shows a note naming it and returns its ``default``."""
    if not isinstance(name, str) or not name:
        raise RerunQtAPIError(f"components.declare_component name={name!r} must be a non-empty string.")
    if path is None and url is None:
        raise RerunQtAPIError("Either 'path' or 'url' must be set.")
    return CustomComponent(name, None if path is None else str(path), url)


__all__ = ["CustomComponent", "declare_component"]
