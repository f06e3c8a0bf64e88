"""The viewer of st.pdf: QPdfView over a QPdfDocument, with page navigation and zoom.

Imported only when a page first shows a PDF (it loads Qt PDF). The pages scroll inside
the element's height; the tool bar goes to the previous/next page, shows "Page 1 of 2",
and zooms in, out, or to the width of the view. A rerun with the same document keeps
the page and the zoom.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from rerunqt.core.media_source import MediaSource

ZOOM_STEP = 1.25
_FIT_WIDTH = QPdfView.ZoomMode.FitToWidth
_CUSTOM = QPdfView.ZoomMode.Custom


class PdfViewer(QWidget):
    """A tool bar (pages, zoom) above the scrolling pages."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqPdfViewer")
        self.source: MediaSource | None = None
        self.document = QPdfDocument(self)
        self.buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(_FIT_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.view, 1)
        self.message = QLabel()
        self.message.setObjectName("rqMediaMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.document.pageCountChanged.connect(self._show_page)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _button(self, text: str, name: str, action: Any) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(action)
        return button

    def _toolbar(self) -> QWidget:
        bar = QWidget()
        line = QHBoxLayout(bar)
        line.setContentsMargins(0, 0, 0, 0)
        self.previous = self._button("\u2039", "Previous page", lambda: self.go_to(self.page - 1))
        self.next = self._button("\u203a", "Next page", lambda: self.go_to(self.page + 1))
        self.page_label = QLabel("Page 0 of 0")
        self.page_label.setObjectName("rqPdfPage")
        self.zoom_out = self._button("\u2212", "Zoom out", lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_label = QLabel("Fit width")
        self.zoom_in = self._button("+", "Zoom in", lambda: self.zoom(ZOOM_STEP))
        self.fit = self._button("↔", "Fit to width", self.fit_width)
        for part in (self.previous, self.page_label, self.next):
            line.addWidget(part)
        line.addStretch(1)
        for part in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit):
            line.addWidget(part)
        return bar

    # ----- what the script sets -----
    def set_source(self, source: MediaSource) -> None:
        """Load ``source`` when its content changed (else keep the page and the zoom)."""
        if source == self.source:
            return
        self.source = source
        self.document.close()
        if source.path is not None:
            error = self.document.load(source.path)
        else:
            self.buffer = QBuffer(self)
            self.buffer.setData(QByteArray(source.data or b""))
            self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self.buffer)
            error = self.document.error()
        ok = error == QPdfDocument.Error.None_
        self.message.setText("" if ok else f"Cannot open this PDF: {error.name}")
        self.message.setVisible(not ok)
        self._show_page()

    def set_height(self, height: int | str) -> None:
        if isinstance(height, int):
            self.setFixedHeight(height)
        else:  # "stretch": a tall default; the page column scrolls
            self.setMinimumHeight(500)
            self.setMaximumHeight(16777215)

    # ----- the user -----
    @property
    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != _CUSTOM:  # from fit-width: start at the factor shown
            current = self._shown_factor()
            self.view.setZoomMode(_CUSTOM)
        self.view.setZoomFactor(min(max(current * factor, 0.1), 10.0))
        self._show_zoom()

    def fit_width(self) -> None:
        self.view.setZoomMode(_FIT_WIDTH)
        self._show_zoom()

    def _shown_factor(self) -> float:
        size = self.document.pagePointSize(max(self.page, 0))
        if size.width() <= 0:
            return 1.0
        return max(self.view.viewport().width() - 20, 50) / (size.width() * self.logicalDpiX() / 72)

    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_N):
            self.go_to(self.page + 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_P):
            self.go_to(self.page - 1)
        else:
            super().keyPressEvent(event)

    def _show_page(self, *_: Any) -> None:
        count = self.page_count
        page = self.page + 1 if count else 0
        self.page_label.setText(f"Page {page} of {count}")
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < count - 1)

    def _show_zoom(self, *_: Any) -> None:
        if self.view.zoomMode() == _FIT_WIDTH:
            self.zoom_label.setText("Fit width")
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)}%")
