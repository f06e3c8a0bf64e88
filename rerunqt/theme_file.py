"""``[theme] base = "themes/brand.toml"``: a theme file the app's theme inherits from.

Streamlit 1.67 takes a TOML file's path (from the working folder) as ``theme.base``: the
file's ``[theme]`` table (with its ``sidebar`` / ``light`` / ``dark`` sub-tables) gives
the options the app's own config leaves unset, and its ``base`` ("light" or "dark",
light when absent) becomes ``theme.base``. A file on the web is not fetched here: a
warning, and the light theme.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rerunqt.tomlfile as tomlfile
from rerunqt.config import OPTIONS, ConfigValue, _coerce_typed, flatten_table
from rerunqt.errors import ConfigError


def is_theme_file(value: str) -> bool:
    """A ``theme.base`` that names a theme file rather than light, dark or system."""
    text = value.strip().lower()
    return text.endswith(".toml") or text.startswith(("http://", "https://"))


def apply_theme_file(values: dict[str, ConfigValue], sources: dict[str, str],
                     script_path: Path | None, cwd: Path) -> None:
    """Fill unset theme options from the file ``theme.base`` names, in place."""
    base = values.get("theme.base")
    if not isinstance(base, str) or not is_theme_file(base):
        return
    where = sources.get("theme.base", "theme.base")
    values["theme.base"] = "light"
    if base.strip().lower().startswith(("http://", "https://")):
        print(f"rerunqt: warning: {where}: theme file {base!r} is on the web, which rerunqt "
              "does not fetch; save it beside the app and name its path. The light theme "
              "is used.", file=sys.stderr)
        return
    path = _find(Path(base.strip()), script_path, cwd)
    if path is None:
        raise ConfigError(f"{where}: theme file not found: {base}")
    try:
        document = tomlfile.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{where}: cannot read theme file {path}: {exc}") from None
    table = document.get("theme")
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: theme file {path} must contain a [theme] section")
    nested = table.get("base", "light")
    if nested not in ("light", "dark"):
        raise ConfigError(f"{path}: the base of a theme file must be 'light' or 'dark', "
                          f"got {nested!r}")
    values["theme.base"] = nested
    for parts, raw in flatten_table(("theme",), table):
        key = ".".join(parts)
        if key == "theme.base":
            continue
        if key not in OPTIONS:
            print(f"rerunqt: warning: {path}: {key!r} is not a theme option; ignored",
                  file=sys.stderr)
            continue
        if sources.get(key, "default") == "default":  # the app's own settings win
            values[key] = _coerce_typed(OPTIONS[key], raw, f"{path} ({key})")
            sources[key] = f"theme file {path}"


def _find(name: Path, script_path: Path | None, cwd: Path) -> Path | None:
    """As Streamlit, from the working folder; then from the script's."""
    places = [name] if name.is_absolute() else [cwd / name] + (
        [(cwd / script_path).parent / name] if script_path is not None else [])
    return next((p for p in places if p.is_file()), None)
