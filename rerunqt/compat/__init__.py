"""Running existing Streamlit apps unchanged: the ``streamlit`` import alias and its helpers.

``compat.streamlit`` is the package a script gets for ``import streamlit``; ``hook`` makes
that happen only inside a script's run, so a real Streamlit stays importable elsewhere.
"""
