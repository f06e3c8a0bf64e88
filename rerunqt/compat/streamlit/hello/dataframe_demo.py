"""The UN's agricultural production by country: a multiselect, a table and an area chart."""

from urllib.error import URLError

import altair as alt
import pandas as pd

import rerunqt as st
from rerunqt.compat.streamlit.hello.utils import show_code


def data_frame_demo() -> None:
    @st.cache_data
    def get_un_data() -> pd.DataFrame:
        frame = pd.read_csv("https://streamlit-demo-data.s3-us-west-2.amazonaws.com/agri.csv.gz")
        return frame.set_index("Region")

    try:
        df = get_un_data()
        countries = st.multiselect("Choose countries", list(df.index),
                                   ["China", "United States of America"])
        if not countries:
            st.error("Please select at least one country.")
            return
        data = df.loc[countries] / 1000000.0
        st.subheader("Gross agricultural production ($B)")
        st.dataframe(data.sort_index())
        value = "Gross Agricultural Product ($B)"
        long = pd.melt(data.T.reset_index(), id_vars=["index"]).rename(
            columns={"index": "year", "value": value})
        chart = alt.Chart(long).mark_area(opacity=0.3).encode(
            x="year:T", y=alt.Y(f"{value}:Q", stack=None), color="Region:N")
        st.altair_chart(chart, width="stretch")
    except URLError as e:
        st.error(f"This demo requires internet access. Connection error: {e.reason}")


st.set_page_config(page_title="DataFrame demo", page_icon=":material/table:")
st.title("DataFrame demo")
st.write("This demo shows how to use `st.dataframe` to visualize a Pandas DataFrame.\n"
         "Data courtesy of the [UN Data Explorer](http://data.un.org/Explorer.aspx).")
data_frame_demo()
show_code(data_frame_demo)
