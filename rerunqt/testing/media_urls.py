"""The address Streamlit's AppTest shows for each picture of an st.image, and for the
media of an st.audio / st.video (``url``).

In Streamlit, ``at.image[0].value`` is a list of URLs, one per picture: a web image's own
URL or a ``data:`` URL as given, SVG markup as a ``data:`` URL, and anything else (a file,
bytes, pixels) as the address its media server would serve it from, ``/mock/media/<id>.<ext>`` under AppTest.
The extension follows Streamlit's "auto" format rule (GIF stays GIF, a picture that may
have transparency is PNG, the rest JPEG), so tests that check it read the same here. The
id is a hash of the picture (stable across runs), not Streamlit's exact one. Qt-free.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes

from rerunqt.core.element import Element
from rerunqt.core.image_data import ImageData, is_svg
from rerunqt.core.media_source import MediaSource

MEDIA_ENDPOINT = "/mock/media"
_EXTENSION = {"JPEG": "jpg", "PNG": "png", "GIF": "gif"}
_ALPHA_PNG_TYPES = (3, 4, 6)  # palette, grey + alpha, RGBA: PIL's "P", "LA", "RGBA" modes


def image_url(image: ImageData, output_format: str = "auto") -> str:
    """The URL Streamlit's AppTest lists for ``image`` drawn with ``output_format``."""
    if image.url is not None or image.data_url is not None:  # passed on as given
        return image.url or image.data_url or ""
    data = image.encoded
    if data is not None and is_svg(data.lstrip()[:256]):
        text = data.decode("utf-8", "replace")
        if "xmlns" not in text:  # Streamlit adds it so the SVG shows in an <img>
            text = text.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
        return "data:image/svg+xml;base64," + base64.b64encode(text.encode("utf-8")).decode()
    kind = _format(image, output_format)
    payload = data if data is not None else (
        image.pixels.tobytes() if image.pixels is not None else b"")
    digest = hashlib.sha224(payload + b"image/" + kind.lower().encode()).hexdigest()
    return f"{MEDIA_ENDPOINT}/{digest}.{_EXTENSION[kind]}"


def media_url(source: MediaSource) -> str:
    """A player's ``url``: a web source's own, "" without media, else the media server's
    ``/mock/media/<id>.<ext>``, the extension from the MIME type as Streamlit chooses it."""
    if source.url is not None:
        return source.url
    if source.empty:
        return ""
    return served_url(source.read(), source.mime or "")


def served_url(data: bytes, mime: str) -> str:
    """``/mock/media/<id>.<ext>`` of bytes the media server holds (a player's, a download's)."""
    ext = ".wav" if mime == "audio/wav" else (mimetypes.guess_extension(mime, strict=False) or "")
    digest = hashlib.sha224(data + mime.encode()).hexdigest()
    return f"{MEDIA_ENDPOINT}/{digest}{ext}"


def image_urls(element: Element) -> list[str]:
    """One URL per picture of an st.image element (its ``output_format`` applied)."""
    output_format = element.prop("output_format") or "auto"
    return [image_url(image, output_format) for image in element.prop("images") or ()]


def _format(image: ImageData, output_format: str) -> str:
    wanted = output_format.upper()
    if wanted in ("JPEG", "JPG"):
        return "JPEG"
    if wanted == "PNG":
        return "PNG"
    data = image.encoded
    if data is not None:
        if data.startswith(b"GIF8"):
            return "GIF"
        if data.startswith(b"\x89PNG") and len(data) > 25:
            return "PNG" if data[25] in _ALPHA_PNG_TYPES else "JPEG"
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return "PNG"  # WebP may carry transparency (PIL opens it as RGBA)
        return "JPEG"
    pixels = image.pixels
    if pixels is not None and pixels.ndim == 3 and pixels.shape[2] == 4:
        return "PNG"
    return "JPEG"

