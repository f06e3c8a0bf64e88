# From streamlit 1.67.0, docstring example 11 of st.context (Apache-2.0), unchanged.
import streamlit as st

ip = st.context.ip_address
if ip is None:
    st.write("No IP address. This is expected in local development.")
elif ip.contains(":"):
    st.write("You have an IPv6 address.")
elif ip.contains("."):
    st.write("You have an IPv4 address.")
else:
    st.error("This should not happen.")
