# Calls with positional and keyword arguments, unpacking, evaluation order.
def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, 2)
show(a=1, b=2)
show(1, *[2, 3], 4, *(5,), x=1, **{'y': 2}, z=3)
show(*"ab", **dict(k="v"))
def order(tag):
    print("eval", tag)
    return tag
show(order(1), k=order(2), *[order(3)], **{order("key"): order(4)})
print(order("f") is not None and show(order("a")))
def f(a, b, c=10):
    return a, b, c
print(f(1, 2), f(1, 2, 3), f(b=2, a=1), f(1, c=5, b=3))
print(f(*(1, 2)), f(**{'a': 1, 'b': 2, 'c': 3}))
print(print, len, type(print))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(max([1, 5, 3], key=lambda x: -x), min([], default="empty"))
print("-".join(map(str, range(3))), dict(a=1, **{'b': 2}))
g = f
print(g(0, 0), (lambda *a: a)(1, 2), (lambda **k: k)(x=1))
methods = [str.upper, "abc".upper]
print([m("x") if m is str.upper else m() for m in methods])
def make_adder(n):
    return lambda x: x + n
print(make_adder(3)(4), make_adder(1)(make_adder(2)(3)))
for call in ["f(1)", "f(1, 2, 3, 4)", "f(1, 2, a=3)", "f(1, 2, d=4)", "show(**{1: 2})",
             "show(*5)", "show(**[1])", "f(**{'a': 1}, **{'a': 2})", "len()", "len(1, 2)",
             "int(x=1)", "print(sep=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(f"{call:26} -> {e}")
