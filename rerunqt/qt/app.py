"""Launching a window for a script: QApplication set-up, theme, event loop."""

from __future__ import annotations

import functools
import importlib.util
import re
import signal
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from rerunqt.core.session_context import set_theme_type
from rerunqt.css_colours import mix, parse_colour, to_hex
from rerunqt.qt import theme_state
from rerunqt.qt.window import AppWindow
from rerunqt.qt.window_memory import size_is_explicit
from rerunqt.theme_custom import NO_THEME, CustomTheme

_DEFAULT_ICON: list[Path] = []  # a bundle's own icon (rerunqt/package/runtime.py)


def set_default_icon(path: Path) -> None:
    """The icon windows get shortly after opening, instead of rerunqt's (a bundled app's)."""
    _DEFAULT_ICON[:] = [path]


def default_icon() -> Path | None:
    return _DEFAULT_ICON[0] if _DEFAULT_ICON else resource_path("icons/rerunqt.svg")


ICON_DELAY_MS = 100  # the application icon (QIcon, image plugin: ~5 ms) waits this long


def set_application_icon() -> None:
    """The application's icon (rerunqt's, or a bundle's), unless one is set; a window
    the script gave its own (page_icon, st.logo) keeps that. Set on a timer after the
    window opens: after the first page's paint (usually), whether or not the script ends."""
    if not QApplication.windowIcon().isNull():
        return
    from PySide6.QtGui import QIcon

    icon = default_icon()
    if icon is not None:
        QApplication.setWindowIcon(QIcon(str(icon)))


def resource_path(name: str) -> Path | None:
    """A bundled resource file, installed or in a plain checkout; None if missing."""
    try:
        spec = importlib.util.find_spec("rerunqt.resources")  # no importlib.resources:
        for folder in (spec.submodule_search_locations or []) if spec else []:  # it pulls in
            installed = Path(folder) / name  # tempfile, shutil and random at start-up
            if installed.is_file():
                return installed
    except ModuleNotFoundError:
        pass
    source_tree = Path(__file__).resolve().parents[2] / "resources" / name
    return source_tree if source_tree.is_file() else None


@functools.lru_cache(maxsize=8)
def stylesheet(theme: str = "light", zoom: float = 1.0, custom: CustomTheme = NO_THEME) -> str:
    """The bundled stylesheet: ``<theme>.qss`` then each widget family's ``*.<theme>.qss``.

    ``zoom`` scales every ``font-size`` (View > Zoom), and so does ``theme.baseFontSize``;
    ``custom`` puts the configured [theme] colours, fonts and radius in. Empty if the
    resources are not installed. Prepared once per (theme, zoom, custom): every window and
    every View > Theme/Zoom reuses it.
    """
    path = resource_path(f"{theme}.qss")
    if path is None:
        return ""
    parts = [path.read_text()]
    parts += [extra.read_text() for extra in sorted(path.parent.glob(f"*.{theme}.qss"))]
    parts.append(LABEL_FACES)
    icons = (path.parent / "icons").as_posix()  # url(ICONS/check.svg) in the .qss files
    text = custom.apply("\n".join(parts).replace("url(ICONS/", f"url({icons}/"), theme)
    zoom *= custom.font_scale()
    if zoom != 1.0:
        text = _FONT_SIZE.sub(lambda m: f"font-size: {max(1, round(int(m[1]) * zoom))}px", text)
    return text


_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")

# A label wholly **bold**, *italic*, ~~struck~~ or `code` (rerunqt.qt.adapters.label_face):
# the font's other parts (its size above all) stay the stylesheet's, in either theme.
LABEL_FACES = """
*[rqFace~="bold"] { font-weight: bold; }
*[rqFace~="italic"] { font-style: italic; }
*[rqFace~="strike"] { text-decoration: line-through; }
*[rqFace~="code"] { font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace; }
"""


DISABLED_FADE = 0.58  # disabled text: the share of the way from the text to the page (#a3a8b8)


def dark_palette(custom: CustomTheme = NO_THEME) -> QPalette:
    """Colours for the parts a stylesheet does not reach (links, scroll bars, disabled text)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#0e1117", QPalette.ColorRole.WindowText: "#fafafa",
        QPalette.ColorRole.Base: "#262730", QPalette.ColorRole.AlternateBase: "#1a1c24",
        QPalette.ColorRole.Text: "#fafafa", QPalette.ColorRole.Button: "#262730",
        QPalette.ColorRole.ButtonText: "#fafafa", QPalette.ColorRole.Link: "#7db7ff",
        QPalette.ColorRole.Highlight: "#ff4b4b", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#262730", QPalette.ColorRole.ToolTipText: "#fafafa",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b6f7e"))
    return _customised(palette, custom, "dark")


def _customised(palette: QPalette, custom: CustomTheme, base: str) -> QPalette:
    """``palette`` with the configured [theme] colours in the roles they stand for."""
    if custom.is_default():
        return palette
    R = QPalette.ColorRole
    roles = {"background": (R.Window,), "text": (R.WindowText, R.Text, R.ButtonText, R.ToolTipText),
             "secondary": (R.Base, R.Button, R.ToolTipBase), "primary": (R.Highlight,),
             "link": (R.Link,)}
    for name, targets in roles.items():
        if getattr(custom, name) is not None or name == "link":
            for role in targets:
                palette.setColor(role, QColor(custom.colour(name, base)))
    if custom.text or custom.background:  # disabled words (Stop while idle) stay faded:
        ink = mix(parse_colour(custom.colour("text", base)),  # setColor set every group
                  parse_colour(custom.colour("background", base)), DISABLED_FADE)
        for role in (R.WindowText, R.Text, R.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(to_hex(ink)))
    return palette


def apply_theme(app: QApplication, theme: str, zoom: float = 1.0, force: bool = False,
                options: Mapping[str, Any] | None = None) -> None:
    """Stylesheet (and for dark, a palette): once per process, by the first window.

    ``force`` restyles a running app (View > Theme, View > Zoom). ``options`` are the
    configured theme.* options (None keeps those in use, so View > Theme keeps them).
    """
    if app.styleSheet() and not force:
        return
    set_theme_type(theme)  # st.context.theme.type follows the window
    if options is not None:
        theme_state.set_options(options)
    custom = CustomTheme.from_options(theme_state.options(), theme)
    theme_state.set_current(theme, custom, float(zoom))
    if theme == "dark":
        app.setPalette(dark_palette(custom))
    elif force or not custom.is_default():
        app.setPalette(_customised(app.style().standardPalette(), custom, "light"))
    app.setStyleSheet(stylesheet(theme, zoom, custom))
    for window in app.topLevelWidgets():  # sidebars with their own sheet follow
        sidebar = getattr(window, "sidebar", None)
        if sidebar is not None and sidebar.styleSheet():
            sidebar.restyle()
        page_css = getattr(window, "page_css", None)
        if page_css is not None:  # the app's CSS font sizes follow View > Zoom
            page_css.refresh()


def sidebar_stylesheet() -> str:
    """The sidebar's own stylesheet, set on the panel (it cascades over the app's): the
    app's in the sidebar theme's colours (``CustomTheme.for_sidebar``), the panel on the
    sidebar's background."""
    base = theme_state.base()
    side = CustomTheme.for_sidebar(theme_state.options(), base)
    theme_state.set_sidebar(side)  # for the widgets that paint themselves (toggle, spinner)
    panel = side.colour("background", base)
    return (stylesheet(base, theme_state.zoom(), side)
            + f"\nQScrollArea#rqSidebar, #rqSidebarPage {{ background: {panel}; border: none; }}\n")


def theme_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """The [theme] options of a window's configuration (kept to resolve light and dark)."""
    return {k: v for k, v in options.items() if k.startswith("theme.") and k != "theme.base"
            and v is not None}


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("rerunqt")
    assert isinstance(app, QApplication)
    return app


def open_window(script_path: Path, options: Mapping[str, Any] | None = None) -> AppWindow:
    """Create, style, show and start a window for ``script_path``."""
    app = ensure_application()
    opts = dict(options or {})
    from rerunqt.compat import streamlit_only
    from rerunqt.qt.menus import resolve_theme

    faces = streamlit_only.value("theme.fontFaces")
    if faces:  # the app's own fonts first, so the theme's font names find them
        from rerunqt.qt.fonts import load_font_faces  # (QFontDatabase: only when needed)

        load_font_faces(faces, Path(script_path).resolve().parent)
    themed = {**theme_options(opts), **streamlit_only.theme_extras()}  # other colours restyle
    apply_theme(app, resolve_theme(str(opts.get("theme.base", "system"))), options=themed,
                force=themed != theme_state.options())
    # A Config knows whether the size was set explicitly; the plain dict copy does not.
    window = AppWindow(script_path, opts, explicit_size=size_is_explicit(options or {}))
    window.show()
    QTimer.singleShot(ICON_DELAY_MS, set_application_icon)
    window.start()
    return window


def run_app(script_path: Path, config: Mapping[str, Any]) -> int:
    """Open the app window and run the event loop until it closes; the exit status."""
    app = ensure_application()
    window = open_window(script_path, config)
    window.raise_()
    quit_on_ctrl_c(app, window)
    print(f"rerunqt: running {script_path} (close the window or press Ctrl+C to stop)",
          file=sys.stderr, flush=True)
    return int(app.exec())


def quit_on_ctrl_c(app: QApplication, window: QWidget) -> QTimer:
    """Ctrl+C in the terminal closes the window cleanly.

    Python handles signals only between bytecodes, and Qt's event loop runs none while
    idle; a light timer lets the interpreter run often enough to notice.
    """
    # Deferred to the event loop: a Ctrl+C that lands just before app.exec() would
    # otherwise close the window before the loop runs, and the loop would never end.
    signal.signal(signal.SIGINT, lambda *_: QTimer.singleShot(0, window.close))
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(200)
    return timer
