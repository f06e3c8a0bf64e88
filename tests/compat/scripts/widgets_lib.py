import streamlit as st


def summary(region: str) -> None:
    st.header(f"Region {region}")
    st.slider("Target", 0, 100, 50, key="target")
