"""st.file_uploader (a drop zone, a Browse button, the chosen files) and st.download_button.

Files are read on the GUI thread when the user picks or drops them; a file of a type
that is not allowed, or over ``server.maxUploadSize``, is refused with a message in the
widget and sends nothing. The dialogs open through the module functions
``ask_open_paths``/``ask_save_path``/``show_error`` so tests can replace them.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.downloads import DeferredData, resolve
from rerunqt.core.element import Element
from rerunqt.core.files import Entry, file_problem, guess_mime, human_size, limit_text, types_text
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, WrapLabel, apply_common
from rerunqt.qt.adapters.button import ButtonAdapter
from rerunqt.qt.adapters.elide import OneLinePushButton
from rerunqt.runner.requests import WidgetEvent


def ask_open_paths(parent: QWidget, filters: str, multiple: bool) -> list[str]:
    """The native open dialog: the chosen paths, or [] when cancelled."""
    if multiple:
        paths, _ = QFileDialog.getOpenFileNames(parent, "Choose files", "", filters)
        return list(paths)
    path, _ = QFileDialog.getOpenFileName(parent, "Choose a file", "", filters)
    return [path] if path else []


def ask_folder_files(parent: QWidget, types: tuple[str, ...] | None) -> list[str]:
    """A folder from the native dialog: the files in it and its subfolders (of ``types``
    when given), sorted; [] when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, "Choose a folder")
    if not folder:
        return []
    found = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            if types is None or name.lower().endswith(types):
                found.append(os.path.join(root, name))
    return found


def ask_save_path(parent: QWidget, suggested_name: str, mime: str) -> str | None:
    """The native save dialog, in the Downloads folder: the chosen path, or None."""
    folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
              or os.path.expanduser("~"))
    ext = os.path.splitext(suggested_name)[1]
    filters = f"{mime} (*{ext});;All files (*)" if ext else "All files (*)"
    path, _ = QFileDialog.getSaveFileName(parent, "Save file", os.path.join(folder, suggested_name),
                                          filters)
    return path or None


def show_error(parent: QWidget, title: str, message: str) -> None:
    """Tell the user something went wrong (a modal message box)."""
    QMessageBox.warning(parent, title, message)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _DropZone(QFrame):
    """The framed area local files can be dropped on; highlighted while dragged over."""

    def __init__(self, owner: _Uploader) -> None:
        super().__init__()
        self.owner = owner
        self.setObjectName("rqDropZone")
        self.setProperty("dragging", False)
        self.setAcceptDrops(True)

    def _set_dragging(self, dragging: bool) -> None:
        if self.property("dragging") != dragging:
            self.setProperty("dragging", dragging)
            _repolish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.isEnabled() and mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()
            self._set_dragging(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_dragging(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_dragging(False)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths or not self.isEnabled():
            event.ignore()
            return
        event.acceptProposedAction()
        self.owner.add_paths(paths)


class _FileRow(QWidget):
    """One chosen file: its name, its size and a remove button (a cross)."""

    def __init__(self, owner: _Uploader, entry: Entry) -> None:
        super().__init__()
        self.setObjectName("rqFileRow")
        self.file_id = entry[0]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 0, 2)
        layout.setSpacing(8)
        self.name_label = QLabel(entry[1])
        self.name_label.setObjectName("rqFileName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.size_label = QLabel(human_size(len(entry[3])))
        self.size_label.setObjectName("rqFileSize")
        self.remove = QToolButton()
        self.remove.setObjectName("rqFileRemove")
        self.remove.setText("\u00d7")  # a multiplication sign: the cross
        self.remove.setAccessibleName(f"Remove {entry[1]}")
        self.remove.setToolTip(f"Remove {entry[1]}")
        self.remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remove.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove.clicked.connect(lambda: owner.remove_file(self.file_id))
        layout.addWidget(self.name_label)
        layout.addWidget(self.size_label)
        layout.addStretch(1)
        layout.addWidget(self.remove)


class _Uploader(QWidget):
    """The drop zone, the refusal message and the list of chosen files."""

    def __init__(self, host: Host, widget_id: str) -> None:
        super().__init__()
        self.setObjectName("rqFileUploader")
        self.host = host
        self.widget_id = widget_id
        self.types: tuple[str, ...] | None = None
        self.multiple = False
        self.directory = False  # accept_multiple_files="directory": Browse picks a folder
        self.limit = 0
        self.current: tuple[Entry, ...] = ()  # the newest value: shown, or sent and not yet run
        self.rows: list[_FileRow] = []

        self.zone = _DropZone(self)
        # Wrapped, so a narrow window squeezes the zone instead of scrolling sideways.
        self.title = WrapLabel()
        self.title.set_text("Drag and drop file here")
        self.title.setObjectName("rqDropTitle")
        self.caption = WrapLabel()
        self.caption.setObjectName("rqDropCaption")
        self.browse = QPushButton("Browse files")
        self.browse.setObjectName("rqButton")
        self.browse.setProperty("kind", "secondary")
        self.browse.clicked.connect(self.browse_files)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.caption)
        zone_layout = QHBoxLayout(self.zone)
        zone_layout.setContentsMargins(16, 14, 16, 14)
        zone_layout.setSpacing(12)
        zone_layout.addLayout(texts, 1)
        zone_layout.addWidget(self.browse, 0, Qt.AlignmentFlag.AlignVCenter)

        self.error = WrapLabel()
        self.error.setObjectName("rqFileError")
        self.error.hide()
        self.list = QWidget()
        self.list.setObjectName("rqFileList")
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(0)
        self.list.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.zone)
        layout.addWidget(self.error)
        layout.addWidget(self.list)

    # ----- user actions -----
    def filters(self) -> str:
        if not self.types:
            return "All files (*)"
        patterns = " ".join(f"*{t}" for t in self.types)
        return f"{types_text(self.types)} files ({patterns})"

    def browse_files(self) -> None:
        if self.directory:
            paths = ask_folder_files(self, self.types)
        else:
            paths = ask_open_paths(self, self.filters(), self.multiple)
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        """Read the files at ``paths``; send the accepted ones, show why others were refused."""
        problems: list[str] = []
        accepted: list[Entry] = []
        if not self.multiple and len(paths) > 1:
            problems.append(f"Only one file can be uploaded here; {len(paths)} were dropped.")
            paths = []
        for path in paths:
            name = os.path.basename(path) or path
            if os.path.isdir(path):
                problems.append(f"{name} is a folder; choose files.")
                continue
            data = b""
            try:
                size = os.path.getsize(path)
                problem = file_problem(name, size, self.types, self.limit)
                if problem is None:
                    data = Path(path).read_bytes()
                    problem = file_problem(name, len(data), self.types, self.limit)
            except OSError as exc:
                problem = f"{name} could not be read: {exc.strerror or exc}."
            if problem is not None:
                problems.append(problem)
                continue
            accepted.append((uuid.uuid4().hex, name, guess_mime(name), data))
        self.show_problems(problems)
        if accepted:
            self.send(self.current + tuple(accepted) if self.multiple else (accepted[0],))

    def remove_file(self, file_id: str) -> None:
        self.show_problems([])
        kept = tuple(e for e in self.current if e[0] != file_id)
        if kept != self.current:
            self.send(kept)

    def send(self, value: tuple[Entry, ...]) -> None:
        self.current = value
        self.host.emit(WidgetEvent(self.widget_id, value))

    # ----- display -----
    def show_problems(self, problems: list[str]) -> None:
        if problems:
            self.error.set_text("\n".join(problems))
            self.error.show()
        elif not self.error.isHidden():
            self.error.hide()

    def set_options(self, types: tuple[str, ...] | None, multiple: bool | str, limit: int) -> None:
        self.types, self.multiple, self.limit = types, bool(multiple), limit
        self.directory = multiple == "directory"
        self.title.set_text("Drag and drop files here" if multiple else "Drag and drop file here")
        shown = types_text(types)
        self.caption.set_text(f"Limit {limit_text(limit)} per file" + (f" • {shown}" if shown else ""))

    def show_entries(self, entries: tuple[Entry, ...]) -> None:
        self.current = entries
        if [e[0] for e in entries] == [row.file_id for row in self.rows]:
            return
        focused = any(row.remove.hasFocus() for row in self.rows)
        for row in self.rows:
            self.list_layout.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        self.rows = [_FileRow(self, entry) for entry in entries]
        for row in self.rows:
            self.list_layout.addWidget(row)
        self.list.setVisible(bool(self.rows))
        chain = [self.browse, *(row.remove for row in self.rows)]
        for first, second in zip(chain, chain[1:]):  # Tab: Browse, then each remove button
            QWidget.setTabOrder(first, second)
        if focused:  # the removed file's button had focus: keep focus in the widget
            (self.rows[-1].remove if self.rows else self.browse).setFocus()


class FileUploaderAdapter(Adapter):
    kind = "file_uploader"
    exact_pixels = True

    def create(self, element: Element, host: Host) -> QWidget:
        uploader = _Uploader(host, element.key)
        field = LabelledField("", uploader)
        self.update(field, element, element, frozenset(n for n, _ in element.props))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        uploader = widget.field
        assert isinstance(uploader, _Uploader)
        apply_common(widget, new, changed)
        props = new.props_dict()
        if changed & {"type", "accept_multiple_files", "max_upload_size"}:
            uploader.set_options(props["type"], props["accept_multiple_files"],
                                 props["max_upload_size"])
        if "label" in changed:
            uploader.browse.setAccessibleName(f"Browse files for {props['label']}")
        if "value" in changed:  # not otherwise: a value sent and not yet run stays current
            uploader.show_entries(props["value"])

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        uploader = widget.field  # type: ignore[attr-defined]
        return [uploader.browse, *(row.remove for row in uploader.rows)]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


class _DownloadButton(OneLinePushButton):
    """A push button that carries what it saves."""

    data: bytes | DeferredData = b""
    file_name = "download"
    mime = "application/octet-stream"
    reruns = True  # False: on_click="ignore", the save alone


class DownloadButtonAdapter(ButtonAdapter):
    """Looks like st.button; a click asks where to save, writes the file, then reruns."""

    kind = "download_button"

    def create(self, element: Element, host: Host) -> QWidget:
        button = _DownloadButton()
        button.setObjectName("rqButton")
        button.setProperty("kind", element.prop("type"))  # before the first polish (button.py)
        widget_id = element.key

        def download() -> None:
            path = ask_save_path(button, button.file_name, button.mime)
            if not path:
                return  # cancelled: nothing written, no click
            try:
                payload = resolve(button.data)
            except Exception as exc:  # the app's data function failed: say so, keep the app
                show_error(button, "Download failed",
                           f"Making {button.file_name!r} failed: {type(exc).__name__}: {exc}")
                return
            try:
                Path(path).write_bytes(payload)
            except OSError as exc:
                show_error(button, "Download failed",
                           f"Could not save {button.file_name!r} to {path}: {exc.strerror or exc}.")
                return
            if button.reruns:
                host.emit(WidgetEvent(widget_id, True, click=True))

        button.clicked.connect(download)
        self.update(button, element, element, frozenset(n for n, _ in element.props))
        return button

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        super().update(widget, old, new, changed)
        assert isinstance(widget, _DownloadButton)
        if changed & {"data", "file_name", "mime", "reruns"}:
            props: dict[str, Any] = new.props_dict()
            widget.data = props["data"]
            widget.file_name = props["file_name"]
            widget.mime = props["mime"]
            widget.reruns = props.get("reruns", True)


FILES_ADAPTERS: list[Adapter] = [FileUploaderAdapter(), DownloadButtonAdapter()]
