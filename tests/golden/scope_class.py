# Class bodies: their own namespace, not visible to methods; interaction with closures.
x = "global"
class A:
    x = "class"
    y = x + " derived"
    def method(self):
        return x
    z = [x for _ in range(1)]
print(A.x, A.y, A().method(), A.z)
def factory():
    x = "enclosing"
    class B:
        print("in body:", x)
        x = "class B"
        def m(self):
            return x
    return B
B = factory()
print(B.x, B().m())
def factory2():
    v = "free"
    class C:
        def get(self):
            return v
        w = v
    return C
print(factory2().w, factory2()().get())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at_creation = Counter.count
Counter(); Counter()
print(Counter.count, Counter().count_at_creation)
class Outer:
    class Inner:
        value = 1
    ref = Inner.value + 1
print(Outer.Inner.value, Outer.ref, Outer.Inner.__qualname__)
class WithGlobal:
    global made_in_class
    made_in_class = "from class body"
print(made_in_class)
names = [n for n in vars(A) if not n.startswith("__")]
print(names)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__, f() is f())
