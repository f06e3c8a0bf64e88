"""``streamlit.hello``: what the demos of ``streamlit hello`` import besides ``streamlit``.

Streamlit's own demo scripts (``streamlit/hello/*.py``) import ``show_code`` from
``streamlit.hello.utils``; with this package they run unchanged under rerunqt.
"""
