"""Qt-free core: element specs, widget identity, session state, the st.* functions."""
