"""File widgets: st.file_uploader (with UploadedFile) and st.download_button.

The front-end value of a file_uploader is a tuple of ``(file_id, name, mime, data)``
tuples (plain values the reconciler compares cheaply: the bytes are shared, never
copied); the script sees ``UploadedFile`` objects, a fresh one each run, positioned at 0.
"""

from __future__ import annotations

import io
import mimetypes
import sys
from collections.abc import Sequence
from typing import Any, Literal

from rerunqt.core import context
from rerunqt.core.kinds import KINDS
from rerunqt.core.registration import LABEL_VISIBILITIES, check_label, register
from rerunqt.core.widget_params import widget_width
from rerunqt.core.widgets import Args, Callback, Kwargs, field_props
from rerunqt.errors import RerunQtAPIError

FILE_UPLOADER = KINDS["file_uploader"]

MEGABYTE = 1024 * 1024
# extensions that name the same kind of file: allowing one allows the other (as Streamlit)
TYPE_PAIRS = ((".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"),
              (".htm", ".html"))

Entry = tuple[str, str, str, bytes]  # (file_id, name, mime, data): one file on the front end


def guess_mime(name: str) -> str:
    """The MIME type of a file name, as a browser would report it."""
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"


class UploadedFile(io.BytesIO):
    """A file the user chose: a BytesIO of its contents plus ``name``, ``type``, ``size``.

    Two UploadedFiles are equal when they are the same upload (same ``file_id``, name and
    size), so re-reporting an unchanged selection is not a change. Copies (each run's
    return value) and unpickled copies start at position 0 and share the bytes.
    """

    def __init__(self, name: str, data: bytes, type: str | None = None,
                 file_id: str | None = None) -> None:
        if not isinstance(data, bytes):
            data = bytes(data)
        super().__init__(data)
        self.name = name
        self.type = type or guess_mime(name)
        self.size = len(data)
        if not file_id:
            import uuid  # with the first upload: uuid imports platform at start-up otherwise

            file_id = uuid.uuid4().hex
        self.file_id = file_id
        self._data = data

    def entry(self) -> Entry:
        """This file as the front end holds it."""
        return (self.file_id, self.name, self.type, self._data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return (self.file_id == other.file_id and self.name == other.name
                and self.size == other.size)

    def __hash__(self) -> int:
        return hash((self.file_id, self.name, self.size))

    def __repr__(self) -> str:
        return (f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, "
                f"type={self.type!r}, size={self.size})")

    def __copy__(self) -> UploadedFile:
        return UploadedFile(self.name, self._data, self.type, self.file_id)

    def __deepcopy__(self, memo: dict[int, Any]) -> UploadedFile:
        return UploadedFile(self.name, self._data, self.type, self.file_id)

    def __reduce__(self) -> tuple[Any, ...]:
        return (UploadedFile, (self.name, self._data, self.type, self.file_id))


def normalize_types(type: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """``"CSV"``/``[".csv", "txt"]`` -> ``(".csv", ".txt")``, lower case, jpg with jpeg."""
    if type is None:
        return None
    if isinstance(type, str):
        items: list[Any] = [type]
    else:
        try:
            items = list(type)
        except TypeError:
            raise RerunQtAPIError(
                f"file_uploader type={type!r} must be a file extension such as 'csv', a list "
                f"of them, or None for any file."
            ) from None
    out: list[str] = []
    for item in items:
        if not isinstance(item, str) or not item.strip().strip("."):
            raise RerunQtAPIError(
                f"file_uploader type contains {item!r}; each type must be a file extension "
                f"such as 'csv' or '.png'."
            )
        ext = item.strip().lower()
        ext = ext if ext.startswith(".") else f".{ext}"
        if ext not in out:
            out.append(ext)
    if not out:
        return None  # an empty list allows any file, as in Streamlit
    for one, other in TYPE_PAIRS:
        if one in out and other not in out:
            out.append(other)
        elif other in out and one not in out:
            out.append(one)
    return tuple(out)


def human_size(size: float, decimals: int = 1) -> str:
    """A size as Streamlit's front end writes it: ``73`` -> ``"73.0B"``, ``1536`` ->
    ``"1.5KB"``; past half of the next unit it moves up, by 1000 (1024 on Windows, as
    Streamlit's browser code decides)."""
    base = 1024 if sys.platform == "win32" else 1000
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value <= base / 2:
            return f"{value:.{decimals}f}{unit}"
        value /= base
    return f"{value:.{decimals}f}GB"


def types_text(types: tuple[str, ...] | None) -> str:
    """``(".csv", ".txt")`` -> ``"CSV, TXT"``."""
    return ", ".join(t.lstrip(".").upper() for t in types or ())


def limit_text(limit: int, decimals: int = 0) -> str:
    """The limit's megabytes in Streamlit's words: 200 MB -> ``"200MB"``, 1000 -> ``"1GB"``."""
    base = 1024 if sys.platform == "win32" else 1000
    return human_size(limit / MEGABYTE * base * base, decimals)


def file_problem(name: str, size: int, types: tuple[str, ...] | None, limit: int) -> str | None:
    """Why the front end must refuse this file, or None when it is accepted."""
    if types is not None and not name.lower().endswith(types):
        return f"{name}: this file type is not allowed; allowed: {types_text(types)}."
    if size > limit:
        return f"{name}: file must be {limit_text(limit, 1)} or smaller."  # Streamlit's words
    return None


class FileSpec:
    """The checked parameters of one file_uploader: its coercion and conversions.

    Built once per distinct (types, multiple, limit) and cached (``file_spec``).
    """

    __slots__ = ("caption", "limit", "multiple", "props", "types")

    def __init__(self, types: tuple[str, ...] | None, multiple: bool | str, limit: int) -> None:
        # multiple "directory": a list, and Browse picks a folder (Streamlit 1.67)
        self.types, self.multiple, self.limit = types, bool(multiple), limit
        shown = types_text(types)
        self.caption = f"Limit {limit_text(limit)} per file" + (f" • {shown}" if shown else "")
        self.props = (("type", types), ("accept_multiple_files", multiple),
                      ("max_upload_size", limit))

    def fits(self, f: UploadedFile) -> bool:
        return file_problem(f.name, f.size, self.types, self.limit) is None

    def default(self) -> Any:
        return [] if self.multiple else None

    def coerce(self, v: Any) -> Any:
        """Decision 5 for a value of an older definition: drop the files that no longer fit."""
        if self.multiple:
            if v.__class__ is list and all(isinstance(f, UploadedFile) and self.fits(f) for f in v):
                return v
            if v is None:
                return []
            if isinstance(v, UploadedFile):
                return [v] if self.fits(v) else []
            if isinstance(v, (list, tuple)) and all(isinstance(f, UploadedFile) for f in v):
                return [f for f in v if self.fits(f)]
            raise TypeError(f"expected a list of UploadedFile, got {type(v).__name__}")
        if v is None:
            return None
        if isinstance(v, UploadedFile):
            return v if self.fits(v) else None
        if isinstance(v, (list, tuple)) and all(isinstance(f, UploadedFile) for f in v):
            return next((f for f in v if self.fits(f)), None)
        raise TypeError(f"expected an UploadedFile or None, got {type(v).__name__}")

    def from_ui(self, front: Any) -> Any:
        """Front-end entries -> UploadedFile(s); a value that does not fit raises (ignored)."""
        files = []
        for file_id, name, mime, data in front:
            if not isinstance(data, bytes) or not isinstance(name, str):
                raise TypeError("a file entry is (file_id, name, mime, bytes)")
            problem = file_problem(name, len(data), self.types, self.limit)
            if problem is not None:
                raise ValueError(problem)
            files.append(UploadedFile(name, data, mime, file_id))
        if self.multiple:
            return files
        if len(files) > 1:
            raise ValueError("this file_uploader accepts one file")
        return files[0] if files else None

    def to_ui(self, value: Any) -> tuple[Entry, ...]:
        """UploadedFile(s), ``(name, bytes)`` pairs, or None -> front-end entries (checked)."""
        files = as_files(value)
        if not self.multiple and len(files) > 1:
            raise ValueError(
                f"this file_uploader accepts one file (accept_multiple_files=False), got {len(files)}"
            )
        for f in files:
            problem = file_problem(f.name, f.size, self.types, self.limit)
            if problem is not None:
                raise ValueError(problem)
        return tuple(f.entry() for f in files)

    def front(self, current: Any) -> tuple[Entry, ...]:
        """The ``value`` prop of a current (already fitted) value, without re-checking it."""
        if current is None:
            return ()
        if isinstance(current, UploadedFile):
            return (current.entry(),)
        return tuple(f.entry() for f in current)


def as_files(value: Any) -> list[UploadedFile]:
    """None / UploadedFile / ``(name, data)`` pair / a list of those -> UploadedFiles.

    ``(name, data, mime)`` is taken too: Streamlit's AppTest ``set_value`` uses it."""
    if value is None:
        return []
    if isinstance(value, UploadedFile) or _is_pair(value):
        return [_as_file(value)]
    if isinstance(value, (list, tuple)):
        return [_as_file(item) for item in value]
    raise TypeError(
        f"expected UploadedFile objects or (name, bytes) pairs, got {type(value).__name__}"
    )


def _is_pair(value: Any) -> bool:
    return (isinstance(value, tuple) and len(value) in (2, 3) and isinstance(value[0], str)
            and isinstance(value[1], (bytes, bytearray, memoryview, str))
            and (len(value) == 2 or value[2] is None or isinstance(value[2], str)))


def _as_file(item: Any) -> UploadedFile:
    if isinstance(item, UploadedFile):
        return item
    if _is_pair(item):
        name, data, mime = item if len(item) == 3 else (*item, None)
        return UploadedFile(name, data.encode("utf-8") if isinstance(data, str) else bytes(data),
                            mime)
    raise TypeError(
        f"expected an UploadedFile or a (name, bytes[, mime]) tuple, got "
        f"{type(item).__name__} {item!r}"
    )


def file_spec(type: Any, multiple: bool | str, limit: int) -> FileSpec:
    """``FileSpec`` memoised on the arguments (a script draws the same uploader every run)."""
    try:
        cache_key: Any = (type if type is None or type.__class__ is str else tuple(type),
                          multiple, limit)
        return _FILE_SPECS[cache_key]
    except KeyError:
        pass
    except TypeError:
        cache_key = None
    spec = FileSpec(normalize_types(type), multiple, limit)
    if cache_key is not None:
        if len(_FILE_SPECS) > 1024:
            _FILE_SPECS.clear()
        _FILE_SPECS[cache_key] = spec
    return spec


_FILE_SPECS: dict[Any, FileSpec] = {}


def file_uploader(
    label: str,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: bool | Literal["directory"] = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    max_upload_size: int | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: int | str = "stretch",
) -> Any:
    """A file picker (drop zone + Browse): an UploadedFile or None; a list when multiple.

    ``max_upload_size`` (megabytes) overrides the ``server.maxUploadSize`` option.
    """
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("file_uploader", label, label_visibility)
    if accept_multiple_files is None:  # Streamlit 1.67 takes it as False
        accept_multiple_files = False
    if accept_multiple_files.__class__ is not bool and accept_multiple_files != "directory":
        raise RerunQtAPIError(
            f"file_uploader accept_multiple_files={accept_multiple_files!r} must be True, False "
            f"or 'directory'."
        )
    ctx = context.current_or_none() or context.current()
    if max_upload_size is None:
        megabytes = ctx.option("server.maxUploadSize", 200)
    elif isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int) or (
            max_upload_size < 1):
        raise RerunQtAPIError(
            f"st.file_uploader max_upload_size={max_upload_size!r} must be a positive int of "
            f"megabytes or None (None uses the server.maxUploadSize option).")
    else:
        megabytes = max_upload_size
    spec = file_spec(type, accept_multiple_files, max(int(megabytes), 0) * MEGABYTE)
    ctx, wid, current, _ = register(
        FILE_UPLOADER, label, key, (label, spec.types, accept_multiple_files, spec.limit, help),
        spec.default(), spec.coerce, on_change, "on_change", args, kwargs, disabled,
        from_ui=spec.from_ui, to_ui=spec.to_ui,
    )
    ctx.add_widget(
        "file_uploader",
        wid,
        field_props(label, spec.front(current), disabled, help, label_visibility, False)
        + spec.props + widget_width("file_uploader", width),
    )
    return current

__all__ = ["UploadedFile", "file_uploader"]
