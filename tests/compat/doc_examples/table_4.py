# From streamlit 1.67.0, docstring example 4 of st.table (Apache-2.0), unchanged.
import streamlit as st

st.table(
    {
        ":material/folder: Project": "**Streamlit** - The fastest way to build data apps",
        ":material/code: Repository": "[github.com/streamlit/streamlit](https://github.com/streamlit/streamlit)",
        ":material/new_releases: Version": ":gray-badge[1.45.0]",
        ":material/license: License": ":green-badge[Apache 2.0]",
        ":material/group: Maintainers": ":blue-badge[Core Team] :violet-badge[Community]",
    },
    border="horizontal",
    width="content",
)
