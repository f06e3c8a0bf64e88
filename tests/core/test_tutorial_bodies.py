"""Bodies of st.code and st.latex as the 30-Days-of-Streamlit tutorial apps write them."""

from __future__ import annotations

from rerunqt.testing import AppTest


def _app() -> None:
    import rerunqt as st

    st.code("""
     [theme]
     primaryColor="#F39C12"
     """)
    st.code("\n\nx = 1\n\n")
    st.latex(r'''
          a + ar + a r^2 =
          \sum_{k=0}^{n-1} ar^k
          ''')


def test_code_drops_one_newline_at_each_end_like_streamlit() -> None:
    at = AppTest.from_function(_app).run()
    assert at.code[0].value == '     [theme]\n     primaryColor="#F39C12"\n     '
    assert at.code[1].value == "\nx = 1\n"


def test_latex_source_is_dedented_like_streamlit() -> None:
    at = AppTest.from_function(_app).run()
    assert at.latex[0].value == "$$\na + ar + a r^2 =\n\\sum_{k=0}^{n-1} ar^k\n$$"


def test_headings_are_dedented_and_stripped_like_streamlit() -> None:
    def app() -> None:
        import rerunqt as st

        st.title(" 🔄 Unit Convertor")
        st.header("Meter ")
        st.subheader("""
            Sub
            """)
        st.header(100.0)

    at = AppTest.from_function(app).run()
    assert at.title[0].value == "🔄 Unit Convertor"
    assert [h.value for h in at.header] == ["Meter", "100.0"]
    assert at.subheader[0].value == "Sub"
