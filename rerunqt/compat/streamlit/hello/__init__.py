"""``streamlit.hello``: the ``streamlit hello`` gallery and what its demos import.

Streamlit's own demo scripts import ``show_code`` from ``streamlit.hello.utils``; scripts
that show the gallery call ``streamlit.hello.streamlit_app.run()``, whose pages here are
rerunqt's own scripts doing what Streamlit 1.67's pages do.
"""
