# Module objects: module(name, doc) makes one (types.ModuleType), its
# __dict__ is its namespace, and its repr says where its code came from.
import sys
M = type(sys)
try:
    M(1)
except TypeError as e:
    print(e)
try:
    M()
except TypeError as e:
    print(e)
m = M('x', 'd')
print(m.__dict__, m)
class My(M):
    pass
print(My('y'), isinstance(My('y'), M))
m.a = 1
print(m.a, sorted(k for k in vars(m)))
print(sys, M("plain"))
import __future__
print(__future__.annotations, __future__.all_feature_names[:3])
print(type(__future__.__dict__), __future__.__name__, __future__.__package__)
