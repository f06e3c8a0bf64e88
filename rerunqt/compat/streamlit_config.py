"""A Streamlit app's ``.streamlit/config.toml``, read under rerunqt's own files.

Streamlit reads ``./.streamlit/config.toml`` (current directory) and, since 1.67, the
one beside the script; an app moved to rerunqt keeps working with them. Options
rerunqt knows are applied (and checked) as in ``.rerunqt/config.toml``; options with no
meaning on a desktop (``server.port``, ``browser.*``, colours of the web theme...) are
accepted with one note on stderr, never an error: the file was written for Streamlit.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

import rerunqt.tomlfile as tomlfile  # not "from rerunqt import": that asks the package first
from rerunqt.compat import streamlit_only
from rerunqt.config import (
    OPTIONS,
    ConfigValue,
    _coerce_typed,
    _parse_string,
    _read_file,
    _where,
    flatten_table,
)
from rerunqt.errors import ConfigError

_noted: set[str] = set()


def streamlit_config_files(script_path: Path | None, cwd: Path) -> list[Path]:
    """``./.streamlit/config.toml`` then the script's, as Streamlit 1.67 reads them."""
    files = [cwd / ".streamlit" / "config.toml"]
    if script_path is not None:
        beside = (cwd / script_path).parent / ".streamlit" / "config.toml"
        if beside.resolve() != files[0].resolve():
            files.append(beside)
    return files


def defaults_and_streamlit_files(
    script_path: Path | None, cwd: Path, env: Mapping[str, str],
) -> tuple[dict[str, ConfigValue], dict[str, str]]:
    """Every option's default, overlaid with the Streamlit files (values, sources)."""
    values: dict[str, ConfigValue] = {k: o.default for k, o in OPTIONS.items()}
    sources = dict.fromkeys(OPTIONS, "default")
    ignored: list[str] = []
    streamlit_only.reset()
    for path in streamlit_config_files(script_path, cwd):
        names: list[str] = []
        for key, (value, where) in _read_lenient(path, env, names).items():
            values[key], sources[key] = value, where
        meaningless = [name for name in names if name in _STREAMLIT_NAMES or
                       streamlit_only.known(name)]
        if meaningless:
            ignored.append(f"{', '.join(meaningless)} (in {path})")
        for name in names:
            if name not in meaningless:
                _warn_unknown(name, path)
    if ignored and (note := "; ".join(ignored)) not in _noted:  # once per process
        _noted.add(note)
        print("rerunqt: note: ignored Streamlit options with no meaning in a desktop app: "
              + note, file=sys.stderr)
    return values, sources


# Streamlit's server.runOnSave is rerunqt's runner.runOnSave (rerun when the script is saved)
_SAME_AS = {"server.runOnSave": "runner.runOnSave"}
# Streamlit 1.67 names neither rerunqt's options nor streamlit_only's readable ones cover
_STREAMLIT_NAMES = frozenset({"client.allowedOrigins"})


def _warn_unknown(name: str, path: Path) -> None:
    """A name Streamlit 1.67 does not know either (a misspelling, a removed option): its
    warning, with rerunqt's did-you-mean, once per process; the file is still read."""
    from rerunqt.config_names import close_matches

    near = close_matches(name, [*OPTIONS, *streamlit_only.DEFAULTS], n=1)
    hint = f"; did you mean {near[0]!r}?" if near else ""
    message = (f"rerunqt: warning: {path}: {name!r} is not a valid config option{hint} "
               "(if you set it before, it may have been removed)")
    if message not in _noted:
        _noted.add(message)
        print(message, file=sys.stderr)


def _read_lenient(path: Path, env: Mapping[str, str],
                  ignored: list[str]) -> dict[str, tuple[ConfigValue, str]]:
    """Known options of one file (checked); the names of the others go to ``ignored``."""
    try:
        text = path.read_bytes().decode("utf-8")
        document = tomlfile.loads(text)
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except (OSError, UnicodeDecodeError, ValueError):
        return _read_file(path, env) or {}  # raises the config file's usual clear error
    found: dict[str, tuple[ConfigValue, str]] = {}
    for section, table in document.items():
        pairs = flatten_table((section,), table) if isinstance(table, dict) else [((section,), table)]
        for parts, raw in pairs:
            key = ".".join(parts)
            if key not in OPTIONS:
                if key not in streamlit_only.USED and key not in _SAME_AS:
                    ignored.append(key)
                if streamlit_only.known(key):  # st.get_option reads it back
                    streamlit_only.remember(key, raw)
                if key in _SAME_AS:  # Streamlit's name for an option rerunqt has as another
                    mine = OPTIONS[_SAME_AS[key]]
                    where = _where(path, text, parts)
                    found[mine.key] = (_coerce_typed(mine, raw, f"{where} ({key})"), where)
                continue
            where = _where(path, text, parts)
            option = OPTIONS[key]
            if isinstance(raw, str) and raw.startswith("env:"):
                if raw[4:] not in env:
                    raise ConfigError(f"{where}: option {key!r} refers to environment "
                                      f"variable {raw[4:]!r}, which is not set")
                found[key] = (_parse_string(option, env[raw[4:]], f"{where} (via {raw!r})"), where)
            else:
                found[key] = (_coerce_typed(option, raw, where), where)
    return found
