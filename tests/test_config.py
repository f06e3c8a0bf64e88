"""Config: every layer's precedence, and error messages that say where and what."""

from __future__ import annotations

from pathlib import Path

import pytest

from rerunqt.config import (
    OPTIONS,
    Config,
    UnknownOptionError,
    load_config,
    parse_cli_config_flags,
)
from rerunqt.errors import ConfigError


def write(directory: Path, text: str) -> Path:
    path = directory / ".rerunqt" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def dirs(tmp_path: Path) -> dict[str, Path]:
    result = {name: tmp_path / name for name in ("home", "cwd", "scripts")}
    for path in result.values():
        path.mkdir()
    (result["scripts"] / "app.py").write_text("")
    return result


def load(dirs: dict[str, Path], flags: dict[str, str] | None = None,
         env: dict[str, str] | None = None) -> Config:
    return load_config(dirs["scripts"] / "app.py", flags or {}, env=env or {},
                       home=dirs["home"], cwd=dirs["cwd"])


def error_of(dirs: dict[str, Path], text: str, env: dict[str, str] | None = None) -> str:
    write(dirs["cwd"], text)
    with pytest.raises(ConfigError) as info:
        load(dirs, env=env)
    message = str(info.value)
    assert "\n" not in message
    return message


# ------------------------------------------------------------------ registry and Config

def test_defaults() -> None:
    config = Config.defaults()
    theme = {k: v for k, v in config.items() if k.startswith("theme.") and k != "theme.base"}
    assert set(theme.values()) == {None}  # Streamlit's theme options are unset by default
    assert {k: v for k, v in config.items() if k not in theme} == {
        "global.disableWidgetStateDuplicationWarning": False,
        "runner.enforceSerializableSessionState": False,
        "runner.magicEnabled": True,
        "magic.displayRootDocString": False,
        "magic.displayLastExprIfNoSemicolon": False,
        "runner.fastReruns": True,
        "runner.runOnSave": False,
        "runner.postScriptGC": False,
        "runner.parallelMaxWorkers": None,
        "client.showErrorDetails": "full",
        "client.showSidebarNavigation": True,
        "state.persist": False,
        "server.maxUploadSize": 200,
        "theme.base": "system",
        "window.width": 900,
        "window.height": 700,
    }
    assert config.get("runner.fastReruns") is True
    assert config["window.width"] == 900
    assert config.source("window.width") == "default"


def test_env_var_names() -> None:
    assert (OPTIONS["runner.enforceSerializableSessionState"].env_var
            == "RERUNQT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE")
    assert OPTIONS["runner.postScriptGC"].env_var == "RERUNQT_RUNNER_POST_SCRIPT_GC"
    assert (OPTIONS["global.disableWidgetStateDuplicationWarning"].env_var
            == "RERUNQT_GLOBAL_DISABLE_WIDGET_STATE_DUPLICATION_WARNING")


def test_unknown_name_raises_key_error_with_did_you_mean() -> None:
    config = Config.defaults()
    for lookup in (config.get, config.__getitem__, config.source):
        with pytest.raises(KeyError) as info:
            lookup("runner.fastRerun")
        assert str(info.value) == (
            "unknown option 'runner.fastRerun'; did you mean 'runner.fastReruns'?")
    with pytest.raises(UnknownOptionError):
        config.get("runner.magicEnable", True)  # a default does not hide a typo
    assert "runner.fastRerun" not in config


def test_config_is_immutable_and_hashable() -> None:
    config = Config({"window.width": 1000})
    with pytest.raises(TypeError):
        config["window.width"] = 500  # type: ignore[index]
    assert config == Config({"window.width": 1000}) != Config.defaults()
    assert hash(config) == hash(Config({"window.width": 1000}))
    assert repr(config) == "Config({'window.width': 1000})"


def test_config_constructor_checks_values() -> None:
    with pytest.raises(ConfigError, match=r"option 'runner.fastReruns' expects a bool"):
        Config({"runner.fastReruns": "yes"})
    with pytest.raises(ConfigError, match=r"did you mean 'window.width'"):
        Config({"window.widht": 3})


# ------------------------------------------------------------------ precedence

def test_no_files_gives_defaults(dirs: dict[str, Path]) -> None:
    assert load(dirs) == Config.defaults()


def test_every_layer_overrides_the_previous_one(dirs: dict[str, Path]) -> None:
    home = write(dirs["home"], "[window]\nwidth = 101\nheight = 101\n[theme]\nbase = 'dark'\n")
    write(dirs["cwd"], "[window]\nwidth = 102\nheight = 102\n")
    script_file = write(dirs["scripts"], "[window]\nwidth = 103\nheight = 103\n")
    env = {"RERUNQT_WINDOW_WIDTH": "104", "RERUNQT_WINDOW_HEIGHT": "104"}
    config = load(dirs, {"window.width": "105"}, env)
    assert config["window.width"] == 105
    assert config.source("window.width") == "flag --window.width"
    assert config["window.height"] == 104
    assert config.source("window.height") == "environment variable RERUNQT_WINDOW_HEIGHT"
    assert config["theme.base"] == "dark"
    assert config.source("theme.base") == f"{home}, line 5"
    config = load(dirs)
    assert config["window.width"] == 103
    assert config.source("window.width") == f"{script_file}, line 2"


@pytest.mark.parametrize("layers, expected", [
    (["home"], 101), (["home", "cwd"], 102), (["home", "cwd", "scripts"], 103),
    (["cwd"], 102), (["scripts"], 103), (["home", "scripts"], 103),
])
def test_file_layers(dirs: dict[str, Path], layers: list[str], expected: int) -> None:
    values = {"home": 101, "cwd": 102, "scripts": 103}
    for layer in layers:
        write(dirs[layer], f"[window]\nwidth = {values[layer]}\n")
    assert load(dirs)["window.width"] == expected


def test_script_in_cwd_reads_the_file_once(dirs: dict[str, Path]) -> None:
    path = write(dirs["cwd"], "[runner]\nmagicEnabled = false\n")
    (dirs["cwd"] / "app.py").write_text("")
    config = load_config(Path("app.py"), {}, env={}, home=dirs["home"], cwd=dirs["cwd"])
    assert config["runner.magicEnabled"] is False
    assert config.source("runner.magicEnabled") == f"{path}, line 2"


def test_env_vars_parse_strings(dirs: dict[str, Path]) -> None:
    env = {"RERUNQT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE": "true",
           "RERUNQT_RUNNER_FAST_RERUNS": "No", "RERUNQT_RUNNER_MAGIC_ENABLED": "0",
           "RERUNQT_CLIENT_SHOW_ERROR_DETAILS": " YES ", "RERUNQT_THEME_BASE": "dark",
           "RERUNQT_WINDOW_HEIGHT": "123", "RERUNQT_UNRELATED": "ignored"}
    config = load(dirs, env=env)
    assert config["runner.enforceSerializableSessionState"] is True
    assert config["runner.fastReruns"] is False
    assert config["runner.magicEnabled"] is False
    assert config["client.showErrorDetails"] is True
    assert config["theme.base"] == "dark"
    assert config["window.height"] == 123


def test_dotted_top_level_keys_and_comments(dirs: dict[str, Path]) -> None:
    write(dirs["cwd"], "# settings\nrunner.fastReruns = false  # no\n'theme'.\"base\" = 'dark'\n")
    config = load(dirs)
    assert config["runner.fastReruns"] is False
    assert config["theme.base"] == "dark"


def test_env_substitution_in_files(dirs: dict[str, Path]) -> None:
    write(dirs["cwd"], '[theme]\nbase = "env:MY_THEME"\n[runner]\nfastReruns = "env:FAST"\n'
                       '[window]\nwidth = "env:W"\n')
    config = load(dirs, env={"MY_THEME": "dark", "FAST": "false", "W": "640"})
    assert (config["theme.base"], config["runner.fastReruns"], config["window.width"]) == (
        "dark", False, 640)


# ------------------------------------------------------------------ file errors

def test_wrong_type_names_file_line_and_option(dirs: dict[str, Path]) -> None:
    path = dirs["cwd"] / ".rerunqt" / "config.toml"
    message = error_of(dirs, '# comment\n[runner]\nmagicEnabled = true\nfastReruns = "yes"\n')
    assert message == (f"{path}, line 4: option 'runner.fastReruns' "
                       "expects a bool (true or false), got 'yes'")


@pytest.mark.parametrize("text, expected", [
    ("[window]\n\nwidth = 1.5\n", "line 3: option 'window.width' expects an integer, got 1.5"),
    ("[window]\nheight = true\n", "line 2: option 'window.height' expects an integer, got True"),
    ("[runner]\nfastReruns = 1\n", "line 2: option 'runner.fastReruns' expects a bool"),
    ("[theme]\nbase = 3\n", "line 2: option 'theme.base' expects a string, got 3"),
    ("[theme]\nbase = 'Dark'\n",
     "line 2: option 'theme.base' must be one of 'light', 'dark', 'system', got 'Dark'; "
     "did you mean 'dark'?"),
    ("\nrunner.postScriptGC = 'no'\n", "line 2: option 'runner.postScriptGC' expects a bool"),
    ("runner = { fastReruns = 3 }\n", "line 1: option 'runner.fastReruns' expects a bool"),
])
def test_type_errors(dirs: dict[str, Path], text: str, expected: str) -> None:
    message = error_of(dirs, text)
    assert message.startswith(str(dirs["cwd"] / ".rerunqt" / "config.toml"))
    assert expected in message


@pytest.mark.parametrize("text, expected", [
    ("[window]\nwidth = 99999999999\n",
     "line 2: option 'window.width' must be between 100 and 32767, got 99999999999"),
    ("[window]\n\nheight = -5\n",
     "line 3: option 'window.height' must be between 100 and 32767, got -5"),
    ("[server]\nmaxUploadSize = 0\n",
     "line 2: option 'server.maxUploadSize' must be between 1 and 1048576, got 0"),
    ("[server]\nmaxUploadSize = 1048577\n",
     "line 2: option 'server.maxUploadSize' must be between 1 and 1048576, got 1048577"),
])
def test_out_of_range_values_in_a_file(dirs: dict[str, Path], text: str, expected: str) -> None:
    message = error_of(dirs, text)
    assert message == f"{dirs['cwd'] / '.rerunqt' / 'config.toml'}, {expected}"


def test_range_ends_are_allowed_and_every_number_has_a_range(dirs: dict[str, Path]) -> None:
    write(dirs["cwd"], "[window]\nwidth = 100\nheight = 32767\n[server]\nmaxUploadSize = 1048576\n")
    config = load(dirs)
    assert (config["window.width"], config["window.height"]) == (100, 32767)
    assert config["server.maxUploadSize"] == 1048576
    numeric = [o.key for o in OPTIONS.values() if o.type in (int, float)]
    assert numeric and all(OPTIONS[key].bounds for key in numeric)


@pytest.mark.parametrize("flags, env, expected", [
    ({"window.width": "99999999999"}, {},
     "flag --window.width: option 'window.width' must be between 100 and 32767, got 99999999999"),
    ({"window.height": "-1"}, {},
     "flag --window.height: option 'window.height' must be between 100 and 32767, got -1"),
    ({}, {"RERUNQT_SERVER_MAX_UPLOAD_SIZE": "0"},
     "environment variable RERUNQT_SERVER_MAX_UPLOAD_SIZE: option 'server.maxUploadSize' "
     "must be between 1 and 1048576, got 0"),
])
def test_out_of_range_flags_and_env(dirs: dict[str, Path], flags: dict[str, str],
                                    env: dict[str, str], expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        load(dirs, flags, env)
    assert str(info.value) == expected
    with pytest.raises(ConfigError, match="must be between 100 and 32767"):
        Config({"window.width": 10})


def test_syntax_error_names_line_and_option(dirs: dict[str, Path]) -> None:
    path = dirs["cwd"] / ".rerunqt" / "config.toml"
    message = error_of(dirs, "[runner]\nmagicEnabled = true\nfastReruns = yes\n")
    assert message == (f"{path}, line 3: invalid TOML in option 'runner.fastReruns': "
                       "Invalid value (column 14)")
    message = error_of(dirs, "[window]\nwidth = 300\n[runner\n")
    assert message.startswith(f"{path}, line 3: invalid TOML: ")
    assert "Traceback" not in message


def test_unknown_option_did_you_mean(dirs: dict[str, Path]) -> None:
    path = dirs["cwd"] / ".rerunqt" / "config.toml"
    assert error_of(dirs, "[window]\nwidth = 300\n\n[runner]\nfastRerun = true\n") == (
        f"{path}, line 5: unknown option 'runner.fastRerun'; "
        "did you mean 'runner.fastReruns'?")
    assert error_of(dirs, "[runner]\nbogus = 1\n").endswith(
        "line 2: unknown option 'runner.bogus'; options in [runner] are "
        "'runner.enforceSerializableSessionState', 'runner.magicEnabled', "
        "'runner.fastReruns', 'runner.runOnSave', 'runner.postScriptGC', "
        "'runner.parallelMaxWorkers'")


def test_unknown_section(dirs: dict[str, Path]) -> None:
    path = dirs["cwd"] / ".rerunqt" / "config.toml"
    assert error_of(dirs, "[runnr]\nfastReruns = true\n") == (
        f"{path}, line 2: unknown option 'runnr.fastReruns'; "
        "did you mean 'runner.fastReruns'?")
    assert error_of(dirs, "\n[themes]\n") == (
        f"{path}, line 2: unknown section [themes]; did you mean [theme]?")
    assert error_of(dirs, "[browser]\ngatherUsageStats = false\n") == (
        f"{path}, line 2: unknown option 'browser.gatherUsageStats'; there is no section "
        "[browser]; sections are [client], [global], [magic], [runner], [server], [state], "
        "[theme], [window]")
    assert error_of(dirs, "[server]\nport = 8501\n") == (
        f"{path}, line 2: unknown option 'server.port'; options in [server] are "
        "'server.maxUploadSize'")
    assert error_of(dirs, "fastReruns = false\n") == (
        f"{path}, line 1: 'fastReruns' must be a [section] table of options, got False; "
        "did you mean 'runner.fastReruns' (under [runner])?")


def test_missing_env_substitution(dirs: dict[str, Path]) -> None:
    path = dirs["cwd"] / ".rerunqt" / "config.toml"
    assert error_of(dirs, '[theme]\nbase = "env:MY_THEME"\n') == (
        f"{path}, line 2: option 'theme.base' refers to environment variable 'MY_THEME', "
        "which is not set")
    assert error_of(dirs, '[runner]\nfastReruns = "env:F"\n', env={"F": "maybe"}) == (
        f"{path}, line 2 (via 'env:F'): option 'runner.fastReruns' expects a bool "
        "(true/false, 1/0, yes/no), got 'maybe'")


def test_errors_in_home_and_script_files_name_that_file(dirs: dict[str, Path]) -> None:
    for layer in ("home", "scripts"):
        path = write(dirs[layer], "[window]\nwidth = 'wide'\n")
        with pytest.raises(ConfigError, match=rf"^{path}, line 2: option 'window.width'"):
            load(dirs)
        path.unlink()


def test_unreadable_config_file(dirs: dict[str, Path]) -> None:
    (dirs["cwd"] / ".rerunqt" / "config.toml").mkdir(parents=True)
    with pytest.raises(ConfigError, match=r"config.toml: cannot read config file: "):
        load(dirs)


# ------------------------------------------------------------------ env and flag errors

@pytest.mark.parametrize("var, value, expected", [
    ("RERUNQT_RUNNER_FAST_RERUNS", "maybe",
     "environment variable RERUNQT_RUNNER_FAST_RERUNS: option 'runner.fastReruns' "
     "expects a bool (true/false, 1/0, yes/no), got 'maybe'"),
    ("RERUNQT_WINDOW_WIDTH", "wide",
     "environment variable RERUNQT_WINDOW_WIDTH: option 'window.width' "
     "expects an integer, got 'wide'"),
    ("RERUNQT_THEME_BASE", "blue",
     "environment variable RERUNQT_THEME_BASE: option 'theme.base' "
     "must be one of 'light', 'dark', 'system', got 'blue'"),
])
def test_env_var_errors(dirs: dict[str, Path], var: str, value: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        load(dirs, env={var: value})
    assert str(info.value) == expected


def test_flag_errors(dirs: dict[str, Path]) -> None:
    with pytest.raises(ConfigError) as info:
        load(dirs, {"window.height": "tall"})
    assert str(info.value) == (
        "flag --window.height: option 'window.height' expects an integer, got 'tall'")
    with pytest.raises(ConfigError) as info:
        load(dirs, {"runner.fastRerun": "true"})
    assert str(info.value) == (
        "flag --runner.fastRerun: unknown option 'runner.fastRerun'; "
        "did you mean 'runner.fastReruns'?")


# ------------------------------------------------------------------ parse_cli_config_flags

def test_parse_flags_both_forms() -> None:
    flags, rest = parse_cli_config_flags(
        ["--runner.fastReruns", "false", "x", "--theme.base=dark", "-v", "--window.width=",
         "--", "--window.height", "3"])
    assert flags == {"runner.fastReruns": "false", "theme.base": "dark", "window.width": ""}
    assert rest == ["x", "-v", "--", "--window.height", "3"]


def test_parse_flags_unknown_raises_with_did_you_mean() -> None:
    with pytest.raises(ConfigError) as info:
        parse_cli_config_flags(["--runner.fastRerun", "false"])
    assert str(info.value) == (
        "flag --runner.fastRerun: unknown option 'runner.fastRerun'; "
        "did you mean 'runner.fastReruns'?")
    with pytest.raises(ConfigError, match=r"^flag --db.host: unknown option 'db.host'"):
        parse_cli_config_flags(["--db.host", "x"])


def test_parse_flags_lenient_leaves_foreign_flags() -> None:
    flags, rest = parse_cli_config_flags(
        ["--db.host", "h", "--window.height=3", "--out=a.txt"], strict=False)
    assert (flags, rest) == ({"window.height": "3"}, ["--db.host", "h", "--out=a.txt"])
    for typo in ("--runner.fastRerun", "--runer.fastReruns"):
        with pytest.raises(ConfigError, match=r"did you mean 'runner\.fastReruns'"):
            parse_cli_config_flags([typo, "1"], strict=False)


def test_parse_flags_missing_value() -> None:
    with pytest.raises(ConfigError) as info:
        parse_cli_config_flags(["--runner.fastReruns"])
    assert str(info.value) == (
        "flag --runner.fastReruns needs a value, e.g. --runner.fastReruns true")

