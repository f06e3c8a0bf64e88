# From streamlit 1.67.0, docstring example 2 of st.column_config.ButtonColumn (Apache-2.0), unchanged.
import pandas as pd
import streamlit as st

df = pd.DataFrame(
    {
        "name": ["Alice", "Bob", "Charlie"],
        "actions": [
            [":material/edit: Edit", ":material/delete: Delete"],
            [":material/edit: Edit", ":material/delete: Delete"],
            [":material/edit: Edit"],
        ],
    }
)

def handle_action():
    click = st.session_state.action_click
    if "Delete" in click["label"]:
        st.warning(f"Deleting row {click['row']}")
    elif "Edit" in click["label"]:
        st.info(f"Editing row {click['row']}")

st.dataframe(
    df,
    column_config={
        "actions": st.column_config.ButtonColumn(
            "Actions", on_click=handle_action, key="action_click"
        ),
    },
)
