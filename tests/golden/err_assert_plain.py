# A failing assert on a plain call: no carets under the statement.
def ready(flag):
    return flag


assert ready(True)
assert ready(False)
