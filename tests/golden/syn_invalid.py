# invalid syntax: two names in a row
print("before")
x = 1 2
