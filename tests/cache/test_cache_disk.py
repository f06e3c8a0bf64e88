"""persist="disk": signed entries in the user's cache folder; tampered and corrupt files."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

import rerunqt as st
from rerunqt.core.cache import disk, registry


def _forget_memory() -> None:
    """As after a restart: memory is empty, only the disk entries are left."""
    for cache in registry.caches_of(api="cache_data"):
        cache.clear()


def _make(calls: list[int]):  # type: ignore[no-untyped-def]
    @st.cache_data(persist="disk")
    def load(n: int) -> dict[str, int]:
        calls.append(n)
        return {"n": n}

    return load


def _entries() -> list[Path]:
    return list(disk.cache_root().rglob("*.pickle"))


def test_an_entry_survives_a_restart() -> None:
    calls: list[int] = []
    assert _make(calls)(3) == {"n": 3}
    _forget_memory()
    assert _make(calls)(3) == {"n": 3}
    assert calls == [3]


def test_files_are_private_to_the_user() -> None:
    _make([])(1)
    (entry,) = _entries()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    key = disk.cache_root() / "signing.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(key.read_bytes()) == 32
    assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700


def test_the_folder_follows_rerunqt_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RERUNQT_CACHE_DIR", str(tmp_path / "here"))
    _make([])(1)
    assert str(_entries()[0]).startswith(str(tmp_path / "here"))


def test_without_override_the_xdg_cache_folder_is_used(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RERUNQT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if os.name == "posix" and not os.uname().sysname == "Darwin":
        assert disk.cache_root() == tmp_path / "rerunqt"


def test_a_tampered_entry_is_ignored_with_a_warning_and_recomputed(
        caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []
    _make(calls)(5)
    (entry,) = _entries()
    data = bytearray(entry.read_bytes())
    data[-5] ^= 0xFF  # one byte of the pickle changed: the signature no longer matches
    entry.write_bytes(bytes(data))
    _forget_memory()
    with caplog.at_level(logging.WARNING, logger="rerunqt.cache"):
        assert _make(calls)(5) == {"n": 5}
    assert calls == [5, 5]
    assert "not signed" in caplog.text


def test_an_entry_signed_with_another_key_is_ignored() -> None:
    calls: list[int] = []
    _make(calls)(5)
    (disk.cache_root() / "signing.key").write_bytes(os.urandom(32))
    _forget_memory()
    _make(calls)(5)
    assert calls == [5, 5]


@pytest.mark.parametrize("content", [b"", b"garbage", b"RQTC\x00\x01short"])
def test_a_corrupt_entry_never_crashes(content: bytes, caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []
    _make(calls)(5)
    (entry,) = _entries()
    entry.write_bytes(content)
    _forget_memory()
    assert _make(calls)(5) == {"n": 5}
    assert calls == [5, 5]
    assert _make(calls)(5) == {"n": 5}  # the rewritten entry is good again
    _forget_memory()
    _make(calls)(5)
    assert calls == [5, 5]


def test_a_signed_entry_with_unexpected_content_is_treated_as_corrupt(
        caplog: pytest.LogCaptureFixture) -> None:
    import pickle

    calls: list[int] = []
    _make(calls)(5)
    (entry,) = _entries()
    payload = pickle.dumps("not a tuple")
    entry.write_bytes(disk.MAGIC + disk._sign(payload) + payload)
    _forget_memory()
    assert _make(calls)(5) == {"n": 5}
    assert "corrupt" in caplog.text


def test_clear_removes_the_files() -> None:
    calls: list[int] = []
    load = _make(calls)
    load(1), load(2)
    load.clear(1)
    assert len(_entries()) == 1
    load.clear()
    assert _entries() == []
    load(3)
    st.cache_data.clear()
    assert _entries() == []


def test_an_unwritable_folder_keeps_the_entry_in_memory(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("RERUNQT_CACHE_DIR", str(blocker / "sub"))
    calls: list[int] = []
    load = _make(calls)
    assert load(1) == {"n": 1}
    assert load(1) == {"n": 1}
    assert calls == [1]


def test_ttl_is_ignored_with_persist_disk_as_in_streamlit(caplog: pytest.LogCaptureFixture) -> None:
    @st.cache_data(persist=True, ttl=1)
    def f() -> int:
        return 1

    assert f.options.ttl is None and f.options.persist == "disk"
    assert "ttl=1 is ignored" in caplog.text


def test_clear_all_empties_the_folders_used_whatever_main_is_now(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    script = types.ModuleType("__main__")
    script.__file__ = "/somewhere/app.py"
    monkeypatch.setitem(sys.modules, "__main__", script)  # as while the script runs
    _make([])(1)
    assert len(_entries()) == 1
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))  # GUI thread
    st.cache_data.clear()
    assert _entries() == []


def test_a_persisted_element_of_an_older_shape_is_not_replayed() -> None:
    from rerunqt.core.cache.replay import replay
    from rerunqt.core.context import RunContext
    from rerunqt.core.element import Element
    from rerunqt.core.state import SessionState

    ctx = RunContext(SessionState())
    old = Element("caption", ("caption", 0), (("body", "x"),))  # props before a new one was added
    replay(ctx, (old,))
    assert ctx.root.children == []
