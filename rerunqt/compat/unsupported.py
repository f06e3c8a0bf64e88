"""Streamlit 1.67 names rerunqt does not provide: why, and what to use instead.

Generated once from ``streamlit-1.67-api.json`` and written by hand since; a test checks
every name of that file either works or raises ``UnsupportedFeatureError`` from here.
"""

from __future__ import annotations

from types import MappingProxyType

from rerunqt.errors import RerunQtAPIError

BROWSER = "it needs a web browser, and a rerunqt app is a native window"
SERVER = "it belongs to Streamlit's web server, which a desktop app does not have"
NOT_YET = "rerunqt does not provide it yet"
INTERNAL = "it is an internal module of Streamlit, not part of its documented API"

_CHART = "st.plotly_chart or st.line_chart / st.bar_chart (pyqtgraph), or st.pyplot (matplotlib)"
_TABLE: dict[str, tuple[str, str]] = {
    # name: (why it is missing, what to use instead; "" when nothing comes close)
    "bokeh_chart": (BROWSER, _CHART),
    "App": (SERVER, "run the script with `rerunqt app.py`"),
    "login": (BROWSER, "the operating system's login (the app runs as the user)"),
    # legacy names (not in 1.67) whose successor is not a drop-in alias
    # Streamlit submodules that are not part of what a script uses
    **dict.fromkeys((
        "auth_util", "byte_util", "cli_util", "commands", "config_option", "config_util",
        "connections", "cursor", "dataframe_util", "delta_generator_singletons",
        "deprecation_util", "development", "elements", "env_util", "error_util", "file_util",
        "net_util", "path_security", "proto", "signal_util", "source_util",
        "string_util", "time_util", "toml_writer", "type_util", "typing", "url_util",
        "user_info", "util", "version", "watcher"), (INTERNAL, "")),
    "starlette": (SERVER, ""),
    "web": (SERVER, "run the script with `rerunqt app.py`"),
    "streamlit": (INTERNAL, "import streamlit (it is rerunqt in a rerunqt app)"),
}
UNSUPPORTED: MappingProxyType[str, tuple[str, str]] = MappingProxyType(_TABLE)
# Unsupported names that exist all the same and raise when called: a script passes them
# as callbacks (``st.button("Log in", on_click=st.login)``) and must still draw.
CALL_ONLY = frozenset({"login"})
ALIAS_SUBMODULES = ("column_config", "components.v1", "components.v2", "config", "connections",
                    "delta_generator", "errors", "logger", "runtime", "runtime.scriptrunner",
                    "runtime.scriptrunner.script_run_context", "runtime.uploaded_file_manager",
                    "runtime.caching", "runtime.media_file_storage",
                    "runtime.scriptrunner.script_runner", "runtime.scriptrunner_utils",
                    "runtime.scriptrunner_utils.exceptions",
                    "runtime.scriptrunner_utils.script_requests",
                    "runtime.scriptrunner_utils.script_run_context", "runtime.state",
                    "runtime.state.session_state", "runtime.state.session_state_proxy",
                    "navigation", "navigation.page", "testing.v1", "testing.v1.errors",
                    "testing.v1.element_tree", "web.cli", "web.bootstrap")


class UnsupportedFeatureError(RerunQtAPIError, AttributeError):
    """A Streamlit name rerunqt does not provide. An ``AttributeError``, so ``hasattr``
    and ``getattr(st, name, None)`` feature checks keep working."""


def unsupported(name: str) -> UnsupportedFeatureError:
    """The error for Streamlit name ``name``: not supported, why, and what to use instead."""
    why, instead = _TABLE.get(name, (NOT_YET, ""))
    hint = f" Instead, use {instead}." if instead else ""
    return UnsupportedFeatureError(f"st.{name} is not supported in rerunqt: {why}.{hint}")


def module_error(name: str) -> ModuleNotFoundError:
    """``import streamlit.x`` for an ``x`` the alias lacks: say what the alias does have."""
    top = name.split(".")[1] if "." in name else name
    why = _TABLE.get(top, (INTERNAL, ""))[0]
    have = ", ".join(f"streamlit.{m}" for m in ALIAS_SUBMODULES if m.count(".") < 2)
    return ModuleNotFoundError(
        f"No module named {name!r} in rerunqt's streamlit alias ({why}). In a rerunqt app "
        f"`import streamlit` is rerunqt, which provides {have}.", name=name)


# Names Streamlit removed (and rerunqt does not keep as aliases): what to use instead, as
# Streamlit 1.67's error says it.
REMOVED: MappingProxyType[str, str] = MappingProxyType({
    **{f"beta_{n}": n for n in ("color_picker", "columns", "container", "expander", "secrets",
                                "set_page_config")},
    "experimental_audio_input": "audio_input", "experimental_connection": "connection",
    "experimental_data_editor": "data_editor", "experimental_show": "write",
    "experimental_user": "user",
})


def unknown_name(name: str, known: list[str], module: str = "rerunqt") -> AttributeError:
    """A name neither rerunqt nor Streamlit has: a plain AttributeError in Streamlit's words,
    naming the successor of a removed name or the close match of a typo."""
    prefix = f"module {module!r} has no attribute {name!r}"
    if name in REMOVED:
        return AttributeError(f"{prefix}. st.{name} has been removed. Use st.{REMOVED[name]} "
                              f"instead.")
    import difflib  # only for a wrong name: not paid at start-up

    public = [n for n, (why, _) in _TABLE.items() if why is not INTERNAL]
    close = difflib.get_close_matches(name, known + public, n=1)
    hint = f". Did you mean st.{close[0]}?" if close else ""
    return AttributeError(f"{prefix}{hint}")
