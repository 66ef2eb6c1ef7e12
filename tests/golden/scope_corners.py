# Scoping corner cases: nonlocal in a class body, class scope vs methods, default-argument
# capture, global from nested functions, comprehensions in class bodies, walrus, deleted cells.
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
    return x
print(f())
def g():
    y = "outer"
    class D:
        y = "class"
        def m(self):
            return y
    return D().m(), D.y
print(g())
def h():
    items = []
    for i in range(3):
        def add(i=i):
            items.append(i)
        add()
    return items
print(h())
x = "global"
def k():
    print(x)
    def inner():
        global x
        x = "changed"
    inner()
    print(x)
k()
def comp():
    return [lambda: j for j in range(3)]
print([f() for f in comp()])
class E:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    pairs = [(a, b) for a in vals for b in [3]]
print(E.doubled, E.pairs)
def gen_scope():
    n = 10
    return list(n + i for i in range(2))
print(gen_scope())
def walrus():
    data = [1, 5, 9]
    if any((big := v) > 4 for v in data):
        return big
print(walrus())
def del_closure():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        return str(e)
print(del_closure())
def exc_scope():
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return type(saved).__name__, "err" in locals()
print(exc_scope())
print(sorted(k for k in locals().keys() if not k.startswith("__"))[:5])
def loc():
    a = 1
    b = 2
    return sorted(locals())
print(loc())
