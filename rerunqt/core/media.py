"""st.image and st.pyplot (and the pictures of Vega-Lite charts drawn by vl-convert).

pyplot renders to a PNG and shows it as an image element, so one adapter draws every
picture. matplotlib is optional and imported only when called. st.altair_chart and
st.vega_lite_chart are drawn natively (core/vega.py).
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rerunqt.core import context
from rerunqt.core.charts import check_size
from rerunqt.core.deprecations import show_deprecation_warning
from rerunqt.core.image_pairs import alts_for, captions_for
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError, StreamlitMissingRequiredParameterError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle
    from rerunqt.core.image_data import ImageData

_FIG_REQUIRED = ("The `fig` parameter is required. `None` (pyplot's global figure, which is not "
                 "thread-safe) is not supported; pass the figure itself:\n\n```python\n"
                 "fig, ax = plt.subplots()\nax.plot([1, 2, 3])\nst.pyplot(fig)\n```")
_SAVEFIG_KWARGS = ("Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is deprecated and "
                   "will be removed in a future version.\n\n`st.pyplot` already saves with "
                   "`bbox_inches=\"tight\"` and `dpi=200`. For other options, save the figure "
                   "yourself (`fig.savefig(buffer, ...)`) and show it with `st.image`.")


USE_COLUMN_WIDTH_REMOVED = (
    "`use_column_width` was removed and has no effect. "
    "Use `width='stretch'`, `width='content'`, or an integer pixel value instead."
)


def _image_width(width: Any, use_column_width: Any, use_container_width: bool | None) -> int | str:
    """``width`` with the deprecated ``use_container_width`` folded in. ``use_column_width``
    is accepted but, as in Streamlit 1.67, has no effect beyond a deprecation warning."""
    shown = check_size("image", "width", width, ("content", "stretch"))
    if use_column_width is not None:
        show_deprecation_warning(USE_COLUMN_WIDTH_REMOVED)
    if use_container_width is not None:
        return "stretch" if use_container_width else shown
    return shown


def _add_images(images: Sequence[ImageData], captions: Sequence[str | None], width: int | str,
                alt: str | tuple[str | None, ...] | None, link: str | None = None,
                output_format: str = "auto") -> ElementHandle:
    ctx = context.current()
    ctx.add_static("image", (("images", tuple(images)), ("captions", tuple(captions)),
                             ("width", width), ("alt", alt), ("link", link),
                             ("output_format", output_format)))
    return _handle(ctx)


def image(image: Any, caption: str | Sequence[str] | None = None, width: int | str = "content",
          clamp: bool = False, channels: str = "RGB", output_format: str = "auto", *,
          use_container_width: bool | None = None, link: str | None = None,
          use_column_width: bool | str | None = None,
          alt: str | Sequence[str | None] | None = None) -> ElementHandle:
    """An image, or a list of images side by side, each with an optional caption.

    Scaled down to fit its container, never up past its own size unless ``width`` says
    so ("stretch", or a number of pixels). A click on an image with a ``link`` opens the
    link in the web browser. A desktop window shows the pixels as they are;
    ``output_format`` only sets the file type AppTest's ``value`` URLs name.
    """
    # As Streamlit 1.67: any case ("bgr"), anything but BGR is RGB, and an output_format
    # other than PNG / JPEG / JPG ("GIF", "webp") is "auto".
    if not isinstance(channels, str):
        raise RerunQtAPIError(f"st.image channels={channels!r} must be 'RGB' or 'BGR'.")
    channels = "BGR" if channels.upper() == "BGR" else "RGB"
    if output_format is None:  # Streamlit 1.67: "auto"
        output_format = "auto"
    if not isinstance(output_format, str):
        raise RerunQtAPIError(
            f"st.image output_format={output_format!r} must be 'auto', 'PNG' or 'JPEG'."
        )
    items = _image_items(image)
    from rerunqt.core.image_data import read_image  # numpy loads with the first image

    images = [read_image(item, bool(clamp), channels) for item in items]
    captions = captions_for(caption, len(images))
    alts = alts_for(alt, len(images))
    if link is not None and not isinstance(link, str):
        raise RerunQtAPIError(f"st.image link={link!r} must be a string or None.")
    return _add_images(images, captions, _image_width(width, use_column_width, use_container_width),
                       alts[0] if len(alts) == 1 else tuple(alts), link, output_format)


def _image_items(image: Any) -> list[Any]:
    """The pictures of one st.image: a list, tuple or set, a 4-D array's first axis (a batch of
    images, as Streamlit splits it), or the one picture given."""
    if isinstance(image, (list, tuple, set)):
        return list(image)
    if getattr(image, "ndim", None) == 4 and hasattr(image, "shape"):
        return [image[i] for i in range(image.shape[0])]
    return [image]


def _need(module: str, package: str, what: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise RerunQtAPIError(
            f"{what} needs the optional package {package!r}: pip install {package}"
        ) from None


def pyplot(fig: Any, clear_figure: bool = False, *, width: int | str = "stretch",
           use_container_width: bool | None = None, alt: str | None = None,
           **kwargs: Any) -> ElementHandle:
    """A matplotlib figure, drawn by matplotlib's Agg renderer into an image.

    ``fig`` is required, as in Streamlit 1.67 (pyplot's global figure is not thread-safe:
    ``None`` is an error). ``kwargs`` go to ``fig.savefig``, with Streamlit's deprecation note.
    """
    if fig is None:
        raise StreamlitMissingRequiredParameterError(_FIG_REQUIRED)
    _need("matplotlib", "matplotlib", "st.pyplot")
    os.environ.setdefault("MPLBACKEND", "Agg")
    shown = check_size("pyplot", "width", width, ("stretch", "content"))
    if use_container_width is not None:
        shown = "stretch" if use_container_width else "content"
    if not hasattr(fig, "savefig"):
        raise RerunQtAPIError(
            f"st.pyplot fig= must be a matplotlib Figure (e.g. fig, ax = plt.subplots()), got "
            f"{type(fig).__name__} {fig!r:.60}."
        )
    if kwargs:
        show_deprecation_warning(_SAVEFIG_KWARGS)
    clear = bool(clear_figure)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if not hasattr(fig, "canvas") and hasattr(fig, "gcf"):
        fig = fig.gcf()  # ``st.pyplot(plt)``: the module's savefig draws its current figure
    options = {"bbox_inches": "tight", "dpi": 200, "format": "png", **kwargs}
    buffer = io.BytesIO()
    if not isinstance(fig.canvas, FigureCanvasAgg):  # never a GUI canvas on the script thread
        FigureCanvasAgg(fig)
    fig.savefig(buffer, **options)
    if clear:
        fig.clf()
    from rerunqt.core.image_data import ImageData

    return _add_images([ImageData(encoded=buffer.getvalue())], [None], shown, alt)
