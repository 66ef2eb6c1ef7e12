# types.new_class, prepare_class and resolve_bases: creating classes from code as a class statement would
import types

class Base:
    greeting = "hello"
    def hi(self): return self.greeting

def body(ns):
    ns["greeting"] = "bonjour"
    ns["extra"] = lambda self: "extra!"

French = types.new_class("French", (Base,), exec_body=body)
print(French, French.__mro__, French().hi(), French().extra(), French.__module__)
Empty = types.new_class("Empty")
print(Empty, Empty.__bases__, Empty.__dict__.get("__module__"))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("  __prepare__", name, [b.__name__ for b in bases], kwargs)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kwargs):
        print("  __new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

Tagged = types.new_class("Tagged", (), {"metaclass": Meta, "tag": "t1"}, lambda ns: ns.update(value=7))
print(type(Tagged).__name__, Tagged.prepared, Tagged.value)

meta, ns, kwds = types.prepare_class("Child", (Tagged,), {"tag": "t2"})
print(meta.__name__, ns, kwds)
meta, ns, kwds = types.prepare_class("Plain", ())
print(meta, ns, kwds)
meta, ns, kwds = types.prepare_class("Plain", (Base,), {"metaclass": type})
print(meta, ns, kwds)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    types.prepare_class("C", (A, B))
except TypeError as e:
    print("TypeError:", e)

class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
print(types.resolve_bases((Entry(), int)), types.resolve_bases((int,)))
Resolved = types.new_class("Resolved", (Entry(),))
print(Resolved.__bases__, Resolved.__orig_bases__[0].__class__.__name__)

class BadEntry:
    def __mro_entries__(self, bases):
        return [Base]
try:
    types.resolve_bases((BadEntry(),))
except TypeError as e:
    print("TypeError:", e)

class Color:
    def __init__(self, name): self._name = name
    @types.DynamicClassAttribute
    def name(self): return self._name.upper()
print(Color("red").name)
try:
    Color.name
except AttributeError as e:
    print("AttributeError", e)
