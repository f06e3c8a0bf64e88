"""st.user / st.logout as Streamlit 1.67 gives them without sign-in, and AppTest's
``at.user`` / ``at.context`` seeding them, as Streamlit 1.67's AppTest does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import rerunqt
from rerunqt.errors import RerunQtAPIError
from rerunqt.testing import AppTest
from rerunqt.testing.errors import AppTestError

SIGN_IN_APP = """
import streamlit as st

if st.user.get("is_logged_in"):
    st.write(f"Hello, {st.user.name}!")
    st.write("token", st.user.tokens.get("id"))
    if st.button("Log out"):
        st.logout()
        st.write("after logout", st.user.to_dict())
else:
    st.write("signed out", st.user.to_dict())
"""


def test_outside_a_test_nobody_is_signed_in_and_reads_say_so_in_streamlits_words() -> None:
    user = rerunqt.user
    assert user.to_dict() == {} and len(user) == 0 and list(user) == []
    assert user.get("email") is None and "email" not in user
    with pytest.raises(AttributeError, match=re.escape('st.user has no attribute "is_logged_in".')):
        user.is_logged_in
    with pytest.raises(KeyError, match=re.escape('st.user has no key "email".')):
        user["email"]
    with pytest.raises(RerunQtAPIError, match=re.escape("st.user cannot be modified")):
        user.name = "x"  # type: ignore[misc]
    assert dict(user.tokens) == {}


def test_an_apptest_run_reads_streamlits_default_test_user() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write(st.user.email, len(st.user))").run()
    assert at.markdown[0].value == "test@example.com `1`"


def test_a_test_signs_a_user_in_and_logout_signs_them_out_for_later_runs() -> None:
    at = AppTest.from_string(SIGN_IN_APP)
    given = {"is_logged_in": True, "name": "Ann", "tokens": {"id": "t-1"}}
    at.user = given
    at.run()
    assert [m.value for m in at.markdown] == ["Hello, Ann!", "token t-1"]
    at.button[0].click().run()
    texts = [m.value for m in at.markdown]
    assert texts[-1].startswith("after logout")
    assert at.json[0].value == '{"is_logged_in": false}'  # the rest of the run: signed out
    assert at.user == {"is_logged_in": False}  # and the next runs
    assert given["name"] == "Ann"  # the test's own dict is left as it was
    at.run()
    assert at.markdown[0].value == "signed out"


def test_an_auth_section_in_the_secrets_makes_is_logged_in_false(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        '[auth]\nredirect_uri = "http://localhost:8501/oauth2callback"\ncookie_secret = "x"\n')
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.write(st.user.is_logged_in)\n")
    at = AppTest.from_file(str(app))
    at.user = {}
    at.run()
    assert not at.exception and at.markdown[0].value == "`False`"


def test_at_context_sets_what_st_context_answers() -> None:
    script = ("import streamlit as st\nc = st.context\n"
              "st.write(c.theme.type, c.locale, c.timezone, c.timezone_offset, c.is_embedded)")
    at = AppTest.from_string(script)
    at.context = {"theme": "dark", "locale": "de-DE", "timezone": "Europe/Berlin",
                  "timezone_offset": -60, "is_embedded": True}
    at.run()
    assert at.markdown[0].value == "dark de-DE Europe/Berlin `-60` `True`"
    at.context = {"locale": None}  # a None value reads as None; other keys: the desktop's
    at.run()
    assert " `None` " in at.markdown[0].value


@pytest.mark.parametrize(("context", "words"), [
    ({"colour": "dark"}, "AppTest.context does not support 'colour'. Supported keys: "),
    ({"theme": "blue"}, "AppTest.context['theme'] must be 'light' or 'dark', not 'blue'."),
    ({"timezone_offset": True}, "AppTest.context['timezone_offset'] must be int, not bool."),
    ("dark", "AppTest.context must be a dict, not str."),
])
def test_a_wrong_context_is_an_apptest_error_before_the_run(context: object, words: str) -> None:
    at = AppTest.from_string("import streamlit as st\nst.write('ran')")
    at.context = context  # type: ignore[assignment]
    with pytest.raises(AppTestError) as caught:
        at.run()
    assert words in str(caught.value)
    assert not at.markdown  # nothing ran


def test_a_user_that_is_not_a_dict_is_an_apptest_error() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write('ran')")
    at.user = ["Ann"]  # type: ignore[assignment]
    with pytest.raises(AppTestError, match=re.escape("AppTest.user must be a dict, not list.")):
        at.run()
