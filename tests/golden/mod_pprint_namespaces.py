# pprint of types.SimpleNamespace (and subclasses) and of a class's
# mappingproxy namespace, including a namespace that contains itself.
import pprint
import sys

SimpleNamespace = type(sys.implementation)
ns = SimpleNamespace(alpha=list(range(20)), beta={"x": "y" * 30}, gamma=SimpleNamespace(inner=[1, 2, 3] * 8))
pprint.pprint(ns, width=40)
ns.me = ns
print(pprint.pformat(ns, width=40).replace(str(id(ns)), "ID"))
print(pprint.pformat(SimpleNamespace(), width=5), pprint.pformat(SimpleNamespace(a=1)))


class K:
    a = list(range(30))

    def m(self):
        pass


print(pprint.pformat(K.__dict__, width=50).replace(hex(id(K.m)), "X"))


class Sub(SimpleNamespace):
    pass


pprint.pprint(Sub(a=[1] * 30, b=2), width=30)
