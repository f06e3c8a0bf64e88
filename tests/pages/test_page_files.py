"""The pages/ folder: which files are pages, their order and labels, as Streamlit names them."""

from __future__ import annotations

from pathlib import Path

import pytest

from rerunqt.core.pages import Page, discover, icon_and_name, page_files, sort_key
from rerunqt.errors import RerunQtAPIError, StreamlitPageNotFoundError


def make_app(folder: Path, *pages: str) -> Path:
    entry = folder / "Home.py"
    entry.write_text("import rerunqt as st\nst.title('Home')\n")
    if pages:
        (folder / "pages").mkdir()
    for name in pages:
        (folder / "pages" / name).write_text(f"import rerunqt as st\nst.title({name!r})\n")
    return entry


@pytest.mark.parametrize(("file_name", "icon", "name"), [
    ("02_My_page.py", None, "My_page"),
    ("My page.py", None, "My_page"),
    ("10-Reports.py", None, "Reports"),
    ("1_🎈_Balloons.py", "🎈", "Balloons"),
    # The docs' video-subtitles demo: a keycap and an emoji with its variation selector.
    ("1_1️⃣_One_VTT_or_SRT_file.py", "1️⃣", "One_VTT_or_SRT_file"),
    ("2_♾️_Multiple_VTT_and_or_SRT_files.py", "♾️", "Multiple_VTT_and_or_SRT_files"),
    ("3_🧑‍💻_Code.py", "🧑‍💻", "Code"),
    ("plain.py", None, "plain"),
    ("3.py", None, "3"),
    ("_hidden.py", None, "hidden"),  # a leading underscore goes, a trailing one stays
    ("x_.py", None, "x_"),
])
def test_file_names_give_streamlit_s_labels(file_name: str, icon: str | None, name: str) -> None:
    assert icon_and_name(Path(file_name)) == (icon, name)


def test_pages_sort_by_number_prefix_then_name_and_unnumbered_last(tmp_path: Path) -> None:
    entry = make_app(tmp_path, "b_last.py", "10_Ten.py", "2_Two.py", "a_also_last.py")
    assert [p.name for p in page_files(entry)] == [
        "Home.py", "2_Two.py", "10_Ten.py", "a_also_last.py", "b_last.py"]
    assert sort_key(Path("02_x.py")) == (2.0, "x")


def test_discover_lists_the_entry_script_first_as_the_default_page(tmp_path: Path) -> None:
    entry = make_app(tmp_path, "02_My_page.py", "1_🎈_First.py")
    pages = discover(entry)
    assert [(p.title, p.url_path, p.icon) for p in pages] == [
        ("Home", "", ""), ("First", "First", "🎈"), ("My page", "My_page", "")]  # "": no icon


def test_a_package_marker_and_dot_files_are_no_pages(tmp_path: Path) -> None:
    """Streamlit 1.67 skips ``pages/__init__.py`` (a pages folder made a package to import
    from) and files starting with a dot."""
    entry = make_app(tmp_path, "__init__.py", ".draft.py", "1_One.py")
    assert [p.title for p in discover(entry)] == ["Home", "One"]


def test_an_empty_pages_folder_is_a_single_page_app(tmp_path: Path) -> None:
    entry = make_app(tmp_path)
    (tmp_path / "pages").mkdir()
    assert [p.title for p in discover(entry)] == ["Home"]


def test_two_pages_with_one_url_path_are_an_error_naming_both_files(tmp_path: Path) -> None:
    entry = make_app(tmp_path, "1_About.py", "2_About.py")
    with pytest.raises(RerunQtAPIError, match=r"Two pages resolve to the URL pathname `/About`: "
                       r"`pages/1_About.py` and `pages/2_About.py`\. Each page"):
        discover(entry)


def test_st_page_of_a_function_takes_its_name(tmp_path: Path) -> None:
    def my_settings() -> None: ...

    page = Page(my_settings)
    assert (page.title, page.url_path) == ("my settings", "my_settings")
    assert Page(my_settings, default=True).url_path == ""


def test_st_page_with_an_empty_title_takes_the_inferred_one(tmp_path: Path) -> None:
    """Streamlit 1.67 (``title or inferred name``); rerunqt raised "non-empty string"."""
    def my_settings() -> None: ...

    assert Page(my_settings, title="").title == "my settings"


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"page": "missing.py"}, "no Python script at"),
    ({"page": 3}, "needs a script path"),
    ({"page": "Home.py", "url_path": "a/b"}, "without '/'"),
    ({"page": "Home.py", "visibility": "secret"},
     "Invalid `visibility` value. Supported values: visible, hidden."),
    ({"page": "Home.py", "title": 5}, "non-empty string"),
    ({"page": "Home.py", "title": "   "}, "cannot be empty or consist of underscores"),
])
def test_st_page_bad_arguments_say_the_fix(tmp_path: Path, kwargs: dict, message: str) -> None:
    make_app(tmp_path)
    page = kwargs.pop("page")
    with pytest.raises(RerunQtAPIError, match=message):
        Page(page, base=tmp_path, **kwargs)


def test_a_missing_page_file_is_streamlit_s_page_not_found_error(tmp_path: Path) -> None:
    # Streamlit 1.67 raises StreamlitPageNotFoundError with these words (a plain API error here)
    make_app(tmp_path)
    with pytest.raises(StreamlitPageNotFoundError,
                       match=r"^Unable to create Page\. The file `Page_1\.py` could not be found\."):
        Page("Page_1.py", base=tmp_path)
    (tmp_path / "notes.txt").write_text("not a script")
    with pytest.raises(RerunQtAPIError, match="no Python script at") as raised:
        Page("notes.txt", base=tmp_path)  # an existing file that is not a script: our own check
    assert not isinstance(raised.value, StreamlitPageNotFoundError)
def test_st_page_of_a_missing_file_raises_streamlits_error(tmp_path: Path) -> None:
    """As Streamlit 1.67 (the docs' navigation example names "Page_1.py" for page_1.py)."""
    make_app(tmp_path)
    with pytest.raises(StreamlitPageNotFoundError, match=r"^Unable to create Page\. The file "
                       r"`Page_1\.py` could not be found\. \(st\.Page\('Page_1\.py'\)"):
        Page("Page_1.py", base=tmp_path)


def test_st_page_reads_as_streamlits_page(tmp_path: Path) -> None:
    """``StreamlitPage``'s icon and help are "" when none, and it has ``visibility``."""
    def my_settings() -> None: ...

    page = Page(my_settings, visibility="hidden")
    assert (page.icon, page.help, page.visibility) == ("", "", "hidden")
    assert Page(my_settings, icon="🔥", help="Tip").icon == "🔥"
    assert Page(my_settings).visibility == "visible"
