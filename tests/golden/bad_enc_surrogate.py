# An encoded surrogate (not valid UTF-8).
x = "í €"
