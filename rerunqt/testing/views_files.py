"""AppTest views of file_uploader and download_button.

``at.file_uploader[0].upload("a.csv", b"1,2")`` adds a file as a user choosing it
would (in a single-file uploader it replaces the file); ``set_value`` takes
UploadedFile objects or ``(name, bytes)`` pairs (or a list of them); ``clear()``
removes every file. ``at.download_button[0].click()`` clicks the button.
"""

from __future__ import annotations

import copy
from typing import Any

from rerunqt.core.files import MEGABYTE, FileSpec, UploadedFile, as_files, file_spec
from rerunqt.testing.elements import ElementView, Widget
from rerunqt.testing.errors import InvalidAction
from rerunqt.testing.views_inputs import Button


class FileUploader(Widget):
    """A file_uploader; ``value`` is an UploadedFile or None (a list when multiple)."""

    def _spec(self) -> FileSpec:
        props = self._element.props_dict()
        return file_spec(props["type"], props["accept_multiple_files"], props["max_upload_size"])

    @property
    def types(self) -> tuple[str, ...] | None:
        """The allowed extensions (``(".csv", ".txt")``), None for any; ``type`` is the kind."""
        return self._element.prop("type")

    @property
    def multiple(self) -> bool:
        return bool(self._element.prop("accept_multiple_files"))

    @property
    def accept_multiple_files(self) -> bool:
        """True for several files or a directory, as Streamlit's AppTest reads it."""
        return self.multiple

    @property
    def multiple_files(self) -> bool:
        """Streamlit's AppTest (protobuf) name of ``accept_multiple_files``."""
        return self.multiple

    @property
    def max_upload_size_mb(self) -> int:
        """The size limit of one file in megabytes (Streamlit's AppTest name)."""
        return int(self._element.prop("max_upload_size")) // MEGABYTE

    @property
    def accept_directory(self) -> bool:
        return self._element.prop("accept_multiple_files") == "directory"

    @property
    def allowed_type(self) -> list[str]:
        """The allowed extensions as a list ([".csv"]), [] for any (Streamlit's name)."""
        return list(self._element.prop("type") or ())

    @property
    def value(self) -> Any:
        """The files as the script gets them: fresh objects, positioned at 0."""
        value = super().value
        if isinstance(value, tuple):  # never run with this widget: its front-end value
            value = self._spec().from_ui(value)
        return copy.deepcopy(value)

    def set_value(self, value: Any) -> FileUploader:
        """Choose exactly these files: UploadedFiles, ``(name, bytes)`` pairs or Streamlit's
        ``(name, bytes, mime)`` tuples (one, or a list); None for none."""
        spec = self._spec()
        try:
            files = as_files(value)
            spec.to_ui(files)
        except (TypeError, ValueError) as exc:
            raise InvalidAction(
                f"{value!r} is not a valid value for the file_uploader {self.label!r}: {exc}"
            ) from None
        self._app._set_value(self.id, files if spec.multiple else (files[0] if files else None))
        return self

    def upload(self, name: str, data: bytes | str, mime: str | None = None) -> FileUploader:
        """Add a file named ``name`` (replaces the file of a single-file uploader)."""
        new = UploadedFile(name, data.encode("utf-8") if isinstance(data, str) else data, mime)
        if not self.multiple:
            return self.set_value(new)
        return self.set_value([*(self.value or []), new])

    def remove(self, name: str) -> FileUploader:
        """Remove the file(s) called ``name``, as its remove button does."""
        kept = [f for f in as_files(self.value) if f.name != name]
        return self.set_value(kept)

    def clear(self) -> FileUploader:
        return self.set_value(None)


class DownloadButton(Button):
    """A download_button: ``click()``; ``value`` True for the run after a click.

    ``data`` (bytes), ``file_name`` and ``mime`` read the button's properties.
    """

    def click(self) -> DownloadButton:
        super().click()
        return self

    @property
    def data(self) -> bytes:
        """What a click saves (``data=`` given as a function is called now)."""
        from rerunqt.core.downloads import resolve

        return resolve(self._element.prop("data"))

    @property
    def url(self) -> str:
        """Streamlit's ``/mock/media/<id>.<ext>`` of the data; "" for ``data=`` given as a
        function, which Streamlit serves only once clicked."""
        from rerunqt.core.downloads import DeferredData, MadeUpName
        from rerunqt.testing.media_urls import served_url

        data = self._element.prop("data")
        if isinstance(data, DeferredData):
            return ""
        name = self._element.prop("file_name")
        return served_url(data, self._element.prop("mime"),
                          None if isinstance(name, MadeUpName) else name)


VIEWS: dict[str, type[ElementView]] = {
    "file_uploader": FileUploader,
    "download_button": DownloadButton,
}
