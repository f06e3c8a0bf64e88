"""st.navigation: pages declared in code, in sections, one of them a function.

Run with ``rerunqt demos/navigation.py``. With st.navigation the ``pages/`` folder is
ignored: these pages are the app's. The script draws what every page shares (the
sidebar's caption), then runs the page chosen.
"""

import rerunqt as st


def about() -> None:
    st.title("About")
    st.markdown("This page is a function: `st.Page(about)`. Its title, \"about\", comes from the "
                "function's name.")
    st.page_link("multipage/pages/1_Counter.py", label="Back to the counter", icon="🔢")


pages = {
    "Work": [
        st.Page("multipage/pages/1_Counter.py", title="Counter", icon="🔢", default=True),
        st.Page("multipage/pages/2_Sign_up.py", title="Sign up", icon="📝"),
    ],
    "Help": [st.Page(about, icon="💡")],
}
page = st.navigation(pages)
st.sidebar.caption(f"Showing {page.title}. Ctrl+PgDn for the next page.")
page.run()
