"""badge, space, html, latex, echo and link_button through AppTest."""

from __future__ import annotations

from rerunqt.testing import AppTest


def run(src: str) -> AppTest:
    return AppTest.from_string(src).run()


def test_badge_space_html_latex_are_drawn_with_their_props() -> None:
    at = run("""
        import rerunqt as st
        st.badge("New", color="green", icon=":material/star:")
        st.space("medium"); st.space(5)
        st.html("<p onclick='steal()'>Hi <b>there</b></p><script>alert(1)</script>")
        st.latex(r"e^{i\\pi} + 1 = 0")
    """)
    assert not at.exception, at.exception
    assert (at.badge[0].label, at.badge[0].color) == ("New", "green")
    assert [s.size for s in at.space] == ["medium", 5]  # as given (Streamlit 1.67)
    assert [s.pixels for s in at.space] == [40, 5]
    # the body as Streamlit sends it (the window drops the script and handler when drawing)
    assert at.html[0].value == "<p onclick='steal()'>Hi <b>there</b></p><script>alert(1)</script>"
    assert at.latex[0].value == "$$\ne^{i\\pi} + 1 = 0\n$$"  # Streamlit 1.67 reads it as Markdown


def test_html_reads_a_path_and_repr_html_but_not_a_string_path_as_in_streamlit(tmp_path) -> None:
    """Streamlit 1.67 (its e2e st_html app): a Path is read, a .css one inside <style> (so
    style-only: not on the page); a string naming a file is shown as text under a
    deprecation warning; the body is dedented and stripped; 42 is "42"."""
    page = tmp_path / "snippet.html"
    page.write_text("<i>from a file</i>")
    (tmp_path / "look.css").write_text("i {color: red}")
    at = run(f"""
        from pathlib import Path
        import rerunqt as st
        class Pretty:
            def _repr_html_(self):
                return "<u>pretty</u>"
        st.html(Path({str(page)!r}))
        st.html(Pretty())
        st.html(Path({str(tmp_path / "look.css")!r}))
        st.html({str(page)!r})
        st.html('''
            <div>
                indented
            </div>
        ''')
        st.html(42)
        st.html("missing.html")
    """)
    assert not at.exception, at.exception
    assert [h.value for h in at.main.html] == [
        "<i>from a file</i>", "<u>pretty</u>", str(page), "<div>\n    indented\n</div>",
        "42", "missing.html"]
    assert at.html[-1].value == "<style>i {color: red}</style>"  # the event container's
    assert [w.value for w in at.warning] == [
        "Passing a local file path as a string to `st.html` is no longer supported. "
        "To load a local file, pass a `pathlib.Path` object instead."]
    at = run("import rerunqt as st\nst.html('   ')")
    assert at.exception and at.exception[0].message == "The `body` parameter is required."


def test_style_only_html_is_an_event_not_a_page_element() -> None:
    """Streamlit 1.67 sends an st.html of only <style> (and comments) to the event
    container: at.html lists it, the page (at.main) does not, and it takes no room."""
    at = run("""
        import rerunqt as st
        st.html("<style>.x {color: red}</style><!-- theme -->")
        st.html("<style>.y {}</style><p>shown</p>")
        st.write("after")
    """)
    assert [h.value for h in at.html] == ["<style>.y {}</style><p>shown</p>",  # the page's
                                          "<style>.x {color: red}</style><!-- theme -->"]
    assert [e.type for e in at.main] == ["main", "html", "markdown"]  # as Streamlit iterates
    at.run()
    assert len(at.html) == 2


def test_echo_shows_no_code_for_a_block_that_raised_as_in_streamlit() -> None:
    """Streamlit draws the echoed code after its block: a block that raises leaves the
    slot above empty (listed as ``empty``) and nothing below (checked against 1.67)."""
    at = AppTest.from_string(
        "import rerunqt as st\n"
        "try:\n"
        "    with st.echo():\n"
        "        st.write('raising')\n"
        "        raise ValueError('x')\n"
        "except ValueError:\n"
        "    st.write('caught')\n"
        "with st.echo('below'):\n"
        "    st.stop()\n").run()
    assert [e.type for e in at.main.children.values()] == ["empty", "markdown", "markdown"]
    assert not at.code and not at.exception


def test_echo_shows_the_code_of_its_block_above_or_below() -> None:
    at = AppTest.from_string(
        "import rerunqt as st\n"
        "with st.echo():\n"
        "    x = 2 + 2\n"
        "    st.write(x)\n"
        "with st.echo(code_location='below'):\n"
        "    st.text('after')\n"
        "st.caption('done')\n").run()
    assert not at.exception, at.exception
    assert [c.value for c in at.code] == ["x = 2 + 2\nst.write(x)", "st.text('after')"]
    kinds = [e.type for e in at.main.children.values()]  # the first block's code above it,
    assert kinds == ["code", "markdown", "text", "code", "caption"]  # the second's below


def test_echo_leaves_out_comments_before_and_after_the_statements_as_streamlit() -> None:
    """Streamlit 1.67 shows from the block's first statement (decorators included) to the end
    of its last: the leading comment of its docs' example is not shown (core-previews app)."""
    at = AppTest.from_string(
        "import rerunqt as st\n"
        "def deco(f):\n"
        "    return f\n"
        "with st.echo():\n"
        "    # Everything inside this block will be both printed to the screen\n"
        "\n"
        "    x = 1  # kept\n"
        "    # a comment between statements is kept\n"
        "    st.write(x)\n"
        "    # trailing\n"
        "\n"
        "with st.echo('below'):\n"
        "    @deco\n"
        "    def f():\n"
        "        return 2\n").run()
    assert not at.exception, at.exception
    assert [c.value for c in at.code] == [
        "x = 1  # kept\n# a comment between statements is kept\nst.write(x)",
        "@deco\ndef f():\n    return 2"]


def test_link_button_reruns_only_when_asked() -> None:
    at = run("""
        import rerunqt as st
        def note():
            st.session_state.noted = True
        plain = st.link_button("Docs", "https://docs.example.org")
        told = st.link_button("Tell", "https://example.org", on_click=note, key="tell")
        st.write(f"{plain} {told} {st.session_state.get('noted', False)}")
    """)
    assert at.link_button[0].url == "https://docs.example.org"
    assert at.link_button[1].reruns and not at.link_button[0].reruns
    at.link_button(key="tell").click().run()
    assert at.markdown[0].value == "False True True"


def test_errors_name_the_argument() -> None:
    for call, words in [
        ("st.space('huge')", "size='huge'"),
        ("st.space(-1)", "size=-1"),
        ("from pathlib import Path\nst.html(Path('missing.html'))", "could not find"),
        ("st.echo(code_location='left')", "code_location"),
        ("st.link_button('x', 5)", "url"),
        ("st.link_button('x', 'https://a', on_click='sometimes')", "on_click"),
    ]:
        at = run("import rerunqt as st\n" + call)
        assert at.exception and words in at.exception[0].message, (call, at.exception)


def test_a_keyed_link_button_is_in_session_state_only_with_on_click() -> None:
    """Streamlit 1.67 registers a link button as a widget only when on_click makes it
    rerun (e2e app st_link_button): a plain keyed one is not in st.session_state."""
    at = run("""
        import rerunqt as st
        st.link_button("Plain", "https://streamlit.io", key="plain")
        st.link_button("Rerun", "https://streamlit.io", key="again", on_click="rerun")
        st.write(sorted(k for k in st.session_state))
    """)
    assert not at.exception, at.exception
    assert [b.key for b in at.link_button] == ["plain", "again"]
    assert at.json[0].value == '["again"]'
    assert "plain" not in at.session_state and at.session_state["again"] is False


def test_an_unknown_badge_colour_and_an_empty_link_are_taken_as_streamlit_takes_them() -> None:
    """Streamlit 1.67 checks neither: the badge's directive, unknown, is Markdown shown as
    written, and the link button opens nothing."""
    at = run("""
        import rerunqt as st
        st.badge("b [x]", color="purple", icon="🔥")
        st.link_button("Nowhere", "")
    """)
    assert not at.exception, at.exception
    assert at.markdown[0].value == ":purple-badge[🔥 b \\[x\\]]"
    assert at.link_button[0].url == ""
