"""Images as st.image takes them, read into encoded bytes or a uint8 pixel array (Qt-free).

File paths, bytes and file-like objects stay encoded (Qt decodes PNG, JPEG, GIF, BMP...);
numpy arrays and PIL images become pixels, with Streamlit's rules for ``clamp`` and
``channels``. A ``data:`` URL is decoded; a web address (http, https) is kept as ``url``,
not fetched: the window shows the address with an "Open in browser" button and the script
runs on. Equality is a cheap fingerprint, so an unchanged image is not redrawn.
"""

from __future__ import annotations

import io
import os
import re
import struct
import zlib
from typing import Any

import numpy as np

from rerunqt.core.chart_data import fingerprint
from rerunqt.core.streams import read_from_start
from rerunqt.errors import MediaFileStorageError, RerunQtAPIError


class ImageData:
    """One image: ``encoded`` file bytes, ``pixels`` (H x W, or H x W x 3/4 RGB(A) uint8), or
    the ``url`` of a web image (not fetched)."""

    __slots__ = ("_key", "data_url", "encoded", "pixels", "size", "url")

    def __init__(self, encoded: bytes | None = None, pixels: np.ndarray | None = None,
                 url: str | None = None) -> None:
        self.encoded = encoded
        self.pixels = pixels
        self.url = url
        self.data_url: str | None = None  # the data: URL the picture was given as
        if url is not None:
            self.size: tuple[int, int] | None = None
            self._key: tuple[Any, ...] = ("url", url)
        elif pixels is not None:
            self.size = (int(pixels.shape[1]), int(pixels.shape[0]))
            self._key = ("pixels", fingerprint(pixels))
        else:
            data = encoded or b""
            self.size = encoded_size(data)
            self._key = ("encoded", len(data), zlib.crc32(data))

    @property
    def width(self) -> int | None:
        return self.size[0] if self.size else None

    @property
    def height(self) -> int | None:
        return self.size[1] if self.size else None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImageData):
            return NotImplemented
        return self is other or self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        if self.url is not None:
            return f"ImageData(url={self.url!r})"
        return f"ImageData(size={self.size}, {'pixels' if self.pixels is not None else 'encoded'})"


def encoded_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG, GIF or JPEG header; None for other formats."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    if data[:2] == b"\xff\xd8":
        at = 2
        while at + 9 < len(data):
            if data[at] != 0xFF:
                return None
            marker = data[at + 1]
            length = struct.unpack(">H", data[at + 2:at + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[at + 5:at + 9])
                return int(width), int(height)
            at += 2 + length
    return None


def _pixels(array: np.ndarray, clamp: bool, channels: str) -> np.ndarray:
    """Streamlit's rules: floats in [0, 1], ints in [0, 255], else an error unless clamp."""
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if not (array.ndim == 2 or (array.ndim == 3 and array.shape[2] in (3, 4))):
        raise RerunQtAPIError(
            f"image array has shape {array.shape}; st.image takes H x W (grey), H x W x 3 (RGB) "
            f"or H x W x 4 (RGBA) arrays."
        )
    if array.dtype.kind == "f":
        if clamp:
            array = np.clip(array, 0.0, 1.0)
        elif array.size and (np.nanmin(array) < 0.0 or np.nanmax(array) > 1.0):
            raise RerunQtAPIError(
                "image data is outside [0.0, 1.0] and clamp is not set; scale float images to "
                "[0, 1] or pass clamp=True."
            )
        array = np.nan_to_num(array) * 255
    elif array.dtype.kind in "iub":
        if array.dtype != np.uint8:
            if clamp:
                array = np.clip(array, 0, 255)
            elif array.size and (array.min() < 0 or array.max() > 255):
                raise RerunQtAPIError(
                    "image data is outside [0, 255] and clamp is not set; pass uint8 data or "
                    "clamp=True."
                )
    else:
        raise RerunQtAPIError(f"image array of dtype {array.dtype} is not an image; use uint8 or float.")
    if channels == "BGR" and array.ndim != 3:  # as Streamlit: a grey picture has no order
        raise RerunQtAPIError('When using `channels="BGR"`, the input image should have exactly '
                              "3 color channels")
    if channels == "BGR":
        order = [2, 1, 0, 3][: array.shape[2]]
        array = array[:, :, order]
    return np.ascontiguousarray(array, dtype=np.uint8)


def read_image(image: Any, clamp: bool = False, channels: str = "RGB") -> ImageData:
    """One image as ImageData; a clear error for what cannot be shown."""
    if isinstance(image, ImageData):
        return image
    if isinstance(image, (bytes, bytearray, memoryview)):
        return _from_bytes(bytes(image))
    if isinstance(image, np.ndarray):
        return ImageData(pixels=_pixels(image, clamp, channels))
    if isinstance(image, str) and image.startswith(("http://", "https://")):
        return ImageData(url=image.strip())
    if isinstance(image, str) and image.startswith("data:"):  # decoded to be drawn, and
        picture = _from_bytes(_data_url(image), image[:40])  # listed by AppTest as given,
        picture.data_url = image  # as Streamlit serves it
        return picture
    if isinstance(image, (str, os.PathLike)):
        return _from_bytes(_read_file(image), os.fspath(image))
    if type(image).__module__.startswith("PIL"):
        mode = "RGBA" if "A" in image.mode or image.mode == "P" else "RGB"
        return ImageData(pixels=np.ascontiguousarray(np.asarray(image.convert(mode))))
    if hasattr(image, "read"):
        return _from_bytes(bytes(read_from_start(image, rewind_after=True)))
    raise RerunQtAPIError(
        f"image of type {type(image).__name__} cannot be shown; pass a file path, bytes, a "
        f"numpy array, a PIL image, or a list of those."
    )


def _data_url(text: str) -> bytes:
    """The bytes of a ``data:[<type>][;base64],<data>`` URL (no network: they are in it)."""
    import base64
    from urllib.parse import unquote_to_bytes

    head, comma, body = text.partition(",")
    try:
        if not comma:
            raise ValueError("no comma")
        return base64.b64decode(body) if head.endswith(";base64") else unquote_to_bytes(body)
    except ValueError:
        raise RerunQtAPIError(f"image={text[:80]!r} is not a valid data: URL.") from None


_SIGNATURES = (b"\x89PNG", b"\xff\xd8", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")


def _from_bytes(data: bytes, where: str | None = None) -> ImageData:
    """Encoded bytes Qt reads kept as they are; another format Pillow opens (an icon, PPM,
    TGA, PSD...) becomes pixels, as Streamlit shows whatever Pillow reads."""
    try:
        return ImageData(encoded=_checked(data, where))
    except RerunQtAPIError:
        try:
            from PIL import Image

            with Image.open(io.BytesIO(data)) as picture:
                mode = "RGBA" if "A" in picture.getbands() or picture.mode == "P" else "RGB"
                return ImageData(pixels=np.ascontiguousarray(np.asarray(picture.convert(mode))))
        except Exception:  # no Pillow, or not an image it reads: the error names the bytes
            pass
        raise


def _checked(data: bytes, where: str | None = None) -> bytes:
    """Encoded bytes that start like an image format Qt reads; else an error saying so."""
    if data.startswith(_SIGNATURES) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP") \
            or is_svg(data.lstrip()[:256]):
        return data
    what = f"the file {where!r}" if where else f"the {len(data)} bytes given"
    raise RerunQtAPIError(
        f"st.image: {what} are not a PNG, JPEG, GIF, BMP, TIFF, WebP or SVG image (they start with "
        f"{data[:8]!r}). Pass an image file, or a numpy array of pixels."
    )


def is_svg(head: bytes) -> bool:
    """SVG markup (Qt draws it): ``<svg ...`` or an XML declaration before it."""
    return head.startswith(b"<svg") or (head.startswith((b"<?xml", b"<!--", b"<!DOCTYPE svg"))
                                        and b"<svg" in head)


# Streamlit 1.67's test for SVG text: at most one white-space character before "<svg " (or
# before an XML declaration); indented markup is taken for a file name ("Error opening").
_STREAMLIT_SVG = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")


def _read_file(path: str | os.PathLike[str]) -> bytes:
    text = os.fspath(path)
    if text.startswith("data:"):
        return _data_url(text)
    if text.startswith(("http://", "https://", "ftp://")):
        raise RerunQtAPIError(
            f"image={text[:80]!r} is a URL; rerunqt is a desktop app and does not fetch from the "
            f"network. Download the file and pass its path or bytes instead."
        )
    markup = text.lstrip()
    if _STREAMLIT_SVG.search(text) is not None and is_svg(markup[:256].encode("utf-8", "replace")):
        # SVG markup itself, as Streamlit accepts; kept as written (its data: URL is of the
        # text given), but an XML declaration must open the document for Qt to read it.
        return (text if markup.startswith("<svg") else markup).encode("utf-8")
    try:
        with open(text, "rb") as handle:
            return handle.read()
    except OSError as exc:  # Streamlit 1.67's error and words (the OSError is its cause)
        raise MediaFileStorageError(f"Error opening '{text}'") from exc
