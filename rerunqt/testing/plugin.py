"""The rerunqt pytest plugin (entry point ``pytest11``).

Fixtures: ``app_test`` (a factory for AppTest.from_file) and ``rerunqt_pilot`` (a
factory opening a real window driven by QtPilot; needs pytest-qt). Qt is imported only
when ``rerunqt_pilot`` is used, so Qt-free suites never load it.

``--rerunqt-streamlit-alias`` (or ini ``rerunqt_streamlit_alias = true``) makes
``import streamlit`` in the test files themselves mean rerunqt, so an app's existing
tests (``from streamlit.testing.v1 import AppTest``) run against rerunqt unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import types

_ALIAS_KEY: pytest.StashKey[dict[str, types.ModuleType | None]] = pytest.StashKey()


_ALIAS_FLAG = "--rerunqt-streamlit-alias"
_ALIAS_INI = "rerunqt_streamlit_alias"


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    _rewrite_only_this_plugin(pluginmanager)  # before any conftest imports rerunqt
    help_text = ("make `import streamlit` in test files mean rerunqt, so existing Streamlit "
                 "tests (from streamlit.testing.v1 import AppTest) run against rerunqt")
    parser.addoption(_ALIAS_FLAG, action="store_true", default=False, help=help_text)
    parser.addini(_ALIAS_INI, help_text, type="bool", default=False)


def pytest_configure(config: pytest.Config) -> None:
    # Tests never need a screen; a real display can still be chosen explicitly.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if config.getoption(_ALIAS_FLAG) or config.getini(_ALIAS_INI):
        from rerunqt.compat.hook import alias_for_tests

        config.stash[_ALIAS_KEY] = alias_for_tests()


def _rewrite_only_this_plugin(pluginmanager: pytest.PytestPluginManager) -> None:
    """pytest rewrites the asserts of every module of a plugin's distribution: all of
    rerunqt. Its modules are imported lazily, on the GUI and the script thread at once,
    and two ``ast.parse`` calls at once can fail on CPython 3.11 ("AST constructor
    recursion depth mismatch"). rerunqt's own asserts need no rewriting; this module's
    fixtures are the plugin. (pytest keeps the marked names on its import hook.)"""
    hook = getattr(pluginmanager, "rewrite_hook", None)
    marked = getattr(hook, "_must_rewrite", None)
    if isinstance(marked, set) and "rerunqt" in marked:
        marked.discard("rerunqt")
        marked.add(__name__)


def pytest_unconfigure(config: pytest.Config) -> None:
    before = config.stash.get(_ALIAS_KEY, None)
    if before is not None:
        from rerunqt.compat.hook import restore_after_tests

        restore_after_tests(before)


@pytest.fixture
def app_test() -> Callable[..., Any]:
    """``app_test("app.py")`` -> an AppTest (not yet run)."""
    from rerunqt.testing import AppTest

    def make(path: str | Path, **kwargs: Any) -> AppTest:
        return AppTest.from_file(Path(path).resolve(), **kwargs)

    return make


@pytest.fixture
def rerunqt_pilot(request: pytest.FixtureRequest) -> Iterator[Callable[..., Any]]:
    """``rerunqt_pilot("app.py")`` -> a QtPilot with the window open and settled."""
    qtbot = request.getfixturevalue("qtbot")
    from rerunqt.testing.pilot import QtPilot

    if not os.environ.get("RERUNQT_SETTINGS_DIR"):  # never remember test windows for real
        folder = request.getfixturevalue("tmp_path_factory").mktemp("rerunqt-settings")
        request.getfixturevalue("monkeypatch").setenv("RERUNQT_SETTINGS_DIR", str(folder))

    pilots: list[QtPilot] = []

    def make(path: str | Path, **kwargs: Any) -> QtPilot:
        pilot = QtPilot(qtbot, Path(path).resolve(), **kwargs)
        pilots.append(pilot)
        return pilot

    yield make
    for pilot in pilots:
        pilot.close()
        pilot.window.deleteLater()
    _collect_now()


def _collect_now() -> None:
    """Destroy closed windows and collect their garbage now, between tests.

    Left to chance, Python's cyclic GC frees a window's last Python wrappers (chart
    items, lambdas holding widgets) at any allocation of a later test, long after Qt
    deleted the objects under them; here it happens while Qt is idle and consistent.
    """
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect(1)  # the young generations: cheap, and where a test's window mostly is
