try:
    type("Mixed", (IndentationError, TabError), {})
except TypeError as e:
    print(e)
