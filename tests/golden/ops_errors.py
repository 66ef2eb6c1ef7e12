# TypeError messages of operators between unsupported types.
five = 5
abc = 'abc'
one = [1]
cases = [
    "1 + 'a'", "'a' + 1", "[1] + (1,)", "None + None", "{} + {}",
    "'a' * 'b'", "[1] * 1.5", "1 - 'a'", "'a' / 2", "2 ** 'a'",
    "pow(2, 'a', 3)", "'a' // 2", "[1] % 2", "1 @ 2", "{1} + {2}",
    "1 < 'a'", "[] > ()", "None >= 1", "len(five)", "five()", "five[0]",
    "abc['x']", "one[1.0]", "del x",
]
for src in cases:
    try:
        if src.startswith("del"):
            exec(src)
        else:
            eval(src)
    except (TypeError, NameError) as e:
        print(f"{src:16} -> {type(e).__name__}: {e}")
def f():
    pass
for src in ["f + 1", "f[0]", "f.x", "int + 1", "int[0]"]:
    try:
        eval(src)
    except Exception as e:
        print(f"{src:16} -> {type(e).__name__}: {e}")
x = [1]
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    x -= [1]
except TypeError as e:
    print(type(e).__name__, e)
s = "a"
try:
    s *= "b"
except TypeError as e:
    print(type(e).__name__, e)
