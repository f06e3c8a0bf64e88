"""The list of configuration options (Streamlit's names where Streamlit has one).

Kept apart from the loading and checking in rerunqt/config.py, which re-exports these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from rerunqt.theme_options import SPECS, SUBSECTIONS

# None: an option that is unset by default (Streamlit's theme colours); a tuple: a list of strings.
ConfigValue = bool | int | float | str | tuple[str, ...] | None
OptionType = type[bool] | type[int] | type[float] | type[str] | type[tuple[str, ...]]


class Option(NamedTuple):
    """One configuration option; the registry below is the single list of what exists."""

    section: str
    name: str
    type: OptionType
    default: ConfigValue
    description: str
    choices: tuple[str, ...] = ()
    bounds: tuple[int, int] | None = None  # inclusive range of a numeric option
    check: Callable[[object], None] | None = None  # raises ValueError(why) for a bad value
    listed: bool = True  # in --help (the theme sub-sections' copies are not)

    @property
    def key(self) -> str:
        """The dotted name used in flags, ``Config`` lookups and messages."""
        return f"{self.section}.{self.name}"

    @property
    def env_var(self) -> str:
        """``RERUNQT_<SECTION>_<OPTION_SNAKE_UPPER>``, e.g. ``RERUNQT_RUNNER_FAST_RERUNS``."""
        snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", self.name).upper()
        return f"RERUNQT_{self.section.replace('.', '_').upper()}_{snake}"


_OPTION_LIST: tuple[Option, ...] = (
    Option("global", "disableWidgetStateDuplicationWarning", bool, False,
           "Do not log the warning printed when a widget gets both a default value and a "
           "value set through session state."),
    Option("runner", "enforceSerializableSessionState", bool, False,
           "Raise an error when a value put in session state cannot be pickled."),
    Option("runner", "magicEnabled", bool, True,
           "Show the value of a bare expression statement, as st.write would."),
    Option("runner", "fastReruns", bool, True,
           "A new event interrupts the current run instead of waiting for it to finish."),
    Option("runner", "runOnSave", bool, False,
           "Rerun as soon as the script, or a module it imported from its folder, is saved "
           "(otherwise the window offers Rerun and Always rerun)."),
    Option("runner", "postScriptGC", bool, False,
           "Run a full garbage collection after each run. Off by default (unlike "
           "Streamlit): in a desktop app it only adds latency to every rerun."),
    Option("runner", "parallelMaxWorkers", int, None,
           "How many @st.fragment(parallel=True) bodies may run at once in a full run "
           "(unset: min(32, CPU count + 4), as Streamlit's thread pool).", bounds=(1, 1024)),
    Option("magic", "displayRootDocString", bool, False,
           "Show the script's docstring, as magic shows other bare strings (Streamlit's)."),
    Option("magic", "displayLastExprIfNoSemicolon", bool, False,
           "Show the script's last expression, even a function call, unless its line ends "
           "with \";\", as a notebook cell does (Streamlit's)."),
    Option("client", "showErrorDetails", str, "full",
           "What an uncaught script exception shows, as Streamlit's levels: \"full\" (type, "
           "message, traceback), \"stacktrace\" (the message withheld), \"type\" (the type "
           "alone), \"none\" (a generic note); true is \"full\", false is \"stacktrace\".",
           choices=("full", "stacktrace", "type", "none", "true", "false")),
    Option("client", "showSidebarNavigation", bool, True,
           "Show the page list of a multipage app in the sidebar; when false it is hidden "
           "and pages are reached with st.page_link and st.switch_page."),
    Option("server", "maxUploadSize", int, 200, "Largest file st.file_uploader accepts, in "
           "megabytes (as Streamlit's option).", bounds=(1, 1_048_576)),
    Option("theme", "base", str, "system", "Colour theme of the window: light, dark, or system "
           "(follow the operating system's setting, live).", ("light", "dark", "system")),
    # Bounds, since a huge size raised OverflowError deep in Qt instead of naming the option.
    Option("window", "width", int, 900, "Initial width of the window, in pixels.", bounds=(100, 32767)),
    Option("window", "height", int, 700, "Initial height of the window, in pixels.", bounds=(100, 32767)),
    Option("state", "persist", bool, False,
           "Keep st.session_state across restarts of the same script: saved as JSON in "
           "the app-data folder after runs and on close, restored before the first run."),
)
_THEME_BOUNDS = {"baseFontSize": (6, 64), "baseFontWeight": (100, 900),
                 "metricValueFontWeight": (100, 900), "codeFontWeight": (100, 900)}
_THEME_LIST = tuple(
    Option(section, name, kind, None, text, bounds=_THEME_BOUNDS.get(name), check=check,
           listed=section == "theme")
    for name, kind, check, only_base, text in SPECS
    for section in ("theme",) + (() if only_base else tuple(f"theme.{s}" for s in SUBSECTIONS)))
_OPTION_LIST += _THEME_LIST
OPTIONS: Mapping[str, Option] = MappingProxyType({o.key: o for o in _OPTION_LIST})
SECTIONS: tuple[str, ...] = tuple(sorted({o.section for o in _OPTION_LIST}))
