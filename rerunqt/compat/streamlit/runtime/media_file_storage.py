"""``streamlit.runtime.media_file_storage``: the error a missing media file raises, for an
app's ``except MediaFileStorageError``."""

from __future__ import annotations

from rerunqt.errors import MediaFileStorageError

__all__ = ["MediaFileStorageError"]
