"""A sign-up form you can leave half-filled: keyed fields keep their values across pages."""

import rerunqt as st

st.session_state.setdefault("count", 0)

st.title("Sign up")
name = st.text_input("Name", key="signup_name")
email = st.text_input("Email", key="signup_email")
plan = st.selectbox("Plan", ["Free", "Team", "Enterprise"], key="signup_plan")
agree = st.checkbox("I agree to the terms", key="signup_agree")
missing = [label for label, value in (("name", name), ("email", email)) if not value]
if missing:
    st.info(f"Still to fill in: {', '.join(missing)}. Switch pages freely: nothing is lost.")
elif not agree:
    st.warning("Tick the terms to finish.")
else:
    st.success(f"{name} <{email}> is signed up for the {plan} plan.")
st.caption(f"The counter on the other page is at {st.session_state.count}.")
