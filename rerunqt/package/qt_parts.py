"""Which Qt parts a bundle leaves out, and why each is safe to leave out.

PyInstaller's PySide6 hooks collect every plugin folder and all translations of the Qt
modules in use. A rerunqt window needs none of: Qt Quick/QML, PDF, WebEngine, 3D,
Multimedia (unless the app imports them: the ``media`` extra's elements do), the
embedded-Linux platforms (eglfs, linuxfb, vnc) and their input plugins, Qt's network
plugins when nothing imports QtNetwork, nor translations other than the build
machine's language.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable

__all__ = ["EXCLUDED_QT_MODULES", "ExcludeRule", "excluded_modules", "language", "rules"]

# Bindings never needed by a rerunqt window unless the app imports them itself.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtPdf", "QtPdfWidgets", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebChannel", "QtWebSockets", "QtWebView", "QtMultimedia", "QtMultimediaWidgets",
    "QtSpatialAudio", "QtDesigner", "QtUiTools", "QtHelp", "QtSql", "QtTest", "QtNetwork",
    "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets", "QtBluetooth",
    "QtLocation", "QtPositioning", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtTextToSpeech", "QtHttpServer", "QtNetworkAuth",
    "QtNfc", "QtStateMachine", "QtConcurrent",
)
# Python packages rerunqt imports lazily for optional features; bundled only when the
# app imports them (PyInstaller would otherwise follow rerunqt's lazy imports).
OPTIONAL_PACKAGES = (
    "pandas", "pyarrow", "polars", "matplotlib", "PIL", "sqlalchemy", "scipy", "IPython",
    "jinja2", "altair", "plotly", "bokeh", "pydeck", "graphviz", "vl_convert", "tkinter",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "PyInstaller",
    "setuptools", "pip", "docutils",
)
# Standard-library parts for debugging and tooling, or sqlite3 (st.connection's SQLite
# fallback): only when the app imports them (sqlite3: or calls st.connection).
OPTIONAL_STDLIB = ("sqlite3", "readline", "pdb", "doctest", "pydoc", "lib2to3", "xmlrpc",
                   "ensurepip", "idlelib", "turtle", "turtledemo")
# rerunqt's own parts that are for development, not for a shipped app.
DEV_MODULES = ("rerunqt.testing", "rerunqt.demos", "rerunqt.package.build",
               "rerunqt.package.command", "rerunqt.package.spec", "rerunqt.package.analysis",
               "rerunqt.package.strip", "rerunqt.package.icons")


def excluded_modules(imported: Iterable[str], uses_charts: bool,
                     uses_connection: bool = False) -> list[str]:
    """Module names for PyInstaller's ``excludes``: what the app does not import."""
    wanted = set(imported) | ({"sqlite3"} if uses_connection else set())
    qt = [f"PySide6.{name}" for name in EXCLUDED_QT_MODULES if name not in wanted]
    optional = [name for name in (*OPTIONAL_PACKAGES, *OPTIONAL_STDLIB) if name not in wanted]
    if not uses_charts and "pyqtgraph" not in wanted:
        optional.append("pyqtgraph")
    return [*qt, *optional, *DEV_MODULES]


def language() -> str:
    """The build machine's language ('de' for de_DE.UTF-8); '' for C/POSIX/English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            break
    else:
        value = locale.getlocale()[0] or ""
    code = value.split(".")[0].split("_")[0].lower()
    return "" if code in ("", "c", "posix", "en") else code


class ExcludeRule:
    """One group of bundle files to leave out: a reason and a test on the bundle path."""

    def __init__(self, reason: str, prefixes: tuple[str, ...], keep: tuple[str, ...] = ()) -> None:
        self.reason = reason
        self.prefixes = prefixes
        self.keep = keep

    def matches(self, dest: str) -> bool:
        dest = dest.replace("\\", "/")
        if any(k in dest for k in self.keep):
            return False
        return any(dest.startswith(p) or f"/{p}" in dest for p in self.prefixes)


def rules(lang: str, qt_network: bool, qt_wanted: tuple[str, ...] = ()) -> list[ExcludeRule]:
    """The file rules, given the language to keep, whether QtNetwork is in use, and the
    Qt modules the app needs (its imports, and st.audio / st.pdf ... elements)."""
    qt = "PySide6/Qt/"
    keep = (f"_{lang}.qm", f"_{lang}_") if lang else ()
    found = [
        ExcludeRule(f"translations except '{lang or 'en'}'", (qt + "translations/",), keep),
        ExcludeRule("embedded-Linux platforms (eglfs, linuxfb, vnc) and their input plugins",
                    (qt + "plugins/egldeviceintegrations/", qt + "plugins/generic/",
                     qt + "plugins/platforms/libqeglfs", qt + "plugins/platforms/libqlinuxfb",
                     qt + "plugins/platforms/libqvnc", qt + "plugins/platforms/libqminimalegl",
                     qt + "lib/libQt6EglFS")),
        ExcludeRule("QML tooling and designer plugins",
                    (qt + "plugins/qmltooling/", qt + "plugins/qmllint/", qt + "plugins/designer/",
                     qt + "qml/")),
    ]
    unused: tuple[str, ...] = ()  # PySide6-Addons' plugins and the libraries they pull in
    if "QtPdf" not in qt_wanted:
        unused += (qt + "plugins/imageformats/libqpdf", qt + "lib/libQt6Pdf")
    if "QtMultimedia" not in qt_wanted:
        unused += (qt + "plugins/multimedia/", qt + "lib/libQt6Multimedia")
    if not {"QtQml", "QtQuick"} & set(qt_wanted):  # the on-screen keyboard is a QML scene
        unused += (qt + "plugins/platforminputcontexts/libqtvirtualkeyboard",
                   qt + "lib/libQt6VirtualKeyboard", qt + "lib/libQt6Qml", qt + "lib/libQt6Quick")
    if unused:
        found.append(ExcludeRule("PDF, multimedia and on-screen-keyboard plugins the app does not use",
                                 unused))
    if not qt_network:
        found.append(ExcludeRule("network plugins (nothing imports QtNetwork)",
                                 (qt + "plugins/tls/", qt + "plugins/networkinformation/")))
    return found
