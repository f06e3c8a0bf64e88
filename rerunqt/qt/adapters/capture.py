"""Adapters of st.camera_input and st.audio_input: labelled capture fields.

Only Qt Widgets here; the fields (Qt Multimedia) are imported when the first is created.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, LabelledField, apply_common, apply_width
from rerunqt.qt.media_files import load_qt


class CameraInputAdapter(Adapter):
    kind = "camera_input"
    exact_pixels = True

    def _field(self, host: Host, widget_id: str) -> QWidget:
        from rerunqt.qt.adapters.capture_widgets import CameraField

        return CameraField(host, widget_id)

    def create(self, element: Element, host: Host) -> QWidget:
        load_qt("QtMultimedia", self.kind)
        field = LabelledField("", self._field(host, element.key))
        self.update(field, element, element, frozenset(n for n, _ in element.props))
        return field

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, LabelledField)
        apply_common(widget, new, changed)
        capture = widget.field
        props = new.props_dict()
        if "disabled" in changed:
            widget.field.setEnabled(True)  # the status stays readable; the buttons follow
            capture.set_enabled(not props["disabled"])  # type: ignore[attr-defined]
        if "resolution" in changed:
            capture.resolution = props["resolution"]  # type: ignore[attr-defined]
        if "sample_rate" in changed:
            capture.sample_rate = props["sample_rate"]  # type: ignore[attr-defined]
        if "value" in changed:
            capture.show_value(props["value"])  # type: ignore[attr-defined]
        if "width" in changed:
            apply_width(widget, new)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        field = widget.field  # type: ignore[attr-defined]
        return [field.action, field.clear]

    def probe(self, widget: QWidget) -> QWidget:
        return widget.field  # type: ignore[attr-defined]


class AudioInputAdapter(CameraInputAdapter):
    kind = "audio_input"

    def _field(self, host: Host, widget_id: str) -> QWidget:
        from rerunqt.qt.adapters.capture_widgets import MicrophoneField

        return MicrophoneField(host, widget_id)


CAPTURE_ADAPTERS: list[Adapter] = [CameraInputAdapter(), AudioInputAdapter()]
