"""Make PySide6's check of every newly imported module cheap.

Once PySide6 is loaded, it asks of each module imported after it whether the module
uses PySide6 (for ``from __feature__ import snake_case``): does its source mention
"PySide6"? It finds the source with ``inspect.getsource``, and that calls
``inspect.getmodule``, which walks all of ``sys.modules``: the cost of each import
grows with the number already loaded. Measured on this project's machine, it adds
15-20 ms to opening the counter (rerunqt's own Qt modules) and 100-200 ms to a
script's ``import pandas``.

``install`` gives PySide6 the same answer from one read of the module's file. It only
replaces the private check when it is there in the expected form; otherwise PySide6
keeps its own.
"""

from __future__ import annotations

import sys
import types

# PySide6's embedded support package: where the check lives (6.4 onwards).
FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")
CHECK = "_mod_uses_pyside"
MARK = b"PySide6"


def uses_pyside(module: types.ModuleType) -> bool:
    """Whether the module's source file mentions PySide6, as PySide6's own check
    answers it: False for built-in, compiled and source-less modules."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return MARK in source.read()
    except OSError:
        return False


def install() -> bool:
    """Replace PySide6's check with ``uses_pyside``; True if it is in place."""
    installed = False
    for name in FEATURE_MODULES:
        feature = sys.modules.get(name)
        check = getattr(feature, CHECK, None)
        if isinstance(check, types.FunctionType) and check is not uses_pyside:
            setattr(feature, CHECK, uses_pyside)
        installed = installed or getattr(feature, CHECK, None) is uses_pyside
    return installed
