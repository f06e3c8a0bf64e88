# From streamlit 1.67.0, docstring example 7 of st.cache_resource (Apache-2.0), unchanged.
import asyncio
import streamlit as st

@st.cache_resource
async def load_config():
    await asyncio.sleep(1)
    return {"env": "prod"}

async def main():
    config = await load_config()
    st.write(config)

asyncio.run(main())
