# co_stacksize (and co_nlocals) of a broad set of code objects: CPython
# 3.11's compiler gives each code object the deepest its value stack gets,
# and minipy computes the same number from the syntax tree.
import sys

CodeType = type(compile("0", "<probe>", "eval"))


def show(code, indent=""):
    print(f"{indent}{code.co_qualname}: stacksize {code.co_stacksize}, nlocals {code.co_nlocals}")
    for c in code.co_consts:
        if type(c) is CodeType:
            show(c, indent + "  ")


def empty(): pass
def const(): return 1
def folded(): return (1, 2, (3, 4)), -5, 2 ** 10, "ab" * 3, "abc"[1], not True, __debug__
def unfolded(): return 2 ** 200, 1 / 0, "x" * 5000
def arith(a, b, c): return a + b * c - (a // b) % c ** 2
def unary(a): return -a, +a, ~a, not a
def boolops(a, b, c, d): return a and b or c and not d
def compare(a, b, c, d): return a < b, a < b < c, a < b <= c != d, a in [b, c], a not in {1, 2, 3}, a in [1, 2]
def is_none(a, b):
    if a is None and b is not None:
        return 1
    while a is not None:
        a = None
    return a is None
def subscripts(a, i, j): return a[i], a[i:j], a[:], a[::2], a[i:j:2], a[i, j], a[i:j, 1:2]
def attrs(o): return o.x.y.z
def calls(f, o, a, k):
    f()
    f(1, 2, 3)
    o.m(1, 2)
    o.m(a, key=1, other=k)
    f(*a)
    f(1, *a)
    f(*a, **k)
    f(x=1, **k)
    f(**k, y=2)
    f(1, 2, x=3, y=4)
    o.m(*a)
    o.m(**k)
    o.a.b.c(1)(2)(3)
    return f(f(f(f(1))))
def many_args(f):
    return f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)
def many_names(f, a):
    return f(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
def many_kwargs(f, a):
    return f(a=a, b=a, c=a, d=a, e=a, f=a, g=a, h=a, i=a, j=a, k=a, l=a, m=a, n=a, o=a, p=a, q=a)
def displays(a, b):
    x = [a, b, [a, [b, [a]]]]
    y = {a: b, 1: 2, "k": [a, b]}
    z = {a, b, 3}
    w = (a, (b, (a, (b,))))
    v = [*a, b, *b]
    u = {**a, "x": 1, **b}
    t = (*a, *b)
    s = {*a, 1}
    return [1, 2, 3], {1, 2, 3}, {"a": 1, "b": 2}, [], {}, (), [a], {"a": a, "b": b}
def big_display(a):
    return [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]
def big_dict(a):
    return {1: a, 2: a, 3: a, 4: a, 5: a, 6: a, 7: a, 8: a, 9: a, 10: a, 11: a, 12: a, 13: a, 14: a, 15: a, 16: a, 17: a, 18: a}
def fstrings(a, b):
    return f"{a}", f"x{a}y{b!r}z", f"{a:>{b}}", f"{a:10}", f"", f"plain", f"{a}{b}{a}{b}"
def percent(a, b):
    return "%s" % (a,), "%s-%r" % (a, b), "%5s|%-3r|%.2a" % (a, b, a), "%d" % (a,), "%s" % a, "%%%s" % (b,)
def percent_wide(a, b):
    return "%99s" % (a,), "%100s" % (b,), "%.99r %.100r" % (a, b), "%-10s" % (a,), "%s %s" % (a,), "%s" % (a, b)
def comprehensions(xs, ys):
    a = [x for x in xs]
    b = {x for x in xs if x if not x}
    c = {x: y for x in xs for y in ys}
    d = (x * y for x in xs for y in [x] if y)
    e = [[y for y in x] for x in xs]
    f = [x for x in [1, 2, 3]]
    g = [y for x in xs for y in (x, x)]
    return a, b, c, d, e, f, g
def closures(n):
    def inner(m):
        return n + m
    k = lambda: n
    return [n * i for i in range(3)], inner, k
def defaults(a=1, b=(1, 2), *args, c=3, d=[], **kw): pass
def defaults_mixed(a=[1], b=len, *, c=None): pass
def annotated(a: int, b: "str" = "", *c: list, d: dict[str, int] = None, **e: tuple) -> None: pass
def annotated_constants(a: "int", b: "str") -> None: pass
@staticmethod
def decorated(): pass
def deco_factory(x):
    return lambda f: f
@deco_factory(1)
@deco_factory(2)
def decorated_twice(): pass
def assignments(a, b, o):
    x = y = z = a
    x, y = y, x
    x, y, z = z, y, x
    x, *y = a
    *x, y, z = a
    [x, [y, z]] = a
    o.attr = a
    o.attr.sub = b
    o[a] = b
    o[a:b] = b
    o[a][b] = a
    x += 1
    o.attr += a
    o[a] += b
    o[a:b] *= 2
    o.a.b[1].c += 1
    (w := a + b)
    del x, o.attr, o[a], o[a:b]
    return w
def annotations_in_function(a):
    x: int = a
    y: list
    a.attr: int = 1
    a[0]: int = 2
def loops(xs):
    for x in xs:
        for y in x:
            if y:
                break
            continue
        else:
            pass
    while xs:
        xs = xs[1:]
    else:
        xs = None
    for a, (b, c) in xs:
        pass
    for x in [1, 2, 3]:
        pass
    for x in {1, 2}:
        pass
def returns_in_loops(xs):
    for x in xs:
        for y in x:
            return y + x
    while True:
        return xs
def infinite():
    while True:
        pass
def dead_code():
    return 1
    x = [a, b, [c, [d, [e]]]]
def if_constant():
    if 0:
        return [a, [b, [c, [d]]]]
    if True:
        return 1
    else:
        return [a, [b, [c, [d]]]]
def ifexp(a, b): return a if b else (b if a else [a, [b]])
def raises(e):
    raise
    raise e
    raise e from None
def raise_from(e, f):
    raise ValueError(e) from f(e)
def try_except(a):
    try:
        a()
    except ValueError:
        pass
    except (TypeError, KeyError) as e:
        print(e)
    except:
        raise
    else:
        a(1)
def try_finally(a):
    try:
        a()
    finally:
        a(2)
def try_all(a):
    try:
        a()
    except Exception as e:
        return e
    else:
        return 1
    finally:
        print("done")
def return_in_finally(a):
    try:
        return a()
    finally:
        return 2
def nested_try(a):
    try:
        try:
            return a()
        except KeyError as k:
            return k.args
        finally:
            a(1)
    except Exception:
        for x in a:
            try:
                return x
            finally:
                del x
def with_stmt(a, b):
    with a:
        pass
    with a as x, b as y:
        return x + y
def with_in_loop(xs):
    for x in xs:
        with x as y:
            if y:
                break
            continue
    with xs:
        for x in xs:
            return x
def break_in_finally(xs):
    for x in xs:
        try:
            pass
        finally:
            break
def handler_return(a):
    try:
        a()
    except Exception as e:
        for x in a:
            return x + e
def asserts(a, b):
    assert a
    assert a, b
    assert a, f"{a} and {b}"
def imports():
    import os
    import os.path
    import os.path as p
    from os import path, sep
    from . import x
    return os, p, path, sep, x
def globals_nonlocals():
    global G
    G = 1
    def inner():
        nonlocal_var = 1
        def inner2():
            nonlocal nonlocal_var
            nonlocal_var = 2
        return inner2
    return inner
def gen():
    yield 1
def gen_loop(n):
    for i in range(n):
        yield i * 2
def gen_send():
    x = yield
    y = yield x
    return x, y
def gen_from(it):
    r = yield from it
    yield from [1, 2]
    return r
def gen_nested(xs):
    for x in xs:
        with x:
            try:
                yield x
            finally:
                yield None
class Plain:
    pass
class WithBody:
    """Doc."""
    a = 1
    b = [a, a]
    def m(self): return self
    c: int = 3
    d: "str"
class Super(WithBody):
    def m(self): return super().m()
class Keywords(Plain, metaclass=type):
    pass
class StarBases(*[Plain], **{}):
    pass
@staticmethod
def _deco(c): return c
class Decorated:
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): pass
def lambdas():
    return (lambda: 0), (lambda x, y=1: x + y), (lambda *a, **k: (a, k)), (lambda: (yield))
def walrus(xs):
    return [y for x in xs if (y := x * 2)]
def starred_calls(f, a, b):
    return f(*a, *b), f(1, *a, 2, *b, 3), f(*a, x=1), f(**a, **b)
def chained_methods(s):
    return s.strip().lower().split(",")[0].replace("a", "b").encode("utf-8")
def deep_expression(a):
    return a + (a + (a + (a + (a + (a + (a + (a + a)))))))
def unpacking_in_for(pairs):
    for (a, b), *rest in pairs:
        print(a, b, rest)

for name, value in list(globals().items()):
    if callable(value) and hasattr(value, "__code__"):
        show(value.__code__)
    elif isinstance(value, type) and value.__module__ == "__main__":
        pass
for src in ["x = 1", "def f(a, b=2): return a + b", "class C:\n    x = [1, [2]]\n", "a, b = b, a",
            "print(*[1], **{})", "[x for x in 'abc' if x]", "import sys\nfrom os import path"]:
    show(compile(src, "<src>", "exec"))
print(compile("1 + x * y", "<e>", "eval").co_stacksize)
print(compile("[a, [b, [c]]]", "<e>", "eval").co_stacksize)
show(sys._getframe().f_code)
