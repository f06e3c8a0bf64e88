"""Shared test set-up: Qt always offscreen; settings in a temporary folder; demos and
scripts folders at hand."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests judge behaviour, not speed: on a busy machine (CI beside other jobs) the
# time Hypothesis takes to draw inputs or run one example says nothing about the code.
settings.register_profile("rerunqt", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("rerunqt")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Window memory (QSettings) goes to a fresh folder per test, never the user's settings."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("RERUNQT_SETTINGS_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def isolated_caches(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Disk caches and saved session state go to fresh folders; caches start empty per test."""
    monkeypatch.setenv("RERUNQT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("RERUNQT_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    yield
    from rerunqt.core.cache import clear_all_caches

    clear_all_caches()


@pytest.fixture(autouse=True)
def qt_garbage_between_tests(request: pytest.FixtureRequest):
    """After a Qt test, delete what it left for deletion and collect cycles then, while Qt
    is idle: not at a random allocation in a later test (see rerunqt/testing/plugin.py)."""
    yield
    if request.node.get_closest_marker("qt") is None and "qapp" not in request.fixturenames:
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        gc.freeze()  # survivors out of later collections: each collect scans one test's objects


ROOT = Path(__file__).resolve().parent.parent
DEMOS = ROOT / "demos"


@pytest.fixture
def write_script(tmp_path: Path):
    """write_script("source") -> path of a script file in a fresh folder."""
    import textwrap

    def make(source: str, name: str = "app.py") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(source))
        return path

    return make


def script_with_config(folder: Path, config: str, source: str) -> Path:
    """``folder/app.py`` with ``folder/.rerunqt/config.toml`` beside it (read by AppTest)."""
    (folder / ".rerunqt").mkdir(exist_ok=True)
    (folder / ".rerunqt" / "config.toml").write_text(config)
    script = folder / "app.py"
    script.write_text(source)
    return script
