# a closing bracket that does not match the opening one
data = {"a": [1, 2)}
