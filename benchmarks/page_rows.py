"""The rows of the benchmark page, one definition for rerun.py, layout.py and startup.py.

``ROW`` is the body of the page's loop over ``i``: 2 of 5 rows text, 3 of 5 keyed widgets.
"""

ROW = '''\
kind = i % 5
if kind == 0:
    st.text(f"row {i}")
elif kind == 1:
    st.markdown(f"**bold {i}** and text")
elif kind == 2:
    st.checkbox(f"check {i}", key=f"c{i}")
elif kind == 3:
    st.text_input(f"text {i}", key=f"t{i}")
else:
    st.number_input(f"number {i}", key=f"n{i}")
'''
