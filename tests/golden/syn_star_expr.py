# a starred expression where it is not allowed
x = *a
