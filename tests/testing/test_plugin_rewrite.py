"""The rerunqt pytest plugin leaves rerunqt's own modules to Python's import: pytest's
assert rewriting parsed them on two threads at once (a CPython 3.11 AST race)."""

from __future__ import annotations

import sys

import pytest


def test_only_the_plugin_module_is_marked_for_assert_rewriting(pytestconfig: pytest.Config) -> None:
    hook = pytestconfig.pluginmanager.rewrite_hook
    marked = getattr(hook, "_must_rewrite", set())
    assert "rerunqt" not in marked and "rerunqt.testing.plugin" in marked
    import rerunqt.core.cache.hashing  # noqa: F401  (loaded lazily, so after the plugin)

    loader = type(getattr(sys.modules["rerunqt.core.cache.hashing"], "__loader__", None)).__name__
    assert loader != "AssertionRewritingHook"
