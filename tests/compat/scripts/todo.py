import streamlit as st

st.set_page_config(page_title="Todo", layout="wide")
st.title("Todo list")

if "todos" not in st.session_state:
    st.session_state.todos = []

with st.form("add", clear_on_submit=True):
    new = st.text_input("New item")
    if st.form_submit_button("Add") and new:
        st.session_state.todos.append({"text": new, "done": False})

for i, todo in enumerate(st.session_state.todos):
    left, right = st.columns([4, 1])
    todo["done"] = left.checkbox(todo["text"], value=todo["done"], key=f"done-{i}")
    if right.button("Delete", key=f"del-{i}"):
        st.session_state.todos.pop(i)
        st.rerun()

done = sum(t["done"] for t in st.session_state.todos)
st.sidebar.write(f"{done} of {len(st.session_state.todos)} done")
