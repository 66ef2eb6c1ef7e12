# Invalid UTF-8 in a comment only: still refused (the whole file must be UTF-8).
print("never printed")
# café
