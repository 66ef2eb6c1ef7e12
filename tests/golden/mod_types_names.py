# types: the names of the interpreter's types, checked the way scripts use them (isinstance, identity, reprs)
import types
import sys

def function(): pass
class Widget:
    __slots__ = ("size",)
    def method(self): pass
def gen(): yield 1

checks = [
    ("FunctionType", function, types.FunctionType),
    ("LambdaType", lambda: 0, types.LambdaType),
    ("MethodType", Widget().method, types.MethodType),
    ("BuiltinFunctionType", len, types.BuiltinFunctionType),
    ("BuiltinMethodType", [].append, types.BuiltinMethodType),
    ("GeneratorType", gen(), types.GeneratorType),
    ("ModuleType", sys, types.ModuleType),
    ("CodeType", function.__code__, types.CodeType),
    ("MappingProxyType", Widget.__dict__, types.MappingProxyType),
    ("MemberDescriptorType", Widget.size, types.MemberDescriptorType),
    ("WrapperDescriptorType", object.__init__, types.WrapperDescriptorType),
    ("MethodWrapperType", object().__str__, types.MethodWrapperType),
    ("MethodDescriptorType", str.join, types.MethodDescriptorType),
    ("ClassMethodDescriptorType", dict.__dict__["fromkeys"], types.ClassMethodDescriptorType),
    ("NoneType", None, types.NoneType),
    ("NotImplementedType", NotImplemented, types.NotImplementedType),
    ("EllipsisType", ..., types.EllipsisType),
    ("GenericAlias", list[int], types.GenericAlias),
    ("SimpleNamespace", sys.implementation, types.SimpleNamespace),
]
for name, value, cls in checks:
    print(f"{name:26} {isinstance(value, cls)!s:5} {cls}")

print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
print(isinstance(function, types.BuiltinFunctionType), isinstance(len, types.FunctionType))
print(types.CellType, type(types.CellType))
try:
    raise ValueError("x")
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
print(types.GetSetDescriptorType, isinstance(types.FunctionType.__dict__["__code__"], types.GetSetDescriptorType))
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])

# Making modules and methods by calling the types.
mod = types.ModuleType("plugin", "A plugin.")
mod.answer = 42
print(mod, mod.__name__, mod.__doc__, mod.answer, sorted(vars(mod)))
w = Widget()
bound = types.MethodType(lambda self, n: (type(self).__name__, n), w)
print(bound(3), bound.__self__ is w)
proxy = types.MappingProxyType({"a": 1})
try:
    proxy["b"] = 2
except TypeError as e:
    print("TypeError:", e)
print(proxy, dict(proxy), proxy.copy())
