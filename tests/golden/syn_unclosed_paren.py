# an opening bracket that is never closed
items = [1, 2,
         3
print(items)
