"""Live reload: watch the script and its local modules; offer a rerun when one is saved.

Editors that save by writing a new file and renaming it over the old one (vim, many
IDEs) make the watcher drop the path, so each path is added again after every change,
and the folders are watched too, to catch the file coming back.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from rerunqt.core.app_name import is_packaged

DEBOUNCE_MS = 80  # one notice for an editor's several writes of one save


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None  # mid-save: gone for a moment
    return stat.st_mtime_ns, stat.st_size


class SourceWatcher(QObject):
    """Emits ``changed`` with the paths whose contents changed (debounced)."""

    changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._check)
        self.watcher.directoryChanged.connect(self._check_folder)
        self._stamps: dict[str, tuple[int, int] | None] = {}
        self._pending: set[str] = set()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)

    def track(self, paths: list[str]) -> None:
        """Watch ``paths`` too (files already watched are left as they are).

        A packaged app (core/app_name.py) ships fixed sources: live reload is off.
        """
        if is_packaged():
            return
        for path in paths:
            if path in self._stamps:
                continue
            self._stamps[path] = _stamp(path)
            self._add(path)
            folder = os.path.dirname(path)
            if folder not in self.watcher.directories():
                self.watcher.addPath(folder)

    def _add(self, path: str) -> None:
        if path not in self.watcher.files() and os.path.exists(path):
            self.watcher.addPath(path)

    def _check(self, path: str) -> None:
        if path not in self._stamps:
            return
        self._add(path)  # a rename-save dropped it from the watcher
        stamp = _stamp(path)
        if stamp is not None and stamp != self._stamps[path]:
            self._stamps[path] = stamp
            self._pending.add(path)
            self._debounce.start()

    def _check_folder(self, folder: str) -> None:
        for path in list(self._stamps):
            if os.path.dirname(path) == folder:
                self._check(path)

    def _emit(self) -> None:
        paths, self._pending = sorted(self._pending), set()
        if paths:
            self.changed.emit(paths)


class SourceNotice(QFrame):
    """The non-modal bar "Source changed" with Rerun, Always rerun and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rqSourceNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel("Source changed")
        self.label.setObjectName("rqSourceNoticeText")
        self.rerun_button = QPushButton("Rerun")
        self.always_button = QPushButton("Always rerun")
        self.close_button = QToolButton()
        self.close_button.setText("\N{MULTIPLICATION SIGN}")
        self.close_button.setAccessibleName("Dismiss")
        self.close_button.setToolTip("Dismiss (the next rerun still uses the saved source)")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.rerun_button)
        layout.addWidget(self.always_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_for(self, paths: list[str]) -> None:
        names = ", ".join(Path(p).name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        self.label.setText(f"Source changed: {names}")
        self.show()
