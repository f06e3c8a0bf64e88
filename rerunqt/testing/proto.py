"""``element.proto``: Streamlit's AppTest exposes each element's protobuf message, and
tests read fields from it (``proto.help``, ``proto.disabled``, ``proto.id``,
``proto.imgs``). rerunqt has no protobuf; this stand-in reads the same fields from the
element view, so such tests run unchanged. Qt-free."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any


class ProtoView:
    """The fields of one element's (absent) protobuf message, read from its view."""

    def __init__(self, view: Any) -> None:
        self._view = view

    @property
    def id(self) -> str:
        """The widget id (it ends with the user key, as Streamlit's ``$$ID-...-key``)."""
        element = self._view._element
        return str(element.key) if element.key is not None else ""

    @property
    def imgs(self) -> list[SimpleNamespace]:
        """An image element's pictures, each with ``url`` and ``caption``."""
        element = self._view._element
        images = element.prop("images") or ()
        if not images:
            return []
        from rerunqt.testing.media_urls import image_urls  # with the image's numpy

        captions = list(element.prop("captions") or ())
        captions += [None] * (len(images) - len(captions))
        alt = element.prop("alt")
        alts = list(alt) if isinstance(alt, tuple) else [alt] * len(images)
        return [SimpleNamespace(url=url, caption="" if caption is None else str(caption),
                                alt=alt or "")  # "" when unset, as a protobuf string field
                for url, caption, alt in zip(image_urls(element), captions, alts, strict=False)]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._view, name)

    def __repr__(self) -> str:
        return f"ProtoView({self._view._element.kind})"
