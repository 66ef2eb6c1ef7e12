# global and nonlocal declarations: rebinding outer names from inner scopes.
total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)
def define_globals():
    global created_a, created_b
    created_a, created_b = "a", "b"
define_globals()
print(created_a, created_b)
def read_only():
    return total * 2
print(read_only())
def shadow():
    total = "local"
    return total
print(shadow(), total)
def outer():
    count = 0
    label = "start"
    def step():
        nonlocal count, label
        count += 1
        label = f"step {count}"
    for _ in range(3):
        step()
    return count, label
print(outer())
def deep():
    x = "deep"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(deep())
def global_in_nested():
    total = "enclosing local"
    def inner():
        global total
        total = 100
    inner()
    return total
print(global_in_nested(), total)
def nonlocal_shadows_global():
    total = "enclosing"
    def inner():
        nonlocal total
        total = "set via nonlocal"
    inner()
    return total
print(nonlocal_shadows_global(), total)
def global_del():
    global temp
    temp = 1
    del temp
global_del()
print("temp" in globals())
class K:
    global from_class
    from_class = "class body global"
    value = 1
    def method(self):
        global total
        total = -1
K().method()
print(from_class, total)
def counter_factory():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    return inc, dec
inc, dec = counter_factory()
print(inc(), inc(), dec(), inc())
def loop_global():
    global g_loop
    for g_loop in range(3):
        pass
loop_global()
print(g_loop)
def import_global():
    global math_mod
    import math as math_mod
import_global()
print(math_mod.floor(1.5))
