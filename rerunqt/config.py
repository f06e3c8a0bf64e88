"""Configuration: Streamlit's option names, read from TOML files, environment and flags.

Nothing is read at import time (DESIGN.md, decision 8): ``load_config`` is called once by
the CLI or a test harness. Every error is a one-line ``ConfigError`` naming where the bad
value came from (file and line, environment variable or flag) and the option.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

import rerunqt.tomlfile as tomlfile  # not "from rerunqt import": that asks the package first
from rerunqt.config_names import UnknownOptionError, close_matches, section_hint, unknown_message
from rerunqt.config_options import OPTIONS, SECTIONS, ConfigValue, Option
from rerunqt.errors import ConfigError

__all__ = ["OPTIONS", "SECTIONS", "Config", "ConfigValue", "Option", "UnknownOptionError",
           "is_dotted_flag", "load_config", "parse_cli_config_flags"]


_TYPE_WORDS: dict[type, str] = {
    bool: "a bool (true or false)", int: "an integer", float: "a number", str: "a string",
    tuple: "a list of strings"}
_BOOL_WORDS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
_NO_FLAGS: Mapping[str, str] = MappingProxyType({})


def _option(key: str, where: str) -> Option:
    if key not in OPTIONS:
        raise ConfigError(f"{where}: {unknown_message(key)}")
    return OPTIONS[key]


def _bad(option: Option, where: str, why: str) -> ConfigError:
    return ConfigError(f"{where}: option {option.key!r} {why}")


def _check_choice(option: Option, value: str, where: str) -> str:
    text = value.strip().lower()
    if option.key == "theme.base" and (text.endswith(".toml") or text.startswith("http")):
        return value  # a theme file to inherit from (rerunqt/theme_file.py)
    if option.choices and value not in option.choices:
        near = close_matches(value, option.choices, n=1)
        allowed = ", ".join(repr(c) for c in option.choices)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        raise _bad(option, where, f"must be one of {allowed}, got {value!r}{hint}")
    return value


def _check_bounds(option: Option, value: int | float, where: str) -> int | float:
    low, high = option.bounds or (value, value)
    if not low <= value <= high:  # NaN fails too
        raise _bad(option, where, f"must be between {low} and {high}, got {value!r}")
    return value


def _coerce_typed(option: Option, value: object, where: str) -> ConfigValue:
    """Check a value that already has a Python type (from TOML or from code)."""
    if value is None and option.default is None:  # back to unset (Config(), st.set_option)
        return None
    if option.type is tuple:
        ok = isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
        value = tuple(value) if ok else value  # type: ignore[arg-type]
    elif option.type is str and isinstance(value, bool) and "true" in option.choices:
        return value  # a level option that also takes Streamlit's legacy true/false
    elif option.type is bool or option.type is str:
        ok = isinstance(value, option.type)
    else:  # a bool is an int in Python, but never a number in a config file
        numeric = (int,) if option.type is int else (int, float)
        ok = isinstance(value, numeric) and not isinstance(value, bool)
    if not ok and option.name in ("paddingTop", "paddingBottom"):  # Streamlit ignores 0
        print(f"rerunqt: warning: {_bad(option, where, 'must be a quoted string such as ')}"
              f"\"0\" or \"1rem\", got {value!r}; ignored", file=sys.stderr)
        return None
    if not ok:
        raise _bad(option, where, f"expects {_TYPE_WORDS[option.type]}, got {value!r}")
    if isinstance(value, str):
        value = _check_choice(option, value, where)
    elif not isinstance(value, (bool, tuple)):
        value = _check_bounds(option, float(value) if option.type is float else value, where)  # type: ignore[arg-type]
    return _check_value(option, value, where)


def _check_value(option: Option, value: ConfigValue, where: str) -> ConfigValue:
    """The option's own check (a colour, a radius...), its reason in the message.

    A bad ``[theme]`` value is a warning, and the option keeps Streamlit's default:
    Streamlit draws an app whose config.toml has a colour it cannot read, and such
    files are common in published apps (``secondaryBackgroundColor="cdbde"``)."""
    if option.check is not None:
        try:
            option.check(value)
        except ValueError as exc:
            error = _bad(option, where, str(exc))
            if not option.section.startswith("theme"):
                raise error from None
            print(f"rerunqt: warning: {error}; ignored (the theme's default is used)",
                  file=sys.stderr)
            return option.default
    return value


def _parse_string(option: Option, text: str, where: str) -> ConfigValue:
    """Parse a value written as text (environment variable, flag, ``env:`` reference)."""
    if option.type is bool:
        if text.strip().lower() in _BOOL_WORDS:
            return _BOOL_WORDS[text.strip().lower()]
        raise _bad(option, where, f"expects a bool (true/false, 1/0, yes/no), got {text!r}")
    if option.type is int or option.type is float:
        try:
            number = option.type(text.strip())
        except ValueError:
            raise _bad(option, where, f"expects {_TYPE_WORDS[option.type]}, got {text!r}") from None
        return _check_value(option, _check_bounds(option, number, where), where)
    if option.type is tuple:  # written as a TOML array: '["#ff4b4b", "#1c83e1"]'
        try:
            items = tomlfile.loads(f"v = {text}")["v"]
        except ValueError:
            items = None
        if not isinstance(items, list):
            raise _bad(option, where, f"expects a list such as '[\"#ff4b4b\", \"blue\"]', "
                                      f"got {text!r}")
        return _coerce_typed(option, items, where)
    if "true" in option.choices and text.strip().lower() in _BOOL_WORDS:
        return _BOOL_WORDS[text.strip().lower()]  # a level option's legacy true/false
    return _check_value(option, _check_choice(option, text, where), where)


class Config(Mapping[str, ConfigValue]):
    """Immutable option values by dotted name; every known option always has a value."""

    __slots__ = ("_sources", "_values")

    def __init__(self, values: Mapping[str, object] | None = None) -> None:
        """Defaults overlaid with ``values``, checked like a config file's."""
        merged: dict[str, ConfigValue] = {k: o.default for k, o in OPTIONS.items()}
        sources = dict.fromkeys(OPTIONS, "default")
        for key, value in (values or {}).items():
            merged[key] = _coerce_typed(_option(key, "Config()"), value, "Config()")
            sources[key] = "Config()"
        self._values: Mapping[str, ConfigValue] = MappingProxyType(merged)
        self._sources: Mapping[str, str] = MappingProxyType(sources)

    @classmethod
    def defaults(cls) -> Config:
        """Every option at its default."""
        return cls()

    def __getitem__(self, key: str) -> ConfigValue:
        if key not in self._values:
            raise UnknownOptionError(unknown_message(key))
        return self._values[key]

    def get(self, key: str, default: object = None) -> ConfigValue:
        """The value of ``key``. A typo must not pass silently, so an unknown name raises
        ``KeyError`` even when a default is given (known names never need one)."""
        return self[key]

    def source(self, key: str) -> str:
        """Where the value came from: 'default', 'FILE, line N', 'environment variable X'..."""
        self[key]  # an unknown name raises, with a did-you-mean
        return self._sources[key]

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __hash__(self) -> int:
        return hash(frozenset(self._values.items()))

    def __repr__(self) -> str:
        changed = {k: v for k, v in self._values.items() if v != OPTIONS[k].default}
        return f"Config({changed!r})"


# Line-based scan of TOML text: only to say which line an option is on.
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_DOTTED_KEY = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_HEADER_RE = re.compile(rf"^\s*\[\[?\s*({_DOTTED_KEY})\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE_RE = re.compile(rf"^\s*({_DOTTED_KEY})\s*=")
_PART_RE = re.compile(r""""([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+)""")
_TOML_POS_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def _scan(text: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(line number, full key path) of every table header and key line."""
    table: tuple[str, ...] = ()
    for lineno, line in enumerate(text.splitlines(), 1):
        if header := _HEADER_RE.match(line):
            table = tuple(a or b or c for a, b, c in _PART_RE.findall(header.group(1)))
            yield lineno, table
        elif key := _KEY_LINE_RE.match(line):
            yield lineno, table + tuple(a or b or c for a, b, c in _PART_RE.findall(key[1]))


def _where(path: Path, text: str, key: tuple[str, ...]) -> str:
    """'FILE, line N' for ``key``; else for its longest defined prefix (inline tables)."""
    best: tuple[int, int] | None = None  # (matched depth, line)
    for lineno, full in _scan(text):
        if full == key:
            return f"{path}, line {lineno}"
        depth = min(len(full), len(key))
        if full[:depth] == key[:depth] and (best is None or depth > best[0]):
            best = (depth, lineno)
    return f"{path}, line {best[1]}" if best else str(path)


def _syntax_error(path: Path, text: str, message: str) -> ConfigError:
    pos = _TOML_POS_RE.search(message)
    if pos is None:  # "(at end of document)"
        reason = message.replace(" (at end of document)", "")
        last = len(text.splitlines()) or 1
        return ConfigError(f"{path}, line {last}: invalid TOML: {reason} (at end of file)")
    line, column = int(pos[1]), int(pos[2])
    keys = [full for lineno, full in _scan(text) if lineno == line]
    option = f" in option {'.'.join(keys[0])!r}" if keys else ""
    return ConfigError(
        f"{path}, line {line}: invalid TOML{option}: {message[: pos.start()]} (column {column})")


def _read_file(path: Path, env: Mapping[str, str]) -> dict[str, tuple[ConfigValue, str]] | None:
    """Options set in one file, each with 'FILE, line N'; None when there is no file."""
    try:
        text = path.read_bytes().decode("utf-8")
        document = tomlfile.loads(text)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: config file is not UTF-8 text (byte {exc.start})") from None
    except ValueError as exc:
        raise _syntax_error(path, text, str(exc)) from None
    found: dict[str, tuple[ConfigValue, str]] = {}
    for section, table in document.items():
        where = _where(path, text, (section,))
        if not isinstance(table, dict):
            near = [k for k, o in OPTIONS.items() if o.name == section]
            hint = f"; did you mean {near[0]!r} (under [{near[0].split('.')[0]}])?" if near else ""
            raise ConfigError(
                f"{where}: {section!r} must be a [section] table of options, got {table!r}{hint}")
        if section not in SECTIONS and not table:
            raise ConfigError(f"{where}: unknown section [{section}]; {section_hint(section)}")
        for parts, raw in flatten_table((section,), table):
            section, name = ".".join(parts[:-1]), parts[-1]
            where = _where(path, text, parts)
            option = _option(f"{section}.{name}", where)
            if isinstance(raw, str) and raw.startswith("env:"):
                if raw[4:] not in env:
                    raise _bad(option, where,
                               f"refers to environment variable {raw[4:]!r}, which is not set")
                value = _parse_string(option, env[raw[4:]], f"{where} (via {raw!r})")
            else:
                value = _coerce_typed(option, raw, where)
            found[option.key] = (value, where)
    return found


def flatten_table(prefix: tuple[str, ...], table: Mapping[str, object],
                  ) -> Iterator[tuple[tuple[str, ...], object]]:
    """(key path, value) of each option in a table; sub-tables that are sections
    (``[theme.light]``, ``[theme.dark.sidebar]``) are walked, others are values."""
    for name, raw in table.items():
        if isinstance(raw, dict) and ".".join((*prefix, name)) in SECTIONS:
            yield from flatten_table((*prefix, name), raw)
        else:
            yield (*prefix, name), raw


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def load_config(
    script_path: Path | None,
    cli_flags: Mapping[str, str] = _NO_FLAGS,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
    cwd: Path | None = None,
) -> Config:
    """Merge defaults < .streamlit files < ~/.rerunqt < ./.rerunqt < script's .rerunqt <
    STREAMLIT_* variables < RERUNQT_* variables < flags."""
    from rerunqt.compat.streamlit_config import defaults_and_streamlit_files
    environ: Mapping[str, str] = os.environ if env is None else env
    cwd = Path.cwd() if cwd is None else cwd
    candidates = [cwd / ".rerunqt" / "config.toml"]
    try:
        candidates.insert(0, (Path.home() if home is None else home) / ".rerunqt/config.toml")
    except (RuntimeError, KeyError):  # no HOME and no passwd entry: no user config
        pass
    if script_path is not None:
        candidates.append((cwd / script_path).parent / ".rerunqt" / "config.toml")
    values, sources = defaults_and_streamlit_files(script_path, cwd, environ)
    seen: set[tuple[int, int] | None] = set()
    for candidate in candidates:
        identity = _identity(candidate)
        if identity is not None and identity in seen:  # e.g. the script is in cwd
            continue
        seen.add(identity)
        for key, (value, where) in (_read_file(candidate, environ) or {}).items():
            values[key], sources[key] = value, where
    for prefix in ("STREAMLIT_", "RERUNQT_"):  # Streamlit's names, then rerunqt's (they win)
        if not any(name.startswith(prefix) for name in environ):  # else skip ~300 name builds
            continue
        for key, option in OPTIONS.items():
            name = prefix + option.env_var[len("RERUNQT_"):]  # STREAMLIT_THEME_PRIMARY_COLOR
            if name in environ:
                where = f"environment variable {name}"
                values[key] = _parse_string(option, environ[name], where)
                sources[key] = where
    for key, text in cli_flags.items():
        where = f"flag --{key}"
        values[key] = _parse_string(_option(key, where), text, where)
        sources[key] = where
    from rerunqt.theme_file import apply_theme_file
    apply_theme_file(values, sources, script_path, cwd)
    config = Config()
    config._values, config._sources = MappingProxyType(values), MappingProxyType(sources)
    return config


_DOTTED_FLAG_RE = re.compile(  # --theme.light.sidebar.primaryColor has three dots
    r"^--([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)(?:=(.*))?$", re.DOTALL)


def is_dotted_flag(arg: str) -> bool:
    """Whether ``arg`` looks like ``--section.option`` or ``--section.option=value``."""
    return _DOTTED_FLAG_RE.match(arg) is not None


def parse_cli_config_flags(
    args: Sequence[str], *, strict: bool = True
) -> tuple[dict[str, str], list[str]]:
    """Pull ``--section.option VALUE`` / ``--section.option=VALUE`` for known options out
    of ``args``; return (flags, the other args). Stops at ``--`` (kept in the remainder).

    ``strict`` (the default) makes any unknown dotted flag an error; without it only one
    that resembles an option is, and others stay for the script (``--db.host x``).
    """
    flags: dict[str, str] = {}
    rest: list[str] = []
    items = iter(args)
    for arg in items:
        if arg == "--":
            rest += [arg, *items]
            break
        match = _DOTTED_FLAG_RE.match(arg)
        name = match[1] if match else ""
        if match is None or (name not in OPTIONS and not strict and not _resembles(name)):
            rest.append(arg)
            continue
        if name not in OPTIONS and not strict:
            raise ConfigError(f"flag --{name}: {unknown_message(name)} "
                              "(to pass it to the script instead, put it after --)")
        value = match[2] if match[2] is not None else next(items, None)
        if value is None:
            example = "true" if _option(name, f"flag --{name}").type is bool else "VALUE"
            raise ConfigError(f"flag --{name} needs a value, e.g. --{name} {example}")
        flags[_option(name, f"flag --{name}").key] = value
    return flags, rest


def _resembles(name: str) -> bool:
    """An unknown dotted flag after the script is ours only if it looks like an option."""
    return name.split(".", 1)[0] in SECTIONS or bool(
        close_matches(name, OPTIONS, n=1, cutoff=0.8))
