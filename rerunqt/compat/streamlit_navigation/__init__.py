"""``streamlit.navigation`` in a script (see ``page``: apps import ``StreamlitPage`` for
type hints).

It lives beside the alias package, not in it: ``st.navigation`` is a function there, and a
subpackage of that name would replace it on the package the first time it is imported.
"""
