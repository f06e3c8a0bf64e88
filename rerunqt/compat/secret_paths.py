"""Where secrets files are searched: in their own module, so a run can ask whether any
exists without loading ``rerunqt.compat.secrets`` (most apps have none)."""

from __future__ import annotations

from pathlib import Path


def secret_files(script_dir: Path | None, cwd: Path, home: Path | None) -> tuple[Path, ...]:
    """Every place searched, lowest priority first, each folder once."""
    folders = [home, cwd, script_dir]
    out: list[Path] = []
    for kind in (".streamlit", ".rerunqt"):
        for folder in folders:
            if folder is not None and (path := folder / kind / "secrets.toml") not in out:
                out.append(path)
    return tuple(out)


def existing_secret_files(script_dir: Path) -> tuple[Path, ...]:
    """The secrets files searched for ``script_dir``'s script, if at least one exists; else ()."""
    try:
        home: Path | None = Path.home()
    except (RuntimeError, KeyError):
        home = None
    files = secret_files(script_dir, Path.cwd(), home)
    return files if any(path.is_file() for path in files) else ()
