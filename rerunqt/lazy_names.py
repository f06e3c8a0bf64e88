"""Module attributes loaded with their first use (PEP 562 ``__getattr__``).

``import rerunqt`` and ``rerunqt.core.cache`` name many things a script may never use;
each package keeps a table of where its names live, and its ``__getattr__`` asks here.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from rerunqt.compat.mixins import as_streamlit_method

MISSING: Any = object()


def load(namespace: dict[str, Any], table: Mapping[str, tuple[str, str]], name: str) -> Any:
    """``name`` from its module in ``table``, kept in ``namespace`` for plain look-ups
    afterwards; ``MISSING`` if the table does not have it."""
    where = table.get(name)
    if where is None:
        return MISSING
    value = as_streamlit_method(getattr(importlib.import_module(where[0]), where[1]), name)
    namespace[name] = value
    return value


class Ref:
    """``module.name`` of an element module not imported yet (see ``Deferred``)."""

    __slots__ = ("__name__", "module")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.__name__ = name

    def resolve(self) -> Any:
        import importlib

        value = getattr(importlib.import_module(f"rerunqt.core.{self.module}"), self.__name__)
        return as_streamlit_method(value, self.__name__)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve()(*args, **kwargs)


class Deferred:
    """An element module as ``core.blocks``' class body names it, imported on first use.

    A block's methods cover every element; importing all their modules when the first
    block is made cost ~16 ms of start-up for a page that draws a title and a button.
    """

    __slots__ = ("module",)

    def __init__(self, module: str) -> None:
        self.module = module

    def __getattr__(self, name: str) -> Ref:
        return Ref(self.module, name)
