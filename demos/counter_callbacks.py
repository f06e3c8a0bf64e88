"""Examples 2 and 3 of the seed tutorial: callbacks, with args and with kwargs."""

import rerunqt as st

st.title('Counter Example using Callbacks')
if 'count' not in st.session_state:
    st.session_state.count = 0


def increment_counter():
    st.session_state.count += 1


st.button('Increment', on_click=increment_counter)
st.write('Count = ', st.session_state.count)

st.divider()
st.header('Callbacks with args')
increment_value = st.number_input('Enter a value', value=0, step=1)


def increment_by(increment_value):
    st.session_state.count += increment_value


st.button('Increment by value', on_click=increment_by, args=(increment_value,))

st.divider()
st.header('Callbacks with kwargs')


def add(increment_value=0):
    st.session_state.count += increment_value


def subtract(decrement_value=0):
    st.session_state.count -= decrement_value


st.button('Increment by 5', on_click=add, kwargs=dict(increment_value=5))
st.button('Decrement by 1', on_click=subtract, kwargs=dict(decrement_value=1))
st.write('Count = ', st.session_state.count)
