# reprlib: abbreviated reprs with Repr's limits, and recursive_repr.
import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr("x" * 100))
print(reprlib.repr("short"), reprlib.repr("a'b\"c" * 10))
print(reprlib.repr(2 ** 200))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset("abcdefghij")), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr({"b": 1, "a": 2}), reprlib.repr({1: "x", "y": 2}))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr([[[[[[[]]]]]]]))
print(reprlib.repr({"k": {"k": {"k": {"k": {"k": {"k": {"k": 1}}}}}}}))
print(reprlib.repr(1.5), reprlib.repr(None), reprlib.repr(True))


class Long:
    def __repr__(self):
        return "<" + "L" * 50 + ">"


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


print(reprlib.repr(Long()))
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))
print(reprlib.repr([Long(), Long()]))

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = "<more>"
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.repr([[[1]]]))
print(r.maxtuple, r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque, r.maxarray, r.maxlong, r.maxother)
print(reprlib.aRepr.maxlevel, reprlib.repr == reprlib.aRepr.repr)


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "int:" + str(x)

    def repr_Long(self, x, level):
        return "a Long"


m = MyRepr()
print(m.repr([1, 2, Long(), "s"]))
print(m.repr1(5, 3))


class Tree:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.name!r}, {self.children!r})"


t = Tree("root")
t.children.append(Tree("leaf"))
t.children.append(t)
print(t)
print(Tree.__repr__.__name__, Tree.__repr__.__qualname__, Tree.__repr__.__module__)


class Ring(list):
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Ring(" + ", ".join(repr(x) for x in self) + ")"

    def documented(self):
        "a doc"


ring = Ring([1])
ring.append(ring)
print(repr(ring))
w = reprlib.recursive_repr()(Ring.documented)
print(w.__doc__, w.__annotations__)
print(reprlib.__all__)
