"""The lazy name tables say what the type checkers' imports say.

``rerunqt/__init__.py`` and ``rerunqt/core/cache/__init__.py`` list each name twice: in
the table ``__getattr__`` loads from, and as an import under ``TYPE_CHECKING`` that gives
type checkers its signature. They must agree, and every name must load.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "rerunqt"


def typed_imports(path: Path) -> dict[str, tuple[str, str]]:
    """``{name: (module, attribute)}`` of the ``from m import a as name`` lines under
    ``if TYPE_CHECKING:``."""
    found: dict[str, tuple[str, str]] = {}
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for line in node.body:
                if isinstance(line, ast.ImportFrom) and line.module:
                    for alias in line.names:
                        found[alias.asname or alias.name] = (line.module, alias.name)
    return found


@pytest.mark.parametrize(("package", "table"), [("rerunqt", "_LAZY"), ("rerunqt.core.cache", "_WHERE")])
def test_the_lazy_table_matches_the_typed_imports_and_loads(package: str, table: str) -> None:
    module = importlib.import_module(package)
    path = Path(module.__file__ or "")
    lazy = getattr(module, table)
    typed = {name: where for name, where in typed_imports(path).items() if name in lazy
             or where[0] != "rerunqt"}  # `from rerunqt import column_config`: a submodule
    assert lazy == typed
    for name, (source, attribute) in lazy.items():
        assert getattr(module, name) is getattr(importlib.import_module(source), attribute)
    assert set(lazy) <= set(module.__all__)
