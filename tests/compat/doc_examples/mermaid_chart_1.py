# From streamlit 1.67.0, docstring example 1 of st.mermaid_chart (Apache-2.0), unchanged.
import streamlit as st

st.mermaid_chart(
    '''
    graph LR
        A[Start] --> B{Decision}
        B -->|Yes| C[OK]
        B -->|No| D[Cancel]
    ''',
    alt="Decision flow from start to cancel",
)
