# Comments, blank lines and line continuation.
# A comment on its own line.

x = 1  # a trailing comment


# several blank lines above
y = (1 +
     2 +   # a comment inside brackets
     3)
z = 1 + \
    2 + \
    3
print(x, y, z)
items = [
    1,
    2,

    3,  # blank line inside a list display
]
print(items)
d = {
    'a': 1,
    # comment between entries
    'b': 2,
}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
if x == 1 and \
   y == 6:
    print("backslash in condition")
s = "not # a comment"
print(s)
t = ("implicit "
     "joining "  # comment between parts
     "of strings")
print(t)
    # an indented comment does not start a block
print("end")  # the last line has a comment
