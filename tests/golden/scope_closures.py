# Closures: local, global, cell and free variables.
g = "global"
def outer():
    enclosed = "enclosed"
    def inner():
        local = "local"
        return local, enclosed, g
    return inner
print(outer()())
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars, counter.__closure__)
def empty_cell():
    def inner():
        return late_var
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    cell.cell_contents = "set through the cell"
    print(inner(), late_var)
    late_var = 1
    print(cell.cell_contents)
empty_cell()
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_bound():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers_bound()])
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 100
print([f() for f in funcs])
def late():
    def show():
        return value
    value = "assigned after def"
    return show
print(late()())
def three_levels():
    a = 1
    def middle():
        b = 2
        def innermost():
            return a + b
        return innermost
    return middle()()
print(three_levels())
def shadow():
    g = "local g"
    def inner():
        return g
    return inner()
print(shadow(), g)
def uses_global():
    global g
    g = "changed"
uses_global()
print(g)
def set_new_global():
    global brand_new
    brand_new = 42
set_new_global()
print(brand_new)
def closure_over_param(x):
    return lambda: x
print(closure_over_param(5)(), closure_over_param("s")())
def cell_rebind():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(cell_rebind())
def nested_nonlocal():
    x = 0
    def a():
        def b():
            nonlocal x
            x += 10
        b()
        return x
    return a()
print(nested_nonlocal())
def comprehension_scope():
    y = 10
    return [y + j for j in range(3)], {k: y for k in "ab"}
print(comprehension_scope())
x = "module x"
def comp_var_does_not_leak():
    [x for x in range(3)]
    return x
print(comp_var_does_not_leak())
def accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = accumulators()
add(5)
add(7)
print(get())
def generator_closure():
    base = 100
    def gen():
        for k in range(3):
            yield base + k
    return gen()
print(list(generator_closure()))
def code_layout(p2, p1):
    zeta = 1; alpha = 2; mid = 3
    def inner():
        return zeta, alpha, p1, p2, mid
    code = code_layout.__code__
    print(code.co_cellvars, code.co_varnames, code.co_nlocals, code.co_argcount)
    return inner
f = code_layout(1, 2)
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
class WithClassCell:
    def m(self):
        return __class__
print(WithClassCell.m.__code__.co_freevars, WithClassCell().m().__name__)
