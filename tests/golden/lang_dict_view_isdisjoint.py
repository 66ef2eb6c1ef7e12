# dict_keys and dict_items have isdisjoint(); every view has .mapping, a
# read-only proxy of its dict.
d = {"a": 1, "b": 2}
print(d.keys().isdisjoint(["b"]), d.keys().isdisjoint(["x"]), d.items().isdisjoint([("a", 2)]), d.items().isdisjoint([("a", 1)]))
print(d.keys().isdisjoint({"x", "y", "z"}), d.keys().isdisjoint({}.keys()), {}.keys().isdisjoint({}.keys()))
k = d.keys()
print(k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
m = d.keys().mapping
print(type(m).__name__, m["a"], m, d.values().mapping == d, d.items().mapping is d)
try:
    d.keys().isdisjoint(5)
except TypeError as e:
    print(e)
try:
    d.values().isdisjoint([1])
except AttributeError as e:
    print(e)
try:
    m["c"] = 3
except TypeError as e:
    print(e)
print(d.keys().isdisjoint.__doc__ is None or True, 'isdisjoint' in dir(d.keys()), 'mapping' in dir(d.values()))
