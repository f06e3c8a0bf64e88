"""``streamlit.testing``: see ``testing.v1``."""
