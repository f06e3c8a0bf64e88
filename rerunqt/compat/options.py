"""``st.get_option`` / ``st.set_option`` over the running session's configuration.

As in Streamlit, ``st.set_option`` changes only ``client.*`` options while the app runs;
the others raise an error that says where to set them. ``streamlit.config.set_option``
(Streamlit's internal setter) takes any option for the rest of the session.
"""

from __future__ import annotations

from rerunqt.compat import streamlit_only
from rerunqt.config import OPTIONS, ConfigValue, UnknownOptionError, _coerce_typed
from rerunqt.config_names import unknown_message
from rerunqt.core.context import current_or_none
from rerunqt.errors import RerunQtAPIError

_SCRIPTABLE_SECTIONS = ("client",)
# Streamlit's config sections: a name in one of them that Streamlit 1.67 does not have either
# (an old app's st.set_option("deprecation.showPyplotGlobalUse", False)) is its error there
STREAMLIT_SECTIONS = frozenset({"browser", "client", "deprecation", "global", "logger", "magic",
                                "mapbox", "runner", "secrets", "server", "theme", "ui"})


class UnknownGetOption(UnknownOptionError, RuntimeError):
    """``st.get_option`` of a name that is no option: also the ``RuntimeError`` Streamlit
    raises there ("Config key ... not defined"), so an app's ``except RuntimeError`` holds."""


class UnknownSetOption(UnknownOptionError, RerunQtAPIError):
    """``st.set_option`` of a name that is no option: also Streamlit's StreamlitAPIException."""


def _known(key: object, call: str) -> str:
    if not isinstance(key, str):
        raise TypeError(f"st.{call}(key=...) expects an option name such as 'theme.base', "
                        f"got {key!r}")
    if key not in OPTIONS:
        error = UnknownGetOption if call == "get_option" else UnknownSetOption
        raise error(f"st.{call}: {unknown_message(key)}")
    return key


def get_option(key: str) -> ConfigValue:
    """The value of option ``key`` (e.g. ``"theme.base"``) in the running app."""
    if isinstance(key, str) and key not in OPTIONS and streamlit_only.known(key):
        return streamlit_only.value(key)
    _known(key, "get_option")
    ctx = current_or_none()
    options = ctx.options if ctx is not None else {}
    value: ConfigValue = options.get(key, OPTIONS[key].default)
    if key == "theme.base" and value == "system":
        return None  # unset, as Streamlit reports it (st.context.theme.type has the colours)
    return list(value) if isinstance(value, tuple) else value  # type: ignore[return-value]  # a list, as Streamlit


def set_option(key: str, value: object) -> None:
    """Change a ``client.*`` option for the rest of this session."""
    _set_option(key, value, scriptable_only=True)


def config_set_option(key: str, value: object) -> None:
    """``streamlit.config.set_option``: Streamlit's own setter takes any option (an app sets
    ``server.maxUploadSize`` with it); it holds for the rest of this session."""
    _set_option(key, value, scriptable_only=False)


def _set_option(key: str, value: object, scriptable_only: bool) -> None:
    if isinstance(key, str) and key not in OPTIONS and streamlit_only.known(key):
        if scriptable_only and key not in streamlit_only.SCRIPTABLE:
            raise RerunQtAPIError(streamlit_only.set_message(key))
        streamlit_only.remember(key, value)  # read back as set; it changes nothing here
        return
    if isinstance(key, str) and key not in OPTIONS and key.split(".")[0] in STREAMLIT_SECTIONS:
        raise UnknownSetOption(f"Unrecognized config option: {key}")  # (Streamlit 1.67's words)
    _known(key, "set_option")
    if scriptable_only and OPTIONS[key].section not in _SCRIPTABLE_SECTIONS:
        raise RerunQtAPIError(
            f"st.set_option({key!r}, ...): {key!r} cannot be set on the fly; set it in "
            f".rerunqt/config.toml beside the script or with the flag --{key} VALUE. Only "
            f"client.* options can be set while the app runs.")
    checked = _coerce_typed(OPTIONS[key], value, f"st.set_option({key!r}, {value!r})")
    ctx = current_or_none()
    if ctx is not None:
        ctx.options[key] = checked
