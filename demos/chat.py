"""A chat app: the shape of every Streamlit chatbot, as a desktop window.

Run with ``rerunqt demos/chat.py``. Type a message and press Enter (Shift+Enter for a
new line); the assistant answers with a word count. The message box stays pinned under
the conversation however long it grows. The paperclip attaches text files.
"""

import rerunqt as st

st.title("Chat")
st.caption("Messages live in st.session_state; every send reruns the script.")

if "messages" not in st.session_state:
    st.session_state.messages = [{"role": "assistant", "content": "Hello! Send me a message."}]

with st.sidebar:
    st.header("Conversation")
    st.write(f"{len(st.session_state.messages)} messages")
    if st.button("Clear conversation", key="clear"):
        st.session_state.messages = st.session_state.messages[:1]


def reply(text, files):
    words = len(text.split())
    answer = f"You wrote **{words}** word{'s' if words != 1 else ''}."
    for f in files:
        answer += f"\n\n`{f.name}`: {f.size} bytes"
    return answer


for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

sent = st.chat_input("Say something", accept_file="multiple", file_type=["txt", "md", "csv"])
if sent:
    shown = sent.text + "".join(f"\n\n📎 {f.name}" for f in sent.files)
    st.session_state.messages.append({"role": "user", "content": shown})
    with st.chat_message("user"):
        st.markdown(shown)
    answer = reply(sent.text, sent.files)
    st.session_state.messages.append({"role": "assistant", "content": answer})
    with st.chat_message("assistant"):
        st.markdown(answer)
