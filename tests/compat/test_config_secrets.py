"""A Streamlit app's .streamlit files, st.secrets, st.get_option and st.set_option."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rerunqt.config import load_config
from rerunqt.errors import ConfigError, RerunQtAPIError
from rerunqt.testing import AppTest


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def _app(folder: Path, source: str) -> AppTest:
    return AppTest.from_file(_write(folder / "app.py", source)).run()


def test_streamlit_config_beside_the_script_and_in_cwd_is_read(tmp_path: Path) -> None:
    cwd, scripts = tmp_path / "cwd", tmp_path / "scripts"
    _write(cwd / ".streamlit/config.toml", "[theme]\nbase = 'dark'\n[runner]\nmagicEnabled = false\n")
    _write(scripts / ".streamlit/config.toml", "[runner]\nmagicEnabled = true\n")
    config = load_config(scripts / "app.py", env={}, home=tmp_path, cwd=cwd)
    assert config["theme.base"] == "dark"
    assert config["runner.magicEnabled"] is True  # the script's folder beats cwd
    assert config.source("theme.base") == f"{cwd / '.streamlit/config.toml'}, line 2"


def test_rerunqt_s_own_files_win(tmp_path: Path) -> None:
    _write(tmp_path / ".streamlit/config.toml", "[theme]\nbase = 'dark'\n")
    _write(tmp_path / ".rerunqt/config.toml", "[theme]\nbase = 'light'\n")
    config = load_config(tmp_path / "app.py", env={}, home=tmp_path / "nohome", cwd=tmp_path)
    assert config["theme.base"] == "light"


def test_web_only_options_are_accepted_with_one_note(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from rerunqt.compat import streamlit_config

    streamlit_config._noted.clear()
    _write(tmp_path / ".streamlit/config.toml", """
        [server]
        port = 8502
        headless = true
        maxUploadSize = 50
        [browser]
        gatherUsageStats = false
        [theme]
        primaryColor = "#F63366"
        [client]
        showErrorDetails = "none"
    """)
    config = load_config(tmp_path / "app.py", env={}, home=tmp_path / "h", cwd=tmp_path)
    assert config["server.maxUploadSize"] == 50
    assert config["client.showErrorDetails"] == "none"  # Streamlit's level name, understood
    notes = capsys.readouterr().err.strip().splitlines()
    assert len(notes) == 1
    assert "no meaning in a desktop app" in notes[0]
    for name in ("server.port", "server.headless", "browser.gatherUsageStats"):
        assert name in notes[0]
    assert "primaryColor" not in notes[0]  # a theme colour is applied, not ignored
    assert config["theme.primaryColor"] == "#F63366"
    load_config(tmp_path / "app.py", env={}, home=tmp_path / "h", cwd=tmp_path)
    assert capsys.readouterr().err == ""  # one note per process, not one per AppTest


def test_a_wrong_value_for_a_known_option_is_still_an_error(tmp_path: Path) -> None:
    _write(tmp_path / ".streamlit/config.toml", "[server]\nmaxUploadSize = 'big'\n")
    with pytest.raises(ConfigError, match=r"config.toml, line 2: option 'server.maxUploadSize'"):
        load_config(tmp_path / "app.py", env={}, home=tmp_path / "h", cwd=tmp_path)


SECRETS = """
    api_key = "k-123"
    [db]
    user = "ada"
    port = 5432
"""


def test_secrets_are_read_with_attribute_and_item_access(tmp_path: Path) -> None:
    _write(tmp_path / ".streamlit/secrets.toml", SECRETS)
    at = _app(tmp_path, """
        import streamlit as st
        st.text(st.secrets["api_key"] + " " + st.secrets.db.user + " " + str(st.secrets["db"]["port"]))
        st.text(str("db" in st.secrets) + " " + str(st.secrets.get("nope")) + " " + str(len(st.secrets)))
        st.text(str(st.secrets.db.to_dict()))
    """)
    assert not at.exception
    assert [t.value for t in at.text] == [
        "k-123 ada 5432", "True None 2", "{'user': 'ada', 'port': 5432}"]


def test_rerunqt_secrets_win_and_edits_are_seen_without_restart(tmp_path: Path) -> None:
    _write(tmp_path / ".streamlit/secrets.toml", SECRETS)
    own = _write(tmp_path / ".rerunqt/secrets.toml", 'api_key = "mine"\n')
    at = _app(tmp_path, "import streamlit as st\nst.text(st.secrets.api_key)\n")
    assert at.text[0].value == "mine"
    own.write_text('api_key = "changed!"\n')
    assert at.run().text[0].value == "changed!"


@pytest.mark.parametrize("access, error", [("st.secrets['db']['password']", "KeyError"),
                                           ("st.secrets.db.password", "AttributeError")])
def test_a_missing_secret_names_the_key_and_the_files(tmp_path: Path, access: str, error: str) -> None:
    _write(tmp_path / ".streamlit/secrets.toml", SECRETS)
    at = _app(tmp_path, f"""
        import streamlit as st
        try:
            {access}
        except {error} as exc:
            st.text(str(exc))
    """)
    message = at.text[0].value
    assert message.startswith("st.secrets.db has no key 'password' (its keys: 'user', 'port')")
    assert str(tmp_path / ".streamlit" / "secrets.toml") in message


@pytest.mark.parametrize(("statement", "message"), [
    ("st.secrets.db.user = 'eve'", "Secrets does not support attribute assignment."),
    ("st.secrets.foo = 'bar'", "Secrets does not support attribute assignment."),
    ("st.secrets['foo'] = 'bar'", "Secrets does not support item assignment."),
    ("st.secrets.db['user'] = 'eve'", "Secrets does not support item assignment."),
    ("del st.secrets['db']", "Secrets does not support item deletion."),
])
def test_secrets_are_read_only(tmp_path: Path, statement: str, message: str) -> None:
    """Writes raise Streamlit's TypeError and words, at the top level as in a section."""
    _write(tmp_path / ".streamlit/secrets.toml", SECRETS)
    at = _app(tmp_path, f"""
        import streamlit as st
        try:
            {statement}
        except TypeError as exc:
            st.text(str(exc))
    """)
    assert not at.exception and at.text[0].value == message


def test_get_and_set_option(tmp_path: Path) -> None:
    _write(tmp_path / ".streamlit/config.toml", "[theme]\nbase = 'dark'\n")
    at = _app(tmp_path, """
        import streamlit as st
        st.text(st.get_option("theme.base"))
        st.set_option("client.showErrorDetails", False)
        st.text(str(st.get_option("client.showErrorDetails")))
        st.set_option("client.showErrorDetails", "full")  # the error below in full
        from streamlit import config
        st.text(str(config.get_option is st.config.get_option is st.get_option))
        st.set_option("theme.base", "light")
    """)
    assert [t.value for t in at.text] == ["dark", "False", "True"]
    assert "'theme.base' cannot be set on the fly" in at.exception[0].message
    # no base set (follow the system): None, as Streamlit 1.67 reports an unset base, so
    # an app's {"light": ..., "dark": ...}[st.get_option("theme.base") or "light"] runs
    unset = _app(tmp_path / "unset", "import streamlit as st\n"
                                     "st.text(repr(st.get_option('theme.base')))\n")
    assert unset.text[0].value == "None"


def test_streamlit_config_set_option_takes_any_option(tmp_path: Path) -> None:
    """Streamlit's st_chat_input e2e app starts with
    ``config.set_option("server.maxUploadSize", 1)``: Streamlit's internal setter takes it
    (only ``st.set_option`` is limited to client.*), and the uploads follow it."""
    at = _app(tmp_path, """
        import streamlit as st
        from streamlit import config
        config.set_option("server.maxUploadSize", 1)
        st.text(str(config.get_option("server.maxUploadSize")))
        st.file_uploader("Data")
    """)
    assert not at.exception and at.text[0].value == "1"
    assert at.file_uploader[0].max_upload_size == 1024 * 1024


def test_an_unknown_option_says_did_you_mean() -> None:
    import rerunqt as st

    with pytest.raises(KeyError, match=r"did you mean 'theme.base'\?"):
        st.get_option("theme.bse")
    with pytest.raises(RerunQtAPIError, match="cannot be set on the fly"):
        st.set_option("runner.magicEnabled", False)


def test_apptest_secrets_replace_the_files_during_runs(tmp_path: Path) -> None:
    _write(tmp_path / ".streamlit/secrets.toml", SECRETS)
    at = AppTest.from_file(_write(tmp_path / "app.py", """
        import streamlit as st
        st.text(st.secrets["api_key"])
    """))
    at.secrets["api_key"] = "from the test"
    assert at.run().text[0].value == "from the test"
    at.secrets.clear()
    assert at.run().text[0].value == "k-123"


def test_font_faces_are_read_not_noted_as_ignored(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from rerunqt.compat import streamlit_config, streamlit_only

    streamlit_config._noted.clear()
    _write(tmp_path / ".streamlit/config.toml", """
        [[theme.fontFaces]]
        family = "tuffy"
        url = "app/static/Tuffy-Regular.ttf"
        [server]
        port = 8502
    """)
    load_config(tmp_path / "app.py", env={}, home=tmp_path / "h", cwd=tmp_path)
    note = capsys.readouterr().err
    assert "server.port" in note and "fontFaces" not in note  # the window loads the files
    assert streamlit_only.value("theme.fontFaces") == [
        {"family": "tuffy", "url": "app/static/Tuffy-Regular.ttf"}]


def test_setting_an_option_streamlit_no_longer_has_is_its_error() -> None:
    """Streamlit 1.67 has no ``deprecation.*`` options: an old app's
    ``st.set_option("deprecation.showPyplotGlobalUse", False)`` raises its "Unrecognized
    config option" there (it was a note here, and the app ran on)."""
    at = AppTest.from_string("""
        import streamlit as st
        try:
            st.set_option("deprecation.showPyplotGlobalUse", False)
        except st.errors.StreamlitAPIException as exc:
            st.text(str(exc))
        st.set_option("deprecation.showfileUploaderEncoding", False)
        st.text("not reached")
    """).run()
    assert at.text[0].value == "Unrecognized config option: deprecation.showPyplotGlobalUse"
    assert len(at.text) == 1
    assert at.exception[0].message == "Unrecognized config option: deprecation.showfileUploaderEncoding"
    with pytest.raises(KeyError, match=r"unknown option 'nosuch\.option'"):
        import rerunqt

        rerunqt.set_option("nosuch.option", 1)


def test_root_level_secrets_are_environment_variables_once_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RQ_TEST_KEY", raising=False)
    monkeypatch.delenv("RQ_TEST_PORT", raising=False)
    monkeypatch.setattr("os.environ", dict(__import__("os").environ))  # undone after the test
    _write(tmp_path / ".streamlit" / "secrets.toml",
           'RQ_TEST_KEY = "sk-1"\nRQ_TEST_PORT = 5432\n[db]\nuser = "x"\n')
    at = _app(tmp_path, """
        import os
        import streamlit as st
        st.secrets["db"]
        st.text(f"{os.environ.get('RQ_TEST_KEY')} {os.environ.get('RQ_TEST_PORT')} {os.environ.get('db')}")
    """)
    assert at.text[0].value == "sk-1 5432 None"


@pytest.mark.qt
def test_a_window_exports_secrets_before_the_first_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rerunqt_pilot) -> None:
    """As Streamlit loads secrets at start-up: a script that only reads os.environ
    (a library looking for its API key) finds the root-level secret."""
    monkeypatch.setattr("os.environ", dict(__import__("os").environ))
    monkeypatch.delenv("RQ_TEST_TOKEN", raising=False)
    _write(tmp_path / ".streamlit" / "secrets.toml", 'RQ_TEST_TOKEN = "t-42"\n')
    script = _write(tmp_path / "app.py",
                    "import os\nimport streamlit as st\nst.text(os.environ.get('RQ_TEST_TOKEN'))\n")
    pilot = rerunqt_pilot(script)
    assert pilot.texts("text") == ["t-42"]


def test_streamlit_only_options_read_back_their_file_value_or_streamlits_default(
        tmp_path: Path) -> None:
    """A script written for Streamlit reads st.get_option("server.port") or
    "client.toolbarMode": it gets the Streamlit config file's value or Streamlit 1.67's
    default, not an "unknown option" error; setting a server option while running is
    Streamlit's error, a scriptable client one is read back as set."""
    _write(tmp_path / ".streamlit/config.toml", "[server]\nport = 8502\n[client]\n"
                                                "toolbarMode = 'minimal'\n")
    at = _app(tmp_path, """
        import streamlit as st
        st.text(repr([st.get_option("server.port"), st.get_option("client.toolbarMode"),
                      st.get_option("server.baseUrlPath"), st.get_option("logger.level"),
                      st.get_option("server.allowedHosts")]))
        st.set_option("client.toolbarMode", "viewer")
        st.text(st.get_option("client.toolbarMode"))
        st.set_option("server.port", 9000)
    """)
    assert at.text[0].value == "[8502, 'minimal', '', 'info', []]"
    assert at.text[1].value == "viewer"
    assert at.exception[0].value == (
        "server.port cannot be set on the fly. Set as command line option, e.g. streamlit "
        "run script.py --server.port, or in config.toml instead.")
    other = _app(tmp_path / "other", "import streamlit as st\n"
                                     "st.text(str(st.get_option('server.port')))\n")
    assert other.text[0].value == "8501"  # the next app does not see the first one's file


def test_with_no_secrets_file_a_key_raises_streamlits_file_not_found_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streamlit raises StreamlitSecretNotFoundError, a FileNotFoundError: apps catch that
    (or KeyError) to fall back to asking for the key; both work."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    at = _app(tmp_path / "app", """
        import streamlit as st
        for catch in (FileNotFoundError, KeyError, st.errors.StreamlitSecretNotFoundError):
            try:
                st.secrets["OPENAI_API_KEY"]
            except catch as exc:
                st.text(type(exc).__name__ + ": " + str(exc))
        st.text(str("OPENAI_API_KEY" in st.secrets) + " " + str(st.secrets.get("x", "d")))
    """)
    assert not at.exception
    texts = [t.value for t in at.text]
    assert len(texts) == 4 and texts[3] == "False d"  # `in` and get stay quiet (see README)
    assert all(t.startswith("SecretsNotFoundError: No secrets found. Valid paths for a "
                            "secrets.toml file") for t in texts[:3])
    assert str(tmp_path / "app" / ".streamlit" / "secrets.toml") in texts[0]


def test_load_if_toml_exists_says_whether_a_secrets_file_was_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streamlit 1.67's ``st.secrets.load_if_toml_exists()`` (it never raises); it was read
    as a missing secret named "load_if_toml_exists"."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    script = "import streamlit as st\nst.text(repr(st.secrets.load_if_toml_exists()))\n"
    at = _app(tmp_path / "app", script)
    assert not at.exception and at.text[0].value == "False"
    _write(tmp_path / "app" / ".streamlit" / "secrets.toml", "token = 'x'\n")
    assert at.run().text[0].value == "True"


def test_streamlit_s_hidden_options_are_readable_too(tmp_path: Path) -> None:
    """Options Streamlit 1.67 leaves out of its docs (global.developmentMode,
    magic.displayRootDocString, ui.hideTopBar...) still answer st.get_option there; a
    script that checks development mode stopped with "unknown option"."""
    _write(tmp_path / ".streamlit/config.toml", "[ui]\nhideTopBar = true\n")
    at = _app(tmp_path, """
        import streamlit as st
        st.text(repr([st.get_option(k) for k in ("global.developmentMode", "ui.hideTopBar",
            "magic.displayRootDocString", "server.maxWidgetStateSize",
            "server.trustedUserHeaders", "logger.hideWelcomeMessage")]))
        st.set_option("logger.enableRich", True)
        st.text(repr(st.get_option("logger.enableRich")))
    """)
    assert not at.exception
    assert [t.value for t in at.text] == ["[False, True, False, 25, {}, False]", "True"]


def test_a_misspelt_streamlit_option_is_warned_about_not_called_meaningless(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Streamlit 1.67 warns '"theme.primarycolor" is not a valid config option'; rerunqt
    said it had "no meaning in a desktop app", which hid the typo. The file still loads."""
    _write(tmp_path / ".streamlit/config.toml", "[theme]\nprimarycolor = '#ff0000'\n"
                                                "[server]\nport = 8502\n")
    config = load_config(tmp_path / "app.py", env={}, home=tmp_path / "h", cwd=tmp_path)
    err = capsys.readouterr().err
    assert "'theme.primarycolor' is not a valid config option; did you mean " \
           "'theme.primaryColor'?" in err
    assert "no meaning in a desktop app: server.port (in" in err
    assert config["theme.primaryColor"] is None


def test_streamlit_s_server_run_on_save_turns_on_rerun_on_save(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Streamlit app's [server] runOnSave = true is rerunqt's runner.runOnSave (rerun when
    the script is saved); it was noted as having "no meaning in a desktop app"."""
    _write(tmp_path / ".streamlit/config.toml", "[server]\nrunOnSave = true\n")
    config = load_config(tmp_path / "app.py", env={}, home=tmp_path / "h", cwd=tmp_path)
    assert config["runner.runOnSave"] is True
    assert "runOnSave" not in capsys.readouterr().err
    at = _app(tmp_path, "import streamlit as st\nst.text(repr(st.get_option('server.runOnSave')))\n")
    assert at.text[0].value == "True"
    _write(tmp_path / ".rerunqt/config.toml", "[runner]\nrunOnSave = false\n")  # rerunqt's wins
    assert load_config(tmp_path / "app.py", env={}, home=tmp_path / "h",
                       cwd=tmp_path)["runner.runOnSave"] is False


def test_an_unknown_option_raises_streamlit_s_error_types() -> None:
    """Streamlit's ``st.get_option("theme")`` raises a RuntimeError ("Config key ... not
    defined") and ``st.set_option`` of an unknown name a StreamlitAPIException; an app's
    ``except RuntimeError`` (the 1.16 Altair theme demo's) let rerunqt's KeyError through."""
    at = AppTest.from_string("""
        import streamlit as st
        from streamlit.errors import StreamlitAPIException
        try:
            st.get_option("theme")
        except RuntimeError as e:
            st.text("runtime")
        try:
            st.set_option("nosuch.option", 1)
        except StreamlitAPIException as e:
            st.text("api")
    """).run()
    assert not at.exception
    assert [t.value for t in at.text] == ["runtime", "api"]
