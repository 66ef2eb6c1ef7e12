# a closing bracket without an opening one
value = (1 + 2))
