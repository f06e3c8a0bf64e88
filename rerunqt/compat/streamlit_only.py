"""Streamlit 1.67 options that mean nothing in a desktop app (``server.port``,
``browser.*``, ``logger.level``...), kept readable.

A Streamlit ``config.toml`` may set them (rerunqt notes it and goes on) and a script may
read them with ``st.get_option("server.port")``: it gets the file's value or Streamlit's
default, as under Streamlit, instead of an "unknown option" error that stops the run.
Setting one while the app runs follows Streamlit's rule: ``client.*`` ones are kept (they
change nothing here), the others "cannot be set on the fly".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Streamlit 1.67's defaults (as st.get_option reports them with no config file); a few
# are worked out when read (``_computed``).
DEFAULTS: dict[str, Any] = {
    "browser.gatherUsageStats": True, "browser.serverAddress": "localhost",
    "browser.serverPort": 8501,
    "client.disableDataExport": False, "client.showErrorLinks": "auto",
    "client.toolbarMode": "auto",
    "global.showWarningOnDirectExecution": True,
    "logger.level": "info", "logger.messageFormat": "%(asctime)s %(message)s",
    "runner.cacheBackgroundRefreshTTLMultiplier": 2.0, "runner.cacheHashSeed": 0,
    "runner.connectionDefaultTTL": None, "runner.enumCoercion": "nameOnly",
    "secrets.files": None,
    "server.address": None, "server.agentMaxSessions": 100, "server.agentPreviewRows": 100,
    "server.agentSessionTTL": 900, "server.agentWaitTimeout": 30, "server.allowedHosts": [],
    "server.baseUrlPath": "", "server.cookieSecret": None, "server.corsAllowedOrigins": [],
    "server.disconnectedSessionTTL": 120, "server.enableAgentApi": False,
    "server.enableCORS": True, "server.enableExpensiveMemoryStats": False,
    "server.enableStaticServing": False, "server.enableWebsocketCompression": False,
    "server.enableXsrfProtection": True, "server.fileWatcherType": "auto",
    "server.folderWatchBlacklist": [], "server.folderWatchList": [], "server.headless": False,
    "server.maxCacheDataSize": None, "server.maxMessageSize": 200, "server.port": 8501,
    "server.runOnSave": False, "server.showEmailPrompt": True, "server.sslCertFile": None,
    "server.sslKeyFile": None, "server.websocketPingInterval": None,
    "server.xsrfCookieSameSite": "lax",
    "theme.fontFaces": None,
    # Hidden in Streamlit's docs, yet st.get_option reads them (development-mode checks).
    "global.appTest": False, "global.developmentMode": False, "global.e2eTest": False,
    "global.maxCachedMessageAge": 2, "global.minCachedMessageSize": 10000.0,
    "global.suppressDeprecationWarnings": False, "global.unitTest": False,
    "logger.enableRich": False, "logger.hideWelcomeMessage": False,
    "runner.cacheBackgroundRefreshMaxWorkers": 4, "server.allowRunOnSave": True,
    "server.customComponentBaseUrlPath": "", "server.maxWidgetStateSize": 25,
    "server.scriptHealthCheckEnabled": False, "server.trustedUserHeaders": {},
    "server.unsafeMetricsUserAttributes": [], "ui.hideTopBar": False,
    **{f"theme.{part}heading{what}": None
       for part in ("", "light.", "dark.", "sidebar.", "light.sidebar.", "dark.sidebar.")
       for what in ("FontSizes", "FontWeights")},
}
# read from here by the window (rerunqt/qt/fonts.py, theme_extras)
_HEADINGS = tuple(f"theme.{part}heading{what}" for part in ("", "sidebar.")
                  for what in ("FontSizes", "FontWeights"))
USED = frozenset({"theme.fontFaces", *_HEADINGS})
SCRIPTABLE = frozenset({"client.disableDataExport", "client.toolbarMode", "logger.enableRich"})

_set: dict[str, Any] = {}  # from a Streamlit config file, or st.set_option (client.*)


def known(key: str) -> bool:
    return key in DEFAULTS


def reset() -> None:
    """Forget what the last app's files set: a new app (or AppTest) reads its own."""
    _set.clear()


def remember(key: str, value: Any) -> None:
    """``key`` as a Streamlit config file (or st.set_option) sets it."""
    _set[key] = value


def value(key: str) -> Any:
    """What st.get_option(key) gives: the value set, else Streamlit's default."""
    found = _set.get(key, DEFAULTS[key])
    if found is None:
        found = _computed(key)
    if isinstance(found, dict):
        return dict(found)
    return list(found) if isinstance(found, (list, tuple)) else found


def _computed(key: str) -> Any:
    if key == "secrets.files":  # Streamlit's two places: the home and working folders
        return [str(Path.home() / ".streamlit" / "secrets.toml"),
                str(Path.cwd() / ".streamlit" / "secrets.toml")]
    if key == "server.cookieSecret":  # random per process in Streamlit
        import secrets

        _set[key] = secrets.token_hex(32)
        return _set[key]
    return None


def set_message(key: str) -> str:
    return (f"{key} cannot be set on the fly. Set as command line option, e.g. streamlit run "
            f"script.py --{key}, or in config.toml instead.")


def theme_extras() -> dict[str, Any]:
    """The heading sizes and weights a Streamlit config file set, for the window's theme
    (they are lists or single values, which rerunqt's own options do not take)."""
    return {key: _set[key] for key in _HEADINGS if _set.get(key) is not None}
