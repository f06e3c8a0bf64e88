"""``streamlit.hello.streamlit_app``: the gallery ``streamlit hello`` opens, as ``run()``.

Scripts (Streamlit's own ``hello_app.py`` among them) call ``streamlit_app.run()`` to show
the five demo pages; the pages here are rerunqt's own scripts doing what Streamlit 1.67's do.
"""

from __future__ import annotations

from pathlib import Path

import rerunqt as st

HERE = Path(__file__).parent
# (file, title, icon): Streamlit 1.67's page list, in its order
PAGES = (("hello.py", "Hello", ":material/waving_hand:"),
         ("dataframe_demo.py", "DataFrame demo", ":material/table:"),
         ("plotting_demo.py", "Plotting demo", ":material/show_chart:"),
         ("mapping_demo.py", "Mapping demo", ":material/public:"),
         ("animation_demo.py", "Animation demo", ":material/animation:"))


def run() -> None:
    """The demos under one "Pages" heading in the sidebar; the chosen one runs."""
    pages = [st.Page(HERE / name, title=title, icon=icon) for name, title, icon in PAGES]
    st.navigation({"Pages": pages}).run()


if __name__ == "__main__":
    run()
