# From streamlit 1.67.0, docstring example 2 of st.help (Apache-2.0), unchanged.
import streamlit as st

x = my_poorly_documented_function()
st.help(x)

class Dog:
  '''A typical dog.'''

  def __init__(self, breed, color):
    self.breed = breed
    self.color = color

  def bark(self):
    return 'Woof!'


fido = Dog("poodle", "white")

st.help(fido)
