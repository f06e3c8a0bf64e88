"""Adapters of st.audio, st.video and st.pdf.

This module imports only Qt Widgets: the player and the PDF viewer (Qt Multimedia, Qt
PDF, in PySide6-Addons) are imported when the first one is created, so the adapter
table loads without the add-ons and a missing one becomes a clear error in place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, apply_width
from rerunqt.qt.media_files import load_qt


def _player_class() -> Any:
    load_qt("QtMultimedia", "audio")
    from rerunqt.qt.adapters.media_player import MediaPlayer

    return MediaPlayer


class AudioAdapter(Adapter):
    kind = "audio"
    video = False
    exact_pixels = True  # width=400 is 400 wide (where the column has room), as Streamlit's

    def create(self, element: Element, host: Host) -> QWidget:
        player = _player_class()(self.video)
        self.update(player, element, element, frozenset(n for n, _ in element.props))
        return player

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        props = new.props_dict()
        widget.set_range(props["start_time"], props["end_time"], props["loop"])  # type: ignore[attr-defined]
        if "source" in changed:
            widget.set_source(props["source"], props["start_time"], props["autoplay"])  # type: ignore[attr-defined]
        if "muted" in changed:
            widget.set_muted(props["muted"])  # type: ignore[attr-defined]
        if "subtitles" in changed:
            widget.set_tracks(props["subtitles"])  # type: ignore[attr-defined]
        if "alt" in changed:
            widget.setAccessibleDescription(props["alt"] or "")
        if "width" in changed:
            apply_width(widget, new)

    def probe(self, widget: QWidget) -> QWidget:
        return widget


class VideoAdapter(AudioAdapter):
    kind = "video"
    video = True


class PdfAdapter(Adapter):
    kind = "pdf"

    def create(self, element: Element, host: Host) -> QWidget:
        load_qt("QtPdf", "pdf")
        from rerunqt.qt.adapters.pdf_view import PdfViewer

        viewer = PdfViewer()
        self.update(viewer, element, element, frozenset(n for n, _ in element.props))
        return viewer

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        props = new.props_dict()
        if "height" in changed:
            widget.set_height(props["height"])  # type: ignore[attr-defined]
        if "source" in changed:
            widget.set_source(props["source"])  # type: ignore[attr-defined]
        if "alt" in changed:
            widget.setAccessibleDescription(props["alt"] or "")


MEDIA_ADAPTERS: list[Adapter] = [AudioAdapter(), VideoAdapter(), PdfAdapter()]
