# mappingproxy | mapping gives the proxied dict's |; |= is refused.
import types
p = types.MappingProxyType({"a": 1})
print(p | {"b": 2}, {"b": 2} | p, type(p | {"b": 2}).__name__, p | p)
try:
    p |= {"c": 3}
except TypeError as e:
    print(e)
print(p)
try:
    p | 5
except TypeError as e:
    print(e)
class C:
    x = 1
print(sorted(k for k in (C.__dict__ | {"y": 2}) if not k.startswith("__")))
