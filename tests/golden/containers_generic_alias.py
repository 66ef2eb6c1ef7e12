# PEP 585 generics of the builtin containers: list[int] and friends, as
# evaluated annotations need them.
print(list[int], list[int](range(3)), list[int] == list[int], type(list[int]), list[int].__origin__, list[int].__args__)
class Foo: pass
print(list[Foo], list['x'], list[int, str], list[...], set[int], frozenset[str], enumerate[int])
print(hash(list[int]) == hash(list[int]), list[int].__parameters__, repr(list[list[set[int]]]), list[int] != list[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(list[int].append, list[int].__name__)
def f(x: list[int], y: set[str] = None) -> frozenset[int]:
    return x
print(f.__annotations__)
try:
    list[int][int]
except TypeError as e:
    print(e)
