"""What a bundle's launcher runs: name the app, then ``rerunqt SCRIPT`` as usual.

The generated launcher (build.py) imports only this module. A crash before the window
opens must never vanish (a desktop double-click has no terminal): it is printed as one
line on stderr and written, with the traceback, to ``logs/`` in the app-data folder.
``RERUNQT_PILOT=steps.json`` drives the window with real clicks (pilot.py); the
packaging test and benchmark use it.
"""

from __future__ import annotations

import io
import os
import sys
import time
import traceback
from pathlib import Path
from typing import TextIO

__all__ = ["bundle_folder", "crash_log", "launch"]


class _Tee(io.TextIOBase):
    """stderr that also keeps what was written, for the crash log."""

    def __init__(self, target: TextIO | None) -> None:
        self.target = target
        self.kept = io.StringIO()

    def write(self, text: str) -> int:
        if self.kept.tell() < 65536:
            self.kept.write(text)
        if self.target is not None:
            self.target.write(text)
        return len(text)

    def flush(self) -> None:
        if self.target is not None:
            self.target.flush()


def bundle_folder() -> Path:
    """Where the bundle's data lies (PyInstaller's ``sys._MEIPASS``)."""
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))


def crash_log(name: str, text: str) -> Path | None:
    """Write ``text`` to ``<app data>/logs/crash-<time>.log``; its path, or None."""
    from rerunqt.core.persist.files import data_root

    folder = data_root() / "logs"
    path = folder / f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path


def _report(name: str, line: str, details: str) -> None:
    log = crash_log(name, f"{name}: {line}\n\n{details}")
    where = f" (details in {log})" if log else ""
    out = sys.__stderr__
    if out is not None:
        print(f"{name}: {line}{where}", file=out, flush=True)


def _after_window(icon: Path | None) -> None:
    """The app's icon (set shortly after the window opens: set_application_icon), and
    once the event loop runs, the pilot if asked."""
    from PySide6.QtCore import QTimer

    from rerunqt.qt.app import ensure_application, set_default_icon

    app = ensure_application()
    if icon is not None and icon.is_file():
        set_default_icon(icon)

    def opened() -> None:
        from rerunqt.qt.window import AppWindow

        windows = [w for w in app.topLevelWidgets() if isinstance(w, AppWindow)]
        pilot = os.environ.get("RERUNQT_PILOT")
        if pilot and windows:
            from rerunqt.package.pilot import Pilot

            Pilot(windows[0], Path(pilot)).start()

    QTimer.singleShot(0, opened)


def launch(name: str, script: str, icon: str | None = None) -> int:
    """Run the bundled ``script`` (relative to the bundle) as the app ``name``."""
    from rerunqt.core.app_name import set_app_name

    set_app_name(name)
    tee = _Tee(sys.stderr)
    sys.stderr = tee
    try:
        from rerunqt.cli import display_missing, main

        path = bundle_folder() / script
        if not display_missing():
            from rerunqt.qt.app import ensure_application

            ensure_application().setApplicationName(name)
            _after_window(bundle_folder() / icon if icon else None)
        code = main([str(path), *sys.argv[1:]])
    except BaseException as exc:  # every crash before the window is reported
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            raise
        sys.stderr = tee.target
        _report(name, f"could not start: {type(exc).__name__}: {exc}", traceback.format_exc())
        return 1
    sys.stderr = tee.target
    if code != 0:
        last = [line for line in tee.kept.getvalue().splitlines() if line.strip()]
        crash_log(name, f"{name}: exited with status {code}\n\n" + "\n".join(last[-50:]))
    return code


