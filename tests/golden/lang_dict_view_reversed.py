# reversed() on dict views (3.8+): keys, values and items, newest first.
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({}.items())), "__reversed__" in type(d.keys()).__dict__)
del d["b"]
d["b"] = 9
print(list(reversed(d.items())))
