"""Every public name of Streamlit 1.67 either works in rerunqt or says clearly why not."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import rerunqt
from rerunqt.compat import streamlit as alias
from rerunqt.compat.names import LEGACY
from rerunqt.compat.unsupported import UNSUPPORTED, UnsupportedFeatureError
from rerunqt.testing import AppTest

# Streamlit 1.67's public names and their kinds, taken from the project's API reference
# (shared/reference/streamlit-1.67-api.json) without the parameters.
API: dict[str, str] = json.loads((Path(__file__).parent / "streamlit_1_67_names.json").read_text())
NAMES = sorted(API)


def _check(module: object, name: str) -> None:
    try:
        getattr(module, name)
    except UnsupportedFeatureError as exc:
        message = str(exc)
        assert f"st.{name} " in message and "is not supported in rerunqt: " in message, message
        assert name in UNSUPPORTED


@pytest.mark.parametrize("name", NAMES)
def test_each_streamlit_name_works_or_says_why_not(name: str) -> None:
    _check(alias, name)
    if API[name] != "module":
        _check(rerunqt, name)


def test_the_table_only_lists_streamlit_names() -> None:
    legacy = {"experimental_get_query_params", "experimental_set_query_params",
              "bokeh_chart"}  # removed from Streamlit, still in old scripts
    assert sorted(set(UNSUPPORTED) - set(API) - legacy) == []


def test_the_error_names_the_call_the_reason_and_an_alternative() -> None:
    with pytest.raises(AttributeError) as caught:
        rerunqt.bokeh_chart
    message = str(caught.value)
    assert message.startswith("st.bokeh_chart is not supported in rerunqt: it needs a web browser")
    assert "Instead, use st.plotly_chart" in message


def test_feature_checks_with_hasattr_keep_working() -> None:
    assert not hasattr(rerunqt, "bokeh_chart")
    assert getattr(rerunqt, "bokeh_chart", None) is None
    assert hasattr(rerunqt, "pydeck_chart")  # drawn natively since it is read from deck.gl's JSON
    assert hasattr(rerunqt, "echarts_chart") and hasattr(rerunqt, "iframe")  # drawn natively too
    assert hasattr(rerunqt, "button")


def test_a_typo_is_a_plain_attribute_error_with_a_suggestion() -> None:
    with pytest.raises(AttributeError, match=r"\. Did you mean st.selectbox\?") as caught:
        rerunqt.selectbx
    assert not isinstance(caught.value, UnsupportedFeatureError)


def test_a_missing_name_in_a_script_reads_as_streamlit_s_error() -> None:
    """Streamlit 1.67's words, the module named as the script imported it."""
    at = AppTest.from_string("import streamlit as st\nst.pyploz(1)").run()
    assert at.exception[0].message == ("module 'streamlit' has no attribute 'pyploz'. "
                                       "Did you mean st.pyplot?")
    at = AppTest.from_string("import streamlit as st\nst.experimental_data_editor(1)").run()
    assert at.exception[0].message == (
        "module 'streamlit' has no attribute 'experimental_data_editor'. "
        "st.experimental_data_editor has been removed. Use st.data_editor instead.")


def test_in_a_script_the_error_is_shown_with_its_reason() -> None:
    at = AppTest.from_string("import streamlit as st\nst.login()\n").run()
    assert "st.login is not supported in rerunqt: it needs a web browser" in at.exception[0].message


def test_legacy_names_are_aliases_that_warn_once() -> None:
    from rerunqt.compat import names

    names._warned.discard("experimental_rerun")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert rerunqt.experimental_rerun is rerunqt.rerun
        assert rerunqt.experimental_rerun is rerunqt.rerun
    assert [str(w.message) for w in caught] == [
        "st.experimental_rerun is deprecated (as in Streamlit); use st.rerun instead."]
    assert LEGACY["experimental_dialog"] == "dialog"


def test_legacy_names_work_in_a_script() -> None:
    from rerunqt.compat import names

    names._warned.discard("experimental_dialog")
    script = """
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = 0
        st.session_state.n += 1
        if st.session_state.n < 3:
            st.experimental_rerun()
        st.text(str(st.session_state.n))
        @st.experimental_dialog("Hi")
        def show():
            st.text("in dialog")
    """
    with pytest.warns(names.LegacyNameWarning, match="use st.dialog instead"):
        at = AppTest.from_string(script).run()
    assert not at.exception
    assert at.text[0].value == "3"


def test_a_legacy_name_without_its_successor_says_which_one_it_was() -> None:
    target = LEGACY["experimental_memo"]
    if hasattr(rerunqt, target):
        pytest.skip(f"st.{target} exists now, so st.experimental_memo is an alias")
    with pytest.raises(UnsupportedFeatureError, match=r"st.experimental_memo \(now st.cache_data\)"):
        rerunqt.experimental_memo


def test_the_legacy_warning_points_at_the_script_line(tmp_path: Path) -> None:
    from rerunqt.compat import names

    names._warned.discard("experimental_rerun")
    script = tmp_path / "old_app.py"
    script.write_text("import streamlit as st\nif False:\n    pass\nrerun = st.experimental_rerun\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        AppTest.from_file(script).run()
    assert [(Path(w.filename).name, w.lineno) for w in caught] == [("old_app.py", 4)]


def test_the_table_never_lists_a_name_rerunqt_provides() -> None:
    """A name that now works must leave the table (its entry would be a stale reason)."""
    import rerunqt
    from rerunqt.compat.unsupported import CALL_ONLY, UNSUPPORTED

    for name in CALL_ONLY:  # provided, but only to raise the table's reason when called
        getattr(rerunqt, name)
    assert sorted(name for name in UNSUPPORTED
                  if name in vars(rerunqt) and name not in CALL_ONLY) == []


def test_a_call_only_name_exists_and_raises_its_reason_when_called() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.button("Log in", on_click=st.login, args=["google"])\n'
    ).run()
    assert not at.exception and at.button[0].label == "Log in"  # drawn, as in Streamlit
    at.button[0].click().run()
    assert "st.login is not supported in rerunqt: it needs a web browser" in (
        at.exception[0].message)


def test_legacy_st_cache_takes_its_old_parameters() -> None:
    """allow_output_mutation=True is the shared object (cache_resource), else a copy."""
    import warnings

    from rerunqt.testing import AppTest

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        at = AppTest.from_string("""
            import streamlit as st
            @st.cache(allow_output_mutation=True, suppress_st_warning=True)
            def shared(x):
                return [x]
            @st.cache
            def copied(x):
                return [x]
            st.write(str((shared(1) is shared(1), copied(1) is copied(1), copied(2))))
        """).run()
    assert not at.exception, at.exception
    assert at.markdown.values == ["(True, False, [2])"]


@pytest.mark.parametrize(("call", "module"), [("st.audio(b'x')", "QtMultimedia"),
                                              ("st.video(b'x')", "QtMultimedia"),
                                              ("st.camera_input('c')", "QtMultimedia"),
                                              ("st.audio_input('a')", "QtMultimedia"),
                                              ("st.pdf(b'%PDF')", "QtPdf")])
def test_media_elements_without_the_addons_name_the_qt_module_and_the_extra(
        call: str, module: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from rerunqt.core import media_elements
    from rerunqt.testing import AppTest

    monkeypatch.setattr(media_elements, "qt_module_present", lambda name: False)
    at = AppTest.from_string("import rerunqt as st\n" + call).run()
    message = at.exception[0].message
    assert f"PySide6.{module}" in message and "pip install 'rerunqt[media]'" in message
    assert "PySide6-Addons" in message and "\n" not in message


def test_legacy_query_params_functions_read_and_write_st_query_params() -> None:
    import warnings

    from rerunqt.testing import AppTest

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        at = AppTest.from_string("""
            import streamlit as st
            st.experimental_set_query_params(tab="sales", ids=["1", "2"])
            st.write(str(st.experimental_get_query_params()), st.query_params["tab"])
        """).run()
    assert not at.exception, at.exception
    assert at.markdown.values == ["{'tab': ['sales'], 'ids': ['1', '2']} sales"]
