# pprint: the layouts of nested lists, dicts, tuples, sets and strings, and
# PrettyPrinter's options.
import pprint

data = {
    "name": "minipy",
    "version": (3, 11, 7),
    "features": ["refcounts", "cycle collector", "weakrefs", "id() as address", "small-int cache"],
    "layers": {"grammar": ["layout", "x3"], "runtime": {"core": ["object", "heap", "gc"], "objects": 40}},
    "empty": [],
    "nested": [[1, 2, [3, 4, [5, 6, [7, 8]]]], {"a": {"b": {"c": {"d": "deep"}}}}],
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, width=50, compact=True)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=60)
print(pprint.pformat(data, width=100))
print(pprint.pformat(list(range(40)), width=30))
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat(tuple(range(30)), width=20, compact=True))
print(pprint.pformat((["single"] * 5,), width=20))
print(pprint.pformat(("one-element tuple that is long",), width=20))
print(pprint.pformat({"k": ("one-element tuple that is long",)}, width=20))

print(pprint.pformat(set(range(25)), width=30))
print(pprint.pformat(frozenset(range(25)), width=30))
print(pprint.pformat({"set": {5, 3, 1, 4, 2}, "fs": frozenset({9, 8})}, width=20))
print(pprint.pformat([set(), frozenset(), {}, [], (), ""], width=5))

long_text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long_text)
pprint.pprint(long_text, width=30)
pprint.pprint([long_text], width=40)
pprint.pprint({"text": long_text, "lines": "first line\nsecond line\n" * 3}, width=45)
pprint.pprint("averyveryveryveryverylongwordwithoutanyspacesatallthatcannotbesplit" * 2, width=40)
pprint.pprint(b"binary data \x00\x01\x02 " * 6, width=30)
pprint.pprint([b"binary data \x00\x01\x02 " * 6], width=30)
pprint.pprint(b"abc", width=1)

print(pprint.pformat(10 ** 30, underscore_numbers=True), pprint.pformat([12345678, 1.5, True], underscore_numbers=True))


class Nice(int):
    pass


print(pprint.pformat([Nice(1000000)], underscore_numbers=True))

# Recursive structures.
loop = [1, 2]
loop.append(loop)
r = pprint.pformat(loop)
print(r.replace(str(id(loop)), "ID"))
d = {"a": 1}
d["self"] = d
print(pprint.pformat(d).replace(str(id(d)), "ID"))
print(pprint.saferepr(loop).replace(str(id(loop)), "ID"))
print(pprint.isrecursive(loop), pprint.isreadable(loop), pprint.isrecursive([1, [2]]), pprint.isreadable([1, [2]]))
print(pprint.isreadable(object()), pprint.isreadable({"a": (1, 2.5, "s", None, b"x")}), pprint.saferepr({"b": 2, "a": 1}))
big_loop = [list(range(30))]
big_loop.append(big_loop)
print(pprint.pformat(big_loop, width=40).replace(str(id(big_loop)), "ID"))

# PrettyPrinter objects.
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
pp.pprint(data["nested"])
print(pp.pformat(data["layers"]))
print(pp.isrecursive(loop), pp.isreadable(data))


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Collect()
pprint.pprint({"to": "a stream"}, stream=sink)
pprint.PrettyPrinter(stream=sink, width=10).pprint([1, 2, 3])
print(sink.parts)


class Redacting(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str) and object.startswith("secret"):
            return repr("***"), False, False
        return super().format(object, context, maxlevels, level)


Redacting(width=30).pprint({"user": "ann", "password": "secret123", "keys": ["k1", "secret-key"]})

for args in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**args)
    except ValueError as e:
        print("ValueError:", e)

# Keys of different types sort by type name when they cannot be compared.
print(pprint.pformat({1: "int", "a": "str", 2.5: "float", None: "none"}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


print(pprint.pformat([Point(i, i * i) for i in range(6)], width=40))
print(pprint.pformat(type.__dict__["__doc__"] is not None))
import sys
print(pprint.pformat({"mp": type("K", (), {"a": 1, "b": 2}).__dict__ is not None}))
print(sorted(pprint.__all__))
