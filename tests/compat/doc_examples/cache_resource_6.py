# From streamlit 1.67.0, docstring example 6 of st.cache_resource (Apache-2.0), unchanged.
import streamlit as st
from pydantic import BaseModel

class Person(BaseModel):
    name: str

@st.cache_resource(hash_funcs={"__main__.Person": str})
def get_person_name(person: Person):
    return person.name
