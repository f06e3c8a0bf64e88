"""st.file_uploader, UploadedFile and st.download_button, through AppTest (no Qt)."""

from __future__ import annotations

import copy
import fnmatch
import io
import pickle
import sys
from pathlib import Path

import pytest
from conftest import script_with_config

from rerunqt.core.files import MEGABYTE, UploadedFile, file_spec, human_size, limit_text, normalize_types
from rerunqt.testing import AppTest, AppTestError

UPLOADER = """
import rerunqt as st
f = st.file_uploader("Data", type=["csv", "txt"], key="f")
if f is None:
    st.text("none")
else:
    st.text(f"{f.name}|{f.type}|{f.size}|{f.read()!r}|{type(f).__name__}")
"""


def app(src: str) -> AppTest:
    return AppTest.from_string(src).run()


# ----- UploadedFile -----
def test_uploaded_file_is_a_bytesio_with_name_type_size_and_id() -> None:
    f = UploadedFile("Table.CSV", b"a,b\n1,2\n")
    assert isinstance(f, io.BytesIO)
    assert (f.name, f.type, f.size) == ("Table.CSV", "text/csv", 8)
    assert isinstance(f.file_id, str) and len(f.file_id) >= 16
    assert f.read() == b"a,b\n1,2\n" and f.read() == b""
    f.seek(0)
    assert f.read(3) == b"a,b" and f.getvalue() == b"a,b\n1,2\n"
    assert UploadedFile("x.unknownext", b"").type == "application/octet-stream"
    assert UploadedFile("x.bin", b"", type="image/png").type == "image/png"
    assert "name='Table.CSV'" in repr(f) and "size=8" in repr(f)


def test_uploaded_file_equality_is_the_upload_not_the_object() -> None:
    a = UploadedFile("a.csv", b"1", file_id="id1")
    assert a == UploadedFile("a.csv", b"1", file_id="id1")
    assert hash(a) == hash(UploadedFile("a.csv", b"1", file_id="id1"))
    assert a != UploadedFile("a.csv", b"1", file_id="id2")
    assert a != UploadedFile("b.csv", b"1", file_id="id1")
    assert a != UploadedFile("a.csv", b"12", file_id="id1")
    assert a != ("a.csv", b"1")


def test_uploaded_file_copies_and_pickles_start_at_zero_and_share_bytes() -> None:
    data = b"x" * 100_000
    f = UploadedFile("a.txt", data)
    f.read()
    for other in (copy.deepcopy(f), copy.copy(f), pickle.loads(pickle.dumps(f))):
        assert other == f and other is not f
        assert other.tell() == 0 and other.read() == data
        assert other.type == "text/plain"
    assert copy.deepcopy(f).getvalue() is data  # no copy of the contents per run


def test_normalize_types() -> None:
    assert normalize_types(None) is None
    assert normalize_types([]) is None
    assert normalize_types("CSV") == (".csv",)
    assert normalize_types([".Txt", "txt", "csv"]) == (".txt", ".csv")
    assert set(normalize_types(["jpg"]) or ()) == {".jpg", ".jpeg"}
    assert set(normalize_types(["JPEG", "png"]) or ()) == {".jpeg", ".png", ".jpg"}


def test_sizes_are_written_as_streamlit_s_front_end_writes_them(monkeypatch) -> None:
    """"73.0B", "1.5KB", "Limit 200MB per file": by 1000 (1024 on Windows), no space."""
    monkeypatch.setattr(sys, "platform", "linux")
    assert human_size(73) == "73.0B" and human_size(500) == "500.0B"
    assert human_size(600) == "0.6KB" and human_size(1536) == "1.5KB"
    assert human_size(3 * 1024 * 1024) == "3.1MB" and human_size(2 * 10**9) == "2.0GB"
    assert limit_text(200 * MEGABYTE) == "200MB" and limit_text(MEGABYTE) == "1MB"
    assert limit_text(1000 * MEGABYTE) == "1GB"
    monkeypatch.setattr(sys, "platform", "win32")
    assert human_size(3 * 1024 * 1024) == "3.0MB" and limit_text(200 * MEGABYTE) == "200MB"


# ----- file_uploader -----
def test_default_is_none_or_empty_list() -> None:
    at = app(
        """
        import rerunqt as st
        one = st.file_uploader("One")
        many = st.file_uploader("Many", accept_multiple_files=True)
        st.text(repr(one)); st.text(repr(many))
        """
    )
    assert [t.value for t in at.text] == ["None", "[]"]
    assert at.file_uploader[0].value is None
    assert at.file_uploader[1].value == []
    assert at.file_uploader[1].multiple is True
    assert at.file_uploader[0].label == "One"


def test_upload_gives_an_uploaded_file_fresh_every_run() -> None:
    at = app(UPLOADER)
    assert at.text[0].value == "none"
    at.file_uploader[0].upload("data.csv", b"1,2").run()
    expected = "data.csv|text/csv|3|b'1,2'|UploadedFile"
    assert at.text[0].value == expected
    at.run()  # read() in the last run does not leave the next run's file empty
    assert at.text[0].value == expected
    value = at.file_uploader[0].value
    assert isinstance(value, UploadedFile) and value.getvalue() == b"1,2"
    assert at.session_state["f"] == value
    assert isinstance(at.session_state["f"], UploadedFile)


def test_upload_accepts_str_data_and_a_mime() -> None:
    at = app(UPLOADER)
    at.file_uploader[0].upload("notes.txt", "héllo", mime="text/x-custom").run()
    assert at.text[0].value == "notes.txt|text/x-custom|6|b'h\\xc3\\xa9llo'|UploadedFile"


def test_single_uploader_replaces_its_file() -> None:
    at = app(UPLOADER)
    at.file_uploader[0].upload("a.csv", b"1").run()
    at.file_uploader[0].upload("b.txt", b"22").run()
    assert at.text[0].value.startswith("b.txt|")
    with pytest.raises(ValueError, match="accepts one file"):
        at.file_uploader[0].set_value([("a.csv", b"1"), ("b.csv", b"2")])


def test_multiple_uploader_appends_removes_and_clears() -> None:
    at = app(
        """
        import rerunqt as st
        files = st.file_uploader("Files", accept_multiple_files=True, key="fs")
        st.text(",".join(f"{f.name}:{f.read().decode()}" for f in files))
        """
    )
    uploader = at.file_uploader[0]
    uploader.upload("a.txt", b"A").upload("b.txt", b"B")  # chained before one run
    assert [f.name for f in uploader.value] == ["a.txt", "b.txt"]
    at.run()
    assert at.text[0].value == "a.txt:A,b.txt:B"
    at.file_uploader[0].upload("c.txt", b"C").run()
    assert at.text[0].value == "a.txt:A,b.txt:B,c.txt:C"
    at.file_uploader[0].remove("b.txt").run()
    assert at.text[0].value == "a.txt:A,c.txt:C"
    assert isinstance(at.session_state["fs"], list)
    at.file_uploader[0].clear().run()
    assert at.text[0].value == "" and at.session_state["fs"] == []


def test_set_value_takes_pairs_and_uploaded_files() -> None:
    at = app(
        """
        import rerunqt as st
        files = st.file_uploader("Files", accept_multiple_files=True)
        st.text(",".join(f.name for f in files))
        """
    )
    at.file_uploader[0].set_value([("a.txt", b"A"), UploadedFile("b.bin", b"B")]).run()
    assert at.text[0].value == "a.txt,b.bin"
    with pytest.raises(ValueError, match="UploadedFile"):
        at.file_uploader[0].set_value([42])


def test_set_value_takes_streamlit_s_name_bytes_mime_tuples() -> None:
    """Streamlit 1.67's AppTest: set_value(("a.csv", b"...", "text/csv")) or a list of them."""
    at = app(UPLOADER)
    at.file_uploader[0].set_value(("a.csv", b"x,y", "text/csv")).run()
    assert at.text[0].value == "a.csv|text/csv|3|b'x,y'|UploadedFile"
    multi = app(
        """
        import rerunqt as st
        files = st.file_uploader("Files", accept_multiple_files=True)
        st.text(",".join(f"{f.name}:{f.type}" for f in files))
        """
    )
    multi.file_uploader[0].set_value([("a.txt", b"A", "text/plain"),
                                      ("b.bin", b"B", "application/x-b")]).run()
    assert multi.text[0].value == "a.txt:text/plain,b.bin:application/x-b"


def test_uploader_reports_streamlit_s_allowed_type_and_multiple_flags() -> None:
    at = app(
        """
        import rerunqt as st
        st.file_uploader("a", type=["csv", "TXT"])
        st.file_uploader("b")
        st.file_uploader("c", type="csv", accept_multiple_files="directory")
        """
    )
    assert [(f.allowed_type, f.accept_multiple_files, f.accept_directory)
            for f in at.file_uploader] == [
        ([".csv", ".txt"], False, False), ([], False, False), ([".csv"], True, True)]


def test_type_filter_refuses_other_extensions_case_insensitively() -> None:
    at = app(UPLOADER)
    with pytest.raises(ValueError, match=r"picture\.png.*not allowed.*CSV, TXT"):
        at.file_uploader[0].upload("picture.png", b"x")
    at.file_uploader[0].upload("SHOUT.CSV", b"1").run()
    assert at.text[0].value.startswith("SHOUT.CSV|")
    assert at.file_uploader[0].types == (".csv", ".txt")


def test_jpg_allows_jpeg() -> None:
    at = app(
        """
        import rerunqt as st
        f = st.file_uploader("Photo", type="jpg")
        st.text(f.name if f else "none")
        """
    )
    at.file_uploader[0].upload("me.JPEG", b"\xff\xd8").run()
    assert at.text[0].value == "me.JPEG"
    assert set(at.file_uploader[0].types) == {".jpg", ".jpeg"}


@pytest.mark.parametrize(
    ("arg", "message"),
    [
        ("type=5", "type=5 must be a file extension"),
        ("type=['csv', 3]", "type contains 3"),
        ("type=['.']", "type contains '.'"),
        ("accept_multiple_files='yes'", "accept_multiple_files='yes' must be True, False or 'directory'"),
        ("label_visibility='gone'", "Invalid `label_visibility` value."),
        ("on_change=5", "on_change= must be a function"),
    ],
)
def test_invalid_arguments_are_explained(arg: str, message: str) -> None:
    at = app(f"import rerunqt as st\nst.file_uploader('Data', {arg})\n")
    assert len(at.exception) == 1
    assert message in at.exception[0].value


def test_a_label_that_is_not_a_string_is_shown_as_text() -> None:
    """Streamlit 1.67 shows any label as its str (None as ""); rerunqt raised."""
    at = app("import rerunqt as st\nst.file_uploader(3)\nst.file_uploader(None)\n")
    assert not at.exception
    assert [f.label for f in at.file_uploader] == ["3", ""]


def test_accept_multiple_files_none_is_one_file_as_in_streamlit() -> None:
    """Streamlit 1.67 takes accept_multiple_files=None as False; rerunqt raised."""
    at = app("import rerunqt as st\nst.write(repr(st.file_uploader('F', accept_multiple_files=None)))\n")
    assert not at.exception, at.exception
    assert at.markdown[0].value == "None"


def test_max_upload_size_comes_from_config(tmp_path: Path) -> None:
    script = script_with_config(
        tmp_path, "[server]\nmaxUploadSize = 1\n",
        "import rerunqt as st\nf = st.file_uploader('Data')\nst.text(str(f.size if f else 0))\n",
    )
    at = AppTest.from_file(script).run()
    uploader = at.file_uploader[0]
    assert uploader.max_upload_size == 1024 * 1024
    with pytest.raises(ValueError, match=r"big\.bin: file must be 1\.0MB or smaller"):
        uploader.upload("big.bin", b"\0" * (2 * 1024 * 1024))
    uploader.upload("ok.bin", b"\0" * (1024 * 1024)).run()
    assert at.text[0].value == str(1024 * 1024)


def test_default_limit_is_200_mb() -> None:
    at = app("import rerunqt as st\nst.file_uploader('Data')\n")
    assert at.file_uploader[0].max_upload_size == 200 * 1024 * 1024


def test_session_state_cannot_set_an_uploader() -> None:
    at = app(
        """
        import rerunqt as st
        st.session_state.f = None
        st.file_uploader("Data", key="f")
        """
    )
    assert "is read-only and cannot be assigned through session state" in at.exception[0].value
    assert "'f'" in at.exception[0].value


def test_on_change_fires_once_per_change_with_args_and_kwargs() -> None:
    at = app(
        """
        import rerunqt as st
        if "calls" not in st.session_state:
            st.session_state.calls = []
        def changed(tag, *, n):
            f = st.session_state.f
            st.session_state.calls.append((tag, n, None if f is None else f.name))
        st.file_uploader("Data", key="f", on_change=changed, args=("up",), kwargs={"n": 2})
        """
    )
    assert at.session_state["calls"] == []
    at.file_uploader[0].upload("a.csv", b"1").run()
    assert at.session_state["calls"] == [("up", 2, "a.csv")]
    at.run()
    assert len(at.session_state["calls"]) == 1
    same = at.file_uploader[0].value
    at.file_uploader[0].set_value(same).run()  # the same upload again is not a change
    assert len(at.session_state["calls"]) == 1
    at.file_uploader[0].clear().run()
    assert at.session_state["calls"] == [("up", 2, "a.csv"), ("up", 2, None)]


def test_disabled_uploader_ignores_files() -> None:
    at = app(
        """
        import rerunqt as st
        f = st.file_uploader("Data", disabled=True)
        st.text(repr(f))
        """
    )
    assert at.file_uploader[0].disabled
    with pytest.raises(AppTestError, match="disabled file_uploader"):
        at.file_uploader[0].upload("a.csv", b"1")
    at.run()
    assert at.text[0].value == "None"


def test_label_visibility_and_help_are_props() -> None:
    at = app("import rerunqt as st\nst.file_uploader('Data', help='Pick one', "
             "label_visibility='collapsed')\n")
    assert at.file_uploader[0].label_visibility == "collapsed"
    assert at.file_uploader[0].help == "Pick one"


def test_identical_unkeyed_uploaders_are_a_duplicate() -> None:
    at = app("import rerunqt as st\nst.file_uploader('Data')\nst.file_uploader('Data')\n")
    assert "multiple `file_uploader` elements with the same auto-generated ID" in at.exception[0].value
    assert "unique `key` argument" in at.exception[0].value
    ok = app("import rerunqt as st\nst.file_uploader('Data')\nst.file_uploader('Data', type='csv')\n")
    assert not ok.exception and len(ok.file_uploader) == 2


def test_keyed_files_survive_while_hidden() -> None:
    at = app(
        """
        import rerunqt as st
        if st.checkbox("Show", value=True, key="show"):
            f = st.file_uploader("Data", key="f")
            st.text(f.name if f else "none")
        """
    )
    at.file_uploader[0].upload("a.csv", b"1").run()
    at.checkbox[0].uncheck().run()
    assert len(at.file_uploader) == 0
    at.checkbox[0].check().run()
    assert at.text[0].value == "a.csv"


def test_keyed_uploader_whose_type_changes_drops_files_that_no_longer_fit() -> None:
    at = app(
        """
        import rerunqt as st
        kind = st.text_input("Kind", "csv")
        many = st.checkbox("Many")
        f = st.file_uploader("Data", type=kind, accept_multiple_files=many, key="f")
        st.text(repr(f if not isinstance(f, list) else [x.name for x in f]))
        """
    )
    at.file_uploader[0].upload("a.csv", b"1").run()
    at.checkbox[0].check().run()  # single -> multiple keeps the file, now in a list
    assert at.text[0].value == "['a.csv']"
    at.text_input[0].input("txt").run()  # no longer allowed: dropped, no error
    assert at.text[0].value == "[]" and not at.exception


def test_unkeyed_uploader_with_new_types_is_a_new_widget() -> None:
    at = app(
        """
        import rerunqt as st
        kind = st.text_input("Kind", "csv")
        f = st.file_uploader("Data", type=kind)
        st.text(f.name if f else "none")
        """
    )
    at.file_uploader[0].upload("a.csv", b"1").run()
    old_id = at.file_uploader[0].id
    at.text_input[0].input("tsv").run()
    assert at.file_uploader[0].id != old_id and at.text[0].value == "none"


def test_uploaded_files_satisfy_enforce_serializable_session_state(tmp_path: Path) -> None:
    script = script_with_config(
        tmp_path, "[runner]\nenforceSerializableSessionState = true\n",
        "import rerunqt as st\nf = st.file_uploader('Data', key='f', accept_multiple_files=True)\n"
        "st.text(str(len(f)))\n",
    )
    at = AppTest.from_file(script).run()
    at.file_uploader[0].upload("a.csv", b"1").upload("b.csv", b"2").run()
    assert not at.exception and at.text[0].value == "2"
    assert pickle.loads(pickle.dumps(at.session_state["f"])) == at.session_state["f"]


def test_stale_front_end_values_are_refused_by_from_ui() -> None:
    spec = file_spec("csv", False, 100)
    good = spec.from_ui((("id", "a.csv", "text/csv", b"1"),))
    assert isinstance(good, UploadedFile) and good.file_id == "id"
    with pytest.raises(ValueError, match="not allowed"):
        spec.from_ui((("id", "a.png", "image/png", b"1"),))
    with pytest.raises(ValueError, match="or smaller"):
        spec.from_ui((("id", "a.csv", "text/csv", b"x" * 101),))
    with pytest.raises(ValueError, match="one file"):
        spec.from_ui((("1", "a.csv", "", b""), ("2", "b.csv", "", b"")))
    assert spec.from_ui(()) is None
    assert spec.to_ui(None) == () and spec.to_ui(good) == (("id", "a.csv", "text/csv", b"1"),)


# ----- download_button -----
DOWNLOAD = """
import rerunqt as st
if "clicks" not in st.session_state:
    st.session_state.clicks = []
def clicked(tag, *, n):
    st.session_state.clicks.append((tag, n))
got = st.download_button("Get", "héllo", key="d", on_click=clicked, args=("a",), kwargs={"n": 1})
st.text(f"got={got} state={st.session_state.d}")
"""


def test_download_button_is_true_for_one_run_after_a_click() -> None:
    at = app(DOWNLOAD)
    assert at.text[0].value == "got=False state=False"
    assert at.download_button[0].value is False
    at.download_button[0].click()
    assert at.download_button[0].value is True  # pending click
    at.run()
    assert at.text[0].value == "got=True state=True"
    assert at.session_state["clicks"] == [("a", 1)]
    at.run()
    assert at.text[0].value == "got=False state=False"
    assert at.session_state["clicks"] == [("a", 1)]  # a plain run fires nothing


def test_download_button_str_data_is_utf8_text() -> None:
    at = app(DOWNLOAD)
    button = at.download_button[0]
    assert button.data == "héllo".encode()
    assert button.mime == "text/plain"
    assert button.file_name == "download.txt"
    assert button.label == "Get" and button.key == "d"


@pytest.mark.parametrize(
    ("data", "mime", "name", "content"),
    [
        ("b'\\x00\\x01'", "application/octet-stream", "download.bin", b"\0\1"),
        ("bytearray(b'ab')", "application/octet-stream", "download.bin", b"ab"),
        ("io.BytesIO(b'xyz')", "application/octet-stream", "download.bin", b"xyz"),
        ("io.StringIO('t')", "text/plain", "download.txt", b"t"),
        # a file opened from disk is named after it (Streamlit 1.67): the script's own name
        ("open(__file__, 'rb')", "text/x-python", "*.py", None),
        ("open(__file__)", "text/x-python", "*.py", None),
    ],
)
def test_download_button_data_kinds(data: str, mime: str, name: str, content: bytes | None) -> None:
    at = app(f"import io\nimport rerunqt as st\nst.download_button('Get', {data})\n")
    assert not at.exception
    button = at.download_button[0]
    assert button.mime == mime and fnmatch.fnmatch(button.file_name, name), button.file_name
    if content is not None:
        assert button.data == content
    else:
        assert button.data.startswith(b"import io")


def test_download_button_file_objects_are_read_from_the_start() -> None:
    at = app(
        """
        import io
        import rerunqt as st
        buffer = io.StringIO("abc")
        buffer.read()
        st.download_button("Get", buffer)
        """
    )
    assert at.download_button[0].data == b"abc"


def test_download_button_explicit_name_and_mime_and_props() -> None:
    at = app(
        """
        import rerunqt as st
        st.download_button("CSV", "a,b", file_name="t.csv", mime="text/csv", help="Save",
                           type="primary", icon="⬇", use_container_width=True, disabled=True)
        """
    )
    b = at.download_button[0]
    assert (b.file_name, b.mime, b.help, b.icon) == ("t.csv", "text/csv", "Save", "⬇")
    assert b.width == "stretch" and b.disabled is True
    assert b.use_container_width is False  # Streamlit's AppTest: folded into the width
    assert b._element.prop("type") == "primary"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.download_button('Get', 5)", "Invalid binary data format: <class 'int'>"),
        ("st.download_button('Get', 'x', type='big')",
         "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."),
        ("st.download_button('Get', 'x', file_name=3)", "file_name=3 must be a str"),
        ("st.download_button('Get', 'x', mime=3)", "mime=3 must be a str"),
        ("st.download_button('Get', 'x', on_click=1)",
         "on_click=1 is not valid; use 'rerun', 'ignore' or a function"),
    ],
)
def test_download_button_invalid_arguments(call: str, message: str) -> None:
    at = app(f"import rerunqt as st\n{call}\n")
    assert len(at.exception) == 1 and message in at.exception[0].value


def test_download_button_cannot_be_set_through_session_state() -> None:
    at = app("import rerunqt as st\nst.session_state.d = True\nst.download_button('Get', 'x', key='d')\n")
    assert "is read-only and cannot be assigned through session state" in at.exception[0].value


def test_disabled_download_button_ignores_clicks() -> None:
    at = app(
        """
        import rerunqt as st
        st.text(str(st.download_button("Get", "x", disabled=True)))
        """
    )
    with pytest.raises(AppTestError, match="disabled download_button"):
        at.download_button[0].click()
    at.run()
    assert at.text[0].value == "False"


def test_download_button_identity_ignores_data() -> None:
    at = app(
        """
        import rerunqt as st
        st.session_state.n = st.session_state.get("n", 0) + 1
        if st.download_button("Get", f"run {st.session_state.n}"):
            st.text("clicked")
        """
    )
    first = at.download_button[0].id
    assert at.download_button[0].data == b"run 1"
    at.download_button[0].click().run()  # the data changes in the click's run: still counted
    assert at.text.values == ["clicked"] and at.download_button[0].id == first
    assert at.download_button[0].data == b"run 2"


def test_identical_unkeyed_download_buttons_are_a_duplicate() -> None:
    at = app("import rerunqt as st\nst.download_button('Get', 'a')\nst.download_button('Get', 'b')\n")
    assert "multiple `download_button` elements with the same auto-generated ID" in at.exception[0].value


def test_download_button_id_uses_the_name_and_type_as_given_not_those_of_the_data(tmp_path) -> None:
    """The knowledge base's download example: a str and a file read from disk, same label,
    no file_name/mime. Streamlit 1.67 hashes the parameters as passed, so they collide,
    though the file's name and the str's text/plain make different downloads."""
    (tmp_path / "myfile.csv").write_text("Foo, Bar\n")
    at = app(f"""
import rerunqt as st
st.download_button('Download CSV', 'a,b')
with open({str(tmp_path / "myfile.csv")!r}) as f:
    st.download_button('Download CSV', f)
""")
    assert "multiple `download_button` elements with the same auto-generated ID" in at.exception[0].value


def test_download_button_data_function_is_called_by_a_click_not_by_a_run() -> None:
    """Streamlit 1.67's download_button example 4 gives data=make_report."""
    at = app("import rerunqt as st\ncalls = st.session_state.setdefault('calls', [])\n"
             "def make():\n    calls.append(1)\n    return 'a,b'\n"
             "st.download_button('Get', make, file_name='r.csv', key='d')\n")
    assert not at.exception and at.session_state["calls"] == []
    assert at.download_button[0].data == b"a,b"  # what a click would save


def test_download_of_a_file_opened_from_disk_takes_its_name_and_type(tmp_path) -> None:
    """Streamlit 1.67 names the download after ``data.name`` (and guesses its MIME type)
    when ``file_name`` / ``mime`` are not given; given ones win."""
    (tmp_path / "cat.jpg").write_bytes(b"\xff\xd8jpeg")
    at = app(f"""
import rerunqt as st
with open({str(tmp_path / "cat.jpg")!r}, "rb") as f:
    st.download_button("a", f)
with open({str(tmp_path / "cat.jpg")!r}, "rb") as f:
    st.download_button("b", f, file_name="pet.png", mime="x/y")
""")
    a, b = at.download_button
    assert (a.file_name, a.mime, a.data) == ("cat.jpg", "image/jpeg", b"\xff\xd8jpeg")
    assert (b.file_name, b.mime) == ("pet.png", "x/y")


def test_download_button_url_is_a_media_address_as_in_streamlits_apptest() -> None:
    """``at.download_button[i].url``: the media server's ``/mock/media/<id>.<ext>`` (the
    extension from the MIME type); "" for data given as a function, served only on a click."""
    at = app("import rerunqt as st\n"
             "st.download_button('a', 'x,y', mime='text/csv')\n"
             "st.download_button('b', b'\\x00', file_name='f.rar', mime='application/vnd.rar')\n"
             "st.download_button('c', lambda: 'late')\n")
    a, b, c = at.download_button
    assert a.url.startswith("/mock/media/") and a.url.endswith(".csv")
    assert b.url.endswith(".rar") and b.url != a.url
    assert c.url == ""
