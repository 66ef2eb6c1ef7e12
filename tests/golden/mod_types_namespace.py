# types.SimpleNamespace: attribute bags with a readable repr and equality by attributes
from types import SimpleNamespace

config = SimpleNamespace(host="localhost", port=8080)
print(config, config.host, config.port)
config.debug = True
del config.port
print(config, vars(config))
print(SimpleNamespace(), SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1), SimpleNamespace(a=1) != SimpleNamespace(a=1))
print(SimpleNamespace(**{"x": [1, 2], "y": {"k": None}}))

nested = SimpleNamespace(name="outer", inner=SimpleNamespace(name="inner"))
nested.inner.back = nested
print(nested)

class Point(SimpleNamespace):
    pass
p = Point(x=1, y=2)
print(p, p == SimpleNamespace(x=1, y=2), type(p).__name__, isinstance(p, SimpleNamespace))

try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    config.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(config)
except TypeError as e:
    print("TypeError:", e)
print(SimpleNamespace, SimpleNamespace.__name__, SimpleNamespace.__module__)
