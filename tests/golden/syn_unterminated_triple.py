# a triple-quoted string that never ends
doc = """start
of a long
text
