"""What a script run by rerunqt gets for ``import streamlit``: rerunqt under Streamlit's name.

Every public rerunqt name is here; Streamlit's submodules that scripts commonly touch
(``errors``, ``runtime``, ``components.v1``, ``column_config``, ``config``, ``delta_generator``,
``testing.v1``, ``typing``, ``logger``, ``connections``, and ``hello.utils`` for Streamlit's own
demos) load on first use; any other
Streamlit name raises rerunqt's clear "not supported" error from ``rerunqt.__getattr__``.
"""

from __future__ import annotations

import importlib
import types
from typing import Any

import rerunqt
from rerunqt import __all__ as _RERUNQT_ALL
from rerunqt.compat.names import PublicNames, resolve_missing

SUBMODULES = frozenset({"errors", "runtime", "components", "column_config", "config",
                        "delta_generator", "testing", "hello", "typing", "logger",
                        "connections"})
__all__ = list(_RERUNQT_ALL)
_PUBLIC = frozenset(_RERUNQT_ALL)
# The Streamlit API level this alias follows: apps gate features on streamlit.__version__
# (`if version.parse(st.__version__) >= ...`), and rerunqt's own 0.x would send them down
# paths for ancient Streamlit. A missing 1.67 name still raises the clear error.
__version__ = "1.67.0"
rerunqt_version = rerunqt.__version__


def __getattr__(name: str) -> Any:
    if name in SUBMODULES:
        module: types.ModuleType = importlib.import_module(f"{__name__}.{name}")
        return module
    if name in _PUBLIC:  # the whole public API under Streamlit's name, each loaded on first use
        value = getattr(rerunqt, name)
        globals()[name] = value
        return value
    # a warning points at the script's line; an error names the module as the script did
    return resolve_missing(name, PublicNames(rerunqt), "streamlit")


def __dir__() -> list[str]:
    return sorted(set(__all__) | SUBMODULES)
