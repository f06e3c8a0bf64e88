"""The gallery's first page: a welcome and where to read more."""

import rerunqt as st

WELCOME = """
Streamlit is an open-source app framework built specifically for
machine learning and data science projects.

**👈 Select a demo from the sidebar** to see some examples
of what Streamlit can do!

### Want to learn more?
- Check out [streamlit.io](https://streamlit.io)
- Jump into our [documentation](https://docs.streamlit.io)
- Ask a question in our [community
  forums](https://discuss.streamlit.io)

### See more complex demos
- Use a neural net to [analyze the Udacity Self-driving Car Image
  Dataset](https://github.com/streamlit/demo-self-driving)
- Explore a [New York City rideshare dataset](https://github.com/streamlit/demo-uber-nyc-pickups)
"""

st.set_page_config(page_title="Hello", page_icon=":material/waving_hand:")
st.title("Welcome to Streamlit! 👋")
st.write(WELCOME.strip("\n"))
with st.spinner("Preloading Python modules for other pages..."):
    import numpy  # noqa: F401  (the other pages start faster)
    import pandas  # noqa: F401
