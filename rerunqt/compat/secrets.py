"""``st.secrets``: the app's ``secrets.toml`` files as a read-only mapping.

Read as Streamlit reads them (``~/.streamlit``, ``./.streamlit``, the script's
``.streamlit``), then rerunqt's own ``.rerunqt/secrets.toml`` files, which win. Later
files replace earlier top-level keys. Files are re-read when they change, so editing
secrets needs no restart. A missing key names itself and every file searched.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import rerunqt.tomlfile as tomlfile  # not "from rerunqt import": that asks the package first
from rerunqt.compat.hook import running_script_dir
from rerunqt.compat.secret_paths import secret_files
from rerunqt.errors import RerunQtError

_Stamp = tuple[tuple[str, int, int], ...]
_cache: dict[tuple[Path, ...], tuple[_Stamp, dict[str, Any]]] = {}
_override: ContextVar[Mapping[str, Any] | None] = ContextVar("rerunqt_secrets", default=None)


class SecretKeyError(RerunQtError, KeyError):
    """``st.secrets["missing"]``; ``str()`` is the plain message (not KeyError's repr)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class SecretsNotFoundError(SecretKeyError, FileNotFoundError):
    """``st.secrets["key"]`` with no secrets file at all: Streamlit raises its
    StreamlitSecretNotFoundError, a FileNotFoundError, so apps catch either that or the
    KeyError of a missing key; this is both."""


class SecretAttributeError(RerunQtError, AttributeError):
    """``st.secrets.missing``; an AttributeError, so ``hasattr`` works."""


def _stamp(files: tuple[Path, ...]) -> _Stamp:
    stamps = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


def load_secrets(files: tuple[Path, ...]) -> dict[str, Any]:
    """The merged secrets of ``files`` (cached until one of them changes)."""
    stamp = _stamp(files)
    cached = _cache.get(files)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    merged: dict[str, Any] = {}
    for name, _, _ in stamp:
        try:
            merged.update(tomlfile.loads(Path(name).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise RerunQtError(f"{name}: cannot read the secrets file: {exc}") from None
    _cache[files] = (stamp, merged)
    _export(merged)
    return merged


def _export(secrets: Mapping[str, Any]) -> None:
    """Root-level secrets that are text or numbers are environment variables too, as in
    Streamlit (``OPENAI_API_KEY = "..."`` reaches libraries that read ``os.environ``)."""
    import os

    for key, value in secrets.items():
        if value.__class__ in (str, int, float):
            os.environ[key] = str(value)


def load_for_script(files: tuple[Path, ...]) -> None:
    """Read the script's secrets ``files`` before its first run, as Streamlit does at
    start-up, so their root-level values are in ``os.environ`` for a script that never
    touches ``st.secrets``. A file that cannot be read is reported when the script uses
    st.secrets."""
    try:
        load_secrets(files)
    except RerunQtError:
        pass


def _read_only(what: str) -> None:
    """Secrets are read-only; the TypeError and words are Streamlit's, which apps catch."""
    raise TypeError(f"Secrets does not support {what}.")


class _ReadOnly:
    """Assignment and deletion refused, by attribute or by key, as Streamlit refuses them."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        _read_only("attribute assignment")

    def __setitem__(self, key: str, value: object) -> None:
        _read_only("item assignment")

    def __delitem__(self, key: str) -> None:
        _read_only("item deletion")


class SecretSection(_ReadOnly, Mapping[str, Any]):
    """A read-only table of secrets; sub-tables are sections too, keys are attributes."""

    __slots__ = ("_data", "_files", "_path")

    def __init__(self, data: Mapping[str, Any], path: str, files: tuple[str, ...]) -> None:
        object.__setattr__(self, "_data", data)
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_files", files)

    def _wrap(self, key: str, value: Any) -> Any:
        return SecretSection(value, f"{self._path}.{key}", self._files) if isinstance(
            value, Mapping) else value

    def _missing(self, key: str) -> str:
        have = ", ".join(repr(k) for k in self._data) or "none"
        looked = ", ".join(self._files)
        return (f"{self._path} has no key {key!r} (its keys: {have}). Add it to a secrets.toml; "
                f"rerunqt looked in: {looked}")

    def __getitem__(self, key: str) -> Any:
        if key not in self._data:
            if not self._data and self._files and not any(map(os.path.isfile, self._files)):
                raise SecretsNotFoundError(
                    "No secrets found. Valid paths for a secrets.toml file or secret "
                    f"directories are: {', '.join(self._files)}")
            raise SecretKeyError(self._missing(key))
        return self._wrap(key, self._data[key])

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name not in self._data:
            raise SecretAttributeError(self._missing(name))
        return self._wrap(name, self._data[name])

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def to_dict(self) -> dict[str, Any]:
        """A plain (deep) copy of the secrets, for libraries that want a dict."""
        return {k: v.to_dict() if isinstance(v, SecretSection) else v for k, v in (
            (k, self._wrap(k, v)) for k, v in self._data.items())}

    def __repr__(self) -> str:  # keys only: secrets must not end up in logs
        return f"<{self._path}: keys {sorted(self._data)}>"


class SecretsProxy(_ReadOnly, Mapping[str, Any]):
    """``st.secrets``: the running script's secrets (its folder decides which files)."""

    __slots__ = ()

    def _section(self) -> SecretSection:
        try:
            home: Path | None = Path.home()
        except (RuntimeError, KeyError):
            home = None
        override = _override.get()
        if override is not None:
            return SecretSection(override, "st.secrets", ("AppTest.secrets",))
        files = secret_files(running_script_dir(), Path.cwd(), home)
        return SecretSection(load_secrets(files), "st.secrets", tuple(map(str, files)))

    def __getitem__(self, key: str) -> Any:
        return self._section()[key]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._section(), name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._section())

    def __len__(self) -> int:
        return len(self._section())

    def __contains__(self, key: object) -> bool:
        return key in self._section()

    def load_if_toml_exists(self) -> bool:
        """Whether the secrets were read from a file (Streamlit's; it never raises): False
        with no secrets file at all."""
        section = self._section()
        return bool(section) or any(map(os.path.isfile, section._files))

    def to_dict(self) -> dict[str, Any]:
        """A plain copy of every secret."""
        return self._section().to_dict()

    def __repr__(self) -> str:
        return repr(self._section())


secrets = SecretsProxy()


@contextmanager
def secrets_replaced(values: Mapping[str, Any] | None) -> Iterator[None]:
    """AppTest's ``at.secrets``: when not empty, it is ``st.secrets`` for the block."""
    token = _override.set(values or None)
    try:
        yield
    finally:
        _override.reset(token)
