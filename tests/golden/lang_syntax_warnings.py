# Compile-time SyntaxWarnings (stderr) for valid code that is almost certainly a mistake:
# `is` with a literal, calling or indexing a literal, an assert on a tuple.
x = 256
print(x is 256, x is not 257, x is -5, x == 256)
print(x is None, x is not True, x is ..., () is ())
name = "text"
if name is "text":
    print("identity of equal strings is an implementation detail")
print([] is [], [1] is not [1])
pairs = [(1, 2),
         (3, 4)]
try:
    funcs = [(1, 2)(3, 4)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc"["b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(5[0])
except TypeError as e:
    print(type(e).__name__, e)
print([10, 20][1], "abc"[1:], (1, 2)[True])
assert (x, "message in parentheses")
exec("y = 1000\nprint(y is 1000)")
