"""Multipage apps through AppTest: pages/, switching, shared state, st.navigation."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from rerunqt.testing import AppTest

HOME = """
import rerunqt as st
st.session_state.setdefault("count", 0)
st.title("Home")
if st.button("Add"):
    st.session_state.count += 1
st.text_input("Name", key="name")
st.slider("Unkeyed", 0, 10)
st.page_link("pages/2_Other.py")
"""
OTHER = """
import rerunqt as st
st.title("Other")
st.write("count", st.session_state.count)
if st.button("Home"):
    st.switch_page("Home.py")
st.button("Home by callback", on_click=st.switch_page, args=("Home.py",))
"""


def app(folder: Path, entry: str = HOME, **pages: str) -> Path:
    (folder / "Home.py").write_text(textwrap.dedent(entry))
    if pages:
        (folder / "pages").mkdir()
    for name, source in pages.items():
        (folder / "pages" / f"{name}.py").write_text(textwrap.dedent(source))
    return folder / "Home.py"


def titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


def test_the_navigation_lists_the_pages_with_the_entry_first(tmp_path: Path) -> None:
    at = AppTest.from_file(app(tmp_path, **{"1_First": "import rerunqt as st\nst.title('F')"},
                               **{"2_Other": OTHER})).run()
    nav = at.navigation[0]
    assert [entry[1] for entry in nav.pages] == ["Home", "First", "Other"]
    assert nav.current == "" and nav.position == "sidebar"
    assert at.page_config[0].page_title == "Home"  # the window title follows the page


def test_switching_shares_state_keeps_keyed_values_and_drops_unkeyed(tmp_path: Path) -> None:
    at = AppTest.from_file(app(tmp_path, **{"2_Other": OTHER})).run()
    at.button[0].click().run()
    at.text_input(key="name").set_value("Ann").run()
    at.slider[0].set_value(7).run()
    at.switch_page("pages/2_Other.py").run()
    assert titles(at) == ["Other"]
    assert at.markdown[0].value.endswith("`1`")  # the counter is shared
    assert at.navigation[0].current == "Other" and at.page_config[0].page_title == "Other"
    at.switch_page("Home.py").run()
    assert at.text_input(key="name").value == "Ann"  # keyed: back with the page
    assert at.slider[0].value == 0  # unkeyed state of the page left was dropped


def test_switch_page_from_the_script_and_from_a_callback(tmp_path: Path) -> None:
    at = AppTest.from_file(app(tmp_path, **{"2_Other": OTHER})).run()
    at.switch_page("pages/2_Other.py").run()
    at.button[0].click().run()
    assert titles(at) == ["Home"] and not at.exception
    at.page_link[0].click().run()
    assert titles(at) == ["Other"]
    at.button[1].click().run()  # on_click=st.switch_page
    assert titles(at) == ["Home"] and not at.exception


def test_page_link_takes_the_page_s_title_unless_labelled(tmp_path: Path) -> None:
    at = AppTest.from_file(app(tmp_path, **{"2_Other": OTHER})).run()
    link = at.page_link[0]
    assert (link.label, link.page, link.url) == ("Other", "Other", None)


def test_page_link_takes_the_page_s_help_and_only_a_st_page_s_icon(tmp_path: Path) -> None:
    """As in Streamlit 1.67: a link by path takes the page's title and help, not its icon;
    a link to the st.Page takes its icon too; the link's own icon and help win."""
    (tmp_path / "other.py").write_text("import rerunqt as st\nst.write('other')\n")
    (tmp_path / "app.py").write_text(textwrap.dedent("""
        import rerunqt as st
        p = st.Page("other.py", title="Other", icon=":material/settings:", help="Other help")
        pg = st.navigation([st.Page(lambda: None, title="Home"), p])
        st.page_link("other.py")
        st.page_link(p)
        st.page_link(p, help="mine", icon="🔥")
    """))
    at = AppTest.from_file(tmp_path / "app.py").run()
    assert [(link.label, link.icon, link.help) for link in at.page_link] == [
        ("Other", "", "Other help"),
        ("Other", ":material/settings:", "Other help"),
        ("Other", "🔥", "mine"),
    ]


def test_page_link_to_a_st_page_not_given_to_navigation_is_drawn(tmp_path: Path) -> None:
    """Streamlit 1.67 draws a link to a st.Page that no st.navigation lists (its title as
    the label); a path that names no page is still an error."""
    at = AppTest.from_string("""
import streamlit as st
def other():
    st.write("other page")
st.page_link(st.Page(other, title="Other P"), label="go there")
st.page_link(st.Page(other, title="Other Q"))
st.write("after")
""").run()
    assert not at.exception
    assert [link.label for link in at.page_link] == ["go there", "Other Q"]
    assert at.markdown[0].value == "after"
    at = AppTest.from_string("import streamlit as st\nst.page_link('pages/nope.py')").run()
    assert "Could not find page: `pages/nope.py`." in at.exception[0].message


def test_switching_to_an_unknown_page_is_streamlits_error_word_for_word(tmp_path: Path) -> None:
    entry = HOME + "\nif st.button('Go'):\n    st.switch_page('pages/nope.py')\n"
    at = AppTest.from_file(app(tmp_path, entry, **{"2_Other": OTHER})).run()
    at.button[1].click().run()
    message = at.exception[0].message
    assert message == (  # Streamlit 1.67's words for an app with a pages/ folder, no more
        f"Could not find page: `pages/nope.py`. You must provide a file path relative to the "
        f"entrypoint file (from the directory `{tmp_path.name}`). Only the entrypoint file and "
        f"files in the `pages/` directory are supported.")
    with pytest.raises(ValueError, match=r"Could not find page 'pages/gone\.py'"):
        at.switch_page("pages/gone.py")  # as Streamlit's AppTest says it


def test_apptest_switch_page_to_no_page_raises_value_error_at_once(tmp_path: Path) -> None:
    """As Streamlit's AppTest: a path that is no file beside the entry script raises
    ValueError from switch_page itself (it was an error element at the next run)."""
    at = AppTest.from_file(app(tmp_path, **{"2_Other": OTHER})).run()
    with pytest.raises(ValueError, match=r"Could not find page 'pages/gone.py' relative to "
                                         r"the main script"):
        at.switch_page("pages/gone.py")
    assert at.run().title[0].value == "Home"  # nothing was queued
    at.switch_page("pages/2_Other.py").run()  # a file: switched
    assert at.title[0].value == "Other"
    at.switch_page("Other").run()  # a page's URL path is still taken
    assert at.title[0].value == "Other" and not at.exception


def test_two_page_files_with_one_url_path_are_an_error_naming_both(tmp_path: Path) -> None:
    at = AppTest.from_file(app(tmp_path, **{"1_About": OTHER, "2_About": OTHER})).run()
    assert ("`pages/1_About.py` and `pages/2_About.py`. Each page passed to `st.navigation`"
            in at.exception[0].message)


def test_an_empty_pages_folder_is_a_single_page_app(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    at = AppTest.from_file(app(tmp_path, "import rerunqt as st\nst.title('Home')\n")).run()
    assert titles(at) == ["Home"] and not at.navigation and not at.page_config
    assert not at.exception


NAVIGATION = """
import rerunqt as st

def settings():
    st.title("Settings")
    st.toggle("Dark", key="dark")

pages = {{
    "Main": [st.Page("pages/2_Other.py", title="Other page", icon="🔥")],
    "Tools": [st.Page(settings), st.Page("pages/3_Hidden.py", visibility="hidden")],
}}
page = st.navigation(pages, position={position!r})
st.sidebar.caption(page.title)
page.run()
"""


def nav_app(folder: Path, position: str = "sidebar") -> Path:
    return app(folder, NAVIGATION.format(position=position), **{
        "2_Other": "import rerunqt as st\nst.session_state.setdefault('count', 0)\n" + OTHER,
        "3_Hidden": "import rerunqt as st\nst.title('Hidden')",
        "9_Ignored": "import rerunqt as st\nst.title('Ignored')",
    })


def test_navigation_runs_the_selected_page_and_ignores_the_pages_folder(tmp_path: Path) -> None:
    at = AppTest.from_file(nav_app(tmp_path, "top")).run()
    nav = at.navigation[0]
    assert [(e[1], e[3], e[5]) for e in nav.pages] == [
        ("Other page", "Main", True), ("settings", "Tools", True), ("Hidden", "Tools", False)]
    assert nav.position == "top" and nav.current == ""  # the first page is the default
    assert titles(at) == ["Other"] and at.sidebar.caption[0].value == "Other page"
    at.switch_page("settings").run()  # by url_path, as the window's navigation sends it
    assert titles(at) == ["Settings"]
    at.toggle[0].set_value(True).run()
    at.switch_page("pages/3_Hidden.py").run()  # a hidden page is reached by path
    assert titles(at) == ["Hidden"]
    at.switch_page("settings").run()
    assert at.toggle[0].value is True
    with pytest.raises(ValueError, match=r"Could not find a navigation page for '.*9_Ignored\.py'"):
        at.switch_page("pages/9_Ignored.py")  # not one of st.navigation's pages


def test_pages_may_share_a_title_as_in_streamlit() -> None:
    """An "Overview" page in each section: Streamlit tells pages apart by URL path only."""
    at = AppTest.from_string("""
        import rerunqt as st
        def a(): st.write("A")
        def b(): st.write("B")
        st.navigation({"S1": [st.Page(a, title="Overview", url_path="one")],
                       "S2": [st.Page(b, title="Overview", url_path="two")]}).run()
    """).run()
    assert not at.exception
    assert at.markdown[0].value == "A"
    at.switch_page("two").run()
    assert at.markdown[0].value == "B"


def test_navigation_errors_name_the_pages(tmp_path: Path) -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        def a(): pass
        def b(): pass
        st.navigation([st.Page(a, url_path="x"), st.Page(b, url_path="x")])
    """).run()
    assert at.exception[0].message.startswith(  # Streamlit 1.67's words
        'Two pages resolve to the URL pathname `/x`: callable titled "a" (default page) and '
        'callable titled "b". Each page passed to `st.navigation` needs a unique URL pathname')
    at = AppTest.from_string("""
        import rerunqt as st
        st.navigation([], position="left")
    """).run()
    assert at.exception[0].message.startswith(  # Streamlit 1.67's words
        "Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'.")


@pytest.mark.parametrize(("expanded", "sent"), [("True", True), ("False", False), ("0", False),
                                                ("4", 4)])
def test_navigation_expanded_takes_a_bool_or_a_count_of_pages(expanded: str, sent: object) -> None:
    """Streamlit 1.67: ``expanded=<int>`` is how many pages a collapsed list shows (0 is
    the default, False); rerunqt read any number as True (never collapsed)."""
    at = AppTest.from_string(f"""
        import rerunqt as st
        def a(): pass
        def b(): pass
        st.navigation([st.Page(a), st.Page(b)], expanded={expanded}).run()
    """).run()
    assert not at.exception
    assert at.navigation[0].expanded == sent and type(at.navigation[0].expanded) is type(sent)


@pytest.mark.parametrize(("expanded", "message"), [
    ("-1", "Invalid `expanded` value. Supported values: True, False, a non-negative integer. "
           "Provided value: -1."),
    ("'yes'", "Invalid `expanded` type. Expected one of: bool, int. Provided type: str."),
    ("2.5", "Invalid `expanded` type. Expected one of: bool, int. Provided type: float.")])
def test_navigation_expanded_refuses_other_values(expanded: str, message: str) -> None:
    at = AppTest.from_string(f"""
        import rerunqt as st
        def a(): pass
        st.navigation([st.Page(a)], expanded={expanded})
    """).run()
    assert at.exception[0].message == message  # Streamlit 1.67's words


def test_query_params_are_an_in_memory_mapping_of_strings() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        qp = st.query_params
        if "n" not in qp:
            qp["n"] = 3
            qp.tags = ["a", "b"]
        st.write(qp["n"], qp.get("missing", "-"), qp.get_all("tags"), qp.tags, qp.to_dict())
        if st.button("reset"):
            qp.from_dict({"x": "1"})
        if st.button("clear"):
            qp.clear()
        st.text(repr(dict(qp)))
        st.text(f"{qp.get_all('tags')} {qp.get('missing', '-')} {qp.get('tags')} {len(qp)}")
    """).run()
    assert at.text[1].value == "['a', 'b'] - b 2"
    assert at.text[0].value == "{'n': '3', 'tags': 'b'}"
    at.button[0].click().run()
    assert at.text[0].value == "{'x': '1'}"
    at.button[1].click().run()
    assert at.text[0].value == "{}"


def test_str_of_query_params_is_the_dict_as_in_streamlit() -> None:
    """Streamlit's st_query_params e2e app shows ``st.markdown(str(st.query_params))``:
    ``{}`` at first, then the dict (a key with several values as their list)."""
    at = AppTest.from_string("""
        import rerunqt as st
        st.text(str(st.query_params))
        st.query_params["a"] = 1
        st.query_params["tag"] = ["x", "y"]
        st.text(str(st.query_params))
        st.text(f"{st.query_params}")
    """).run()
    assert [t.value for t in at.text] == ["{}", "{'a': '1', 'tag': ['x', 'y']}",
                                          "{'a': '1', 'tag': ['x', 'y']}"]


def test_switch_page_replaces_the_query_params(tmp_path: Path) -> None:
    entry = """
        import rerunqt as st
        st.query_params["keep"] = "no"
        if st.button("Go"):
            st.switch_page("pages/2_P.py", query_params={"id": 7})
    """
    at = AppTest.from_file(app(tmp_path, entry, **{
        "2_P": "import rerunqt as st\nst.title(st.query_params.to_dict())"})).run()
    at.button[0].click().run()
    assert titles(at) == ["{'id': '7'}"]


@pytest.mark.parametrize(("call", "message"), [
    ("st.page_link('https://example.com')", "give it a label="),
    ("st.page_link('Home.py', width='huge')", "width='huge' is not valid"),
    ("st.page_link('Home.py', icon_position='top')", "icon_position='top'"),
    ("st.switch_page(42)", "not int"),
])
def test_bad_page_arguments_say_the_fix(tmp_path: Path, call: str, message: str) -> None:
    at = AppTest.from_file(app(tmp_path, f"import rerunqt as st\n{call}\n")).run()
    assert message in at.exception[0].message


def test_a_web_link_carries_its_url(tmp_path: Path) -> None:
    at = AppTest.from_file(app(tmp_path, "import rerunqt as st\n"
                                         "st.page_link('https://example.com', label='Docs')\n")).run()
    assert (at.page_link[0].label, at.page_link[0].url) == ("Docs", "https://example.com")


def test_the_router_lists_the_page_files_for_live_reload(tmp_path: Path) -> None:
    at = AppTest.from_file(nav_app(tmp_path)).run()
    assert [p.name for p in at._session.pages.files()] == ["Home.py", "2_Other.py", "3_Hidden.py"]
    plain = tmp_path / "plain"
    plain.mkdir()
    at = AppTest.from_file(app(plain, "import rerunqt as st\n", **{"2_Other": OTHER})).run()
    assert [p.name for p in at._session.pages.files()] == ["Home.py", "2_Other.py"]


def test_a_page_that_does_not_compile_shows_its_error(tmp_path: Path) -> None:
    at = AppTest.from_file(app(tmp_path, "import rerunqt as st\nst.title('Home')\n",
                               **{"1_Broken": "import rerunqt as st\nst.title('x'\n"})).run()
    at.switch_page("pages/1_Broken.py").run()
    assert at.exception and "SyntaxError" in at.exception[0].value + at.exception[0].exc_type


def test_one_page_or_the_config_option_hides_the_menu(tmp_path: Path) -> None:
    # Streamlit: a single page has no menu whatever position says (a login page), and
    # client.showSidebarNavigation = false hides the sidebar list of pages/ or st.navigation
    at = AppTest.from_string("""
        import rerunqt as st
        def login(): st.title("Log in")
        st.navigation([st.Page(login)], position="top").run()
    """).run()
    assert at.navigation[0].position == "hidden" and titles(at) == ["Log in"]
    at = AppTest.from_file(nav_app(tmp_path, "sidebar")).run()
    assert at.navigation[0].position == "sidebar"
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[client]\nshowSidebarNavigation = false\n")
    at = AppTest.from_file(tmp_path / "Home.py").run()
    assert at.navigation[0].position == "hidden"
    at.switch_page("settings").run()  # still reachable
    assert titles(at) == ["Settings"]


@pytest.mark.parametrize("position", ["sidebar", "top"])
def test_one_visible_page_and_hidden_ones_have_no_menu_as_in_streamlit(position) -> None:
    """Streamlit 1.67 counts only visible pages: a home page plus hidden pages reached by
    st.page_link / st.switch_page shows no menu (it showed a one-entry sidebar)."""
    at = AppTest.from_string(f"""
        import rerunqt as st
        def home():
            st.title("Home")
            if st.button("Admin"):
                st.switch_page(admin)
        def detail(): st.title("Detail")
        admin = st.Page(lambda: st.title("Admin"), title="Admin", url_path="admin",
                        visibility="hidden")
        st.navigation([st.Page(home), st.Page(detail, visibility="hidden"), admin],
                      position={position!r}).run()
    """).run()
    assert at.navigation[0].position == "hidden" and titles(at) == ["Home"]
    at.button[0].click().run()
    assert titles(at) == ["Admin"]


def test_navigation_takes_plain_functions_as_pages() -> None:
    """Streamlit 1.67 takes anything st.Page takes (its navigation docstring example 5)."""
    at = AppTest.from_string("""
        import rerunqt as st
        def home():
            st.title("Home")
        def about():
            st.title("About")
        st.navigation([home, about]).run()
    """).run()
    assert not at.exception, [e.value for e in at.exception]
    assert titles(at) == ["Home"]
    at.switch_page("about").run()
    assert titles(at) == ["About"]


def test_embed_query_params_are_reserved() -> None:
    at = AppTest.from_string('import rerunqt as st\nst.query_params["embed"] = "true"\n').run()
    assert "cannot be set using st.query_params" in at.exception[0].message
    at = AppTest.from_string(
        'import rerunqt as st\nst.query_params.page = "2"\nst.text(st.query_params.page)\n').run()
    assert not at.exception and at.text[0].value == "2"


def test_a_web_page_in_st_navigation_is_listed_and_never_run(tmp_path: Path) -> None:
    """Streamlit 1.67's st.Page docstring example: an external URL page (with a title) is a
    menu entry that opens the address; it is never the default page nor switched to."""
    (tmp_path / "page1.py").write_text("import rerunqt as st\nst.title('First page')\n")
    (tmp_path / "app.py").write_text(textwrap.dedent("""
        import rerunqt as st
        def page2():
            st.title("Second page")
        pg = st.navigation([
            st.Page("https://docs.streamlit.io", title="Streamlit Docs",
                    icon=":material/open_in_new:"),
            st.Page("page1.py", title="First page", icon="🔥"),
            st.Page(page2, title="Second page"),
        ])
        pg.run()
        if st.button("Go to the docs"):
            st.switch_page(st.Page("https://docs.streamlit.io", title="Streamlit Docs"))
        st.page_link(st.Page("https://docs.streamlit.io", title="Streamlit Docs"))
    """))
    at = AppTest.from_file(tmp_path / "app.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert titles(at) == ["First page"]  # the first page that is not a web page
    entries = at.navigation[0].pages
    assert [(e[0], e[1], e[6]) for e in entries] == [
        ("streamlit_docs", "Streamlit Docs", "https://docs.streamlit.io"),
        ("", "First page", None), ("page2", "Second page", None)]
    assert at.page_link[0].url == "https://docs.streamlit.io"
    assert at.page_link[0].label == "Streamlit Docs"
    at.button[0].click().run()
    assert "a web page cannot be switched to" in at.exception[0].value


@pytest.mark.parametrize(("page", "error"), [
    ("st.Page('https://example.com')", "give it a non-empty title"),
    ("st.Page('https://example.com', title='Ex', default=True)", "cannot be the default page"),
    ("st.navigation([st.Page('https://example.com', title='Ex')])",
     "External URL pages cannot be the default page"),
])
def test_a_web_page_s_mistakes_are_explained(page: str, error: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\n{page}\n").run()
    assert error in at.exception[0].value


ENTRY_AND_PAGE_SLIDERS = """
    import rerunqt as st
    x = st.slider("x")
    st.write(f"main x is {x}")
    def first():
        st.write("first page")
    def second():
        y = st.slider("x")  # as the entry script's: Streamlit adds the page to its id
        st.write(f"page x is {y}")
    st.navigation([st.Page(first), st.Page(second)]).run()
"""


def test_a_page_widget_like_an_entry_script_widget_is_its_own_as_in_streamlit() -> None:
    """mpa_v2_basics: 'Different Title' has st.slider("x") as the entry script does."""
    at = AppTest.from_string(ENTRY_AND_PAGE_SLIDERS).run()
    at.slider[0].set_value(4).run()
    at.switch_page("second").run()
    assert not at.exception, [e.value for e in at.exception]
    assert [m.value for m in at.markdown] == ["main x is 4", "page x is 0"]
    at.slider[1].set_value(1).run()
    assert [m.value for m in at.markdown] == ["main x is 4", "page x is 1"]
    at.switch_page("first").run()
    at.switch_page("second").run()  # the page's unkeyed widget starts afresh, the entry's stays
    assert [m.value for m in at.markdown] == ["main x is 4", "page x is 0"]


def test_a_dialog_opened_by_a_page_keeps_its_widget_values() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        @st.dialog("Name")
        def ask():
            st.write(f"typed {st.text_input('name')}")
        def home():
            if st.button("open"):
                ask()
        def other(): pass
        st.navigation([st.Page(home), st.Page(other)]).run()
    """).run()
    at.button[0].click().run()
    at.text_input[0].input("bob").run()  # a dialog-only rerun, in the page's id scope
    assert at.dialog[0].markdown[0].value == "typed bob"


HELPER = """
import streamlit as st


def shout(words):
    st.write(words.upper())
"""


@pytest.fixture
def own_helpers():
    """These tests import a module named "helpers" from their own folder: one left in
    sys.modules would answer another test's ``import helpers`` with this test's file."""
    sys.modules.pop("helpers", None)
    yield
    sys.modules.pop("helpers", None)


def test_a_page_imports_a_helper_beside_the_entry_script(tmp_path: Path, own_helpers) -> None:
    """Streamlit puts the entry script's folder on sys.path for every page (its "hello"
    demo's pages do ``from utils import show_code``); a page in pages/ could not import
    it, and a helper's ``import streamlit`` there was not rerunqt."""
    entry = app(tmp_path, "import rerunqt as st\nst.title('Home')\n",
                **{"2_Other": "from helpers import shout\nshout('from a page')\n"})
    (tmp_path / "helpers.py").write_text(HELPER)
    at = AppTest.from_file(entry).run()
    at.switch_page("pages/2_Other.py").run()
    assert not at.exception, at.exception[0].value
    assert [m.value for m in at.markdown] == ["FROM A PAGE"]


def test_a_navigation_page_in_a_folder_imports_a_root_helper(tmp_path: Path, own_helpers) -> None:
    (tmp_path / "helpers.py").write_text(HELPER)
    (tmp_path / "request").mkdir()
    (tmp_path / "request" / "ask.py").write_text("from helpers import shout\nshout('asked')\n")
    (tmp_path / "app.py").write_text(
        "import rerunqt as st\nst.navigation([st.Page('request/ask.py')]).run()\n")
    at = AppTest.from_file(tmp_path / "app.py").run()
    assert not at.exception, at.exception[0].value
    assert [m.value for m in at.markdown] == ["ASKED"]
