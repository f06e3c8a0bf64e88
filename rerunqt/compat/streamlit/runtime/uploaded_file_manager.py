"""``streamlit.runtime.uploaded_file_manager``: the type apps annotate uploads with.

``from streamlit.runtime.uploaded_file_manager import UploadedFile`` is common in
published apps' type hints; it is the class ``st.file_uploader`` returns.
"""

from __future__ import annotations

from rerunqt.core.files import UploadedFile

__all__ = ["UploadedFile"]
