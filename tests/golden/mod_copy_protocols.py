# The hooks copy consults: __copy__, __deepcopy__, __reduce_ex__/__reduce__,
# __getstate__/__setstate__, __getnewargs__, __slots__, copyreg's
# dispatch_table; and what object.__reduce_ex__ returns for plain instances.
import copy
import copyreg


class Logged:
    def __init__(self, value):
        self.value = value

    def __copy__(self):
        print("  __copy__ called")
        return Logged(self.value)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo is a", type(memo).__name__)
        result = Logged(copy.deepcopy(self.value, memo))
        memo[id(self)] = result
        return result

x = Logged([1, 2])
y = copy.copy(x)
z = copy.deepcopy(x)
print(y.value is x.value, z.value is x.value, z.value)


class Plain:
    pass

p = Plain()
p.a = 1
rv = p.__reduce_ex__(4)
print(rv[0] is copyreg.__newobj__, rv[1] == (Plain,), rv[2], rv[3], rv[4], len(rv))
print(Plain().__reduce_ex__(4)[2])
rv = p.__reduce_ex__(2)
print(rv[0].__name__, rv[2])
rv = p.__reduce_ex__(1)
print(rv[0] is copyreg._reconstructor, rv[1][0] is Plain, rv[1][1] is object, rv[1][2], rv[2])
print(len(Plain().__reduce_ex__(0)))
rv = p.__reduce__()
print(rv[0].__name__, rv[1][1:], rv[2])
print(object().__reduce_ex__(4)[1] == (object,))
print("__slotnames__" in Plain.__dict__, Plain.__slotnames__)
print(p.__getstate__(), Plain().__getstate__())


class WithState:
    def __init__(self):
        self.data = [1, 2, 3]
        self.cache = {"big": "thing"}

    def __getstate__(self):
        print("  __getstate__")
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("  __setstate__", state)
        self.__dict__.update(state)
        self.cache = {}

w = WithState()
w2 = copy.copy(w)
print(w2.data is w.data, w2.cache)
w3 = copy.deepcopy(w)
print(w3.data is w.data, w3.data)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        print("  __reduce__")
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return f"Reduced({self.a!r}, {self.b!r})"

r = Reduced(1, [2])
print(copy.copy(r), copy.deepcopy(r).b is r.b)
print(r.__reduce_ex__(4))


class ReduceToString:
    def __reduce__(self):
        return "ReduceToString"

rs = ReduceToString()
print(copy.copy(rs) is rs, copy.deepcopy(rs) is rs)


class Slotted:
    __slots__ = ("x", "y", "__hidden")

    def __init__(self):
        self.x = 1
        self.__hidden = [2]

s = Slotted()
print(s.__reduce_ex__(4)[2])
print(Slotted.__slotnames__)
s2 = copy.copy(s)
print(s2.x, s2._Slotted__hidden is s._Slotted__hidden, hasattr(s2, "y"))
s3 = copy.deepcopy(s)
print(s3._Slotted__hidden is s._Slotted__hidden, s3._Slotted__hidden)
print(s.__getstate__())


class SlotsAndDict:
    __slots__ = ("a", "__dict__")

sd = SlotsAndDict()
sd.a = 1
sd.b = 2
print(sd.__reduce_ex__(4)[2], copy.copy(sd).b)


class NewArgs:
    def __new__(cls, n):
        print("  __new__", n)
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)

na = NewArgs(5)
print(na.__reduce_ex__(4)[1][1:])
print(copy.copy(na).n)


class NewArgsEx:
    def __new__(cls, *, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return ((), {"size": self.size})

ne = NewArgsEx(size=3)
rv = ne.__reduce_ex__(4)
print(rv[0] is copyreg.__newobj_ex__, rv[1][1:], copy.deepcopy(ne).size)


class MyList(list):
    pass

ml = MyList([1, [2]])
ml.tag = "t"
c = copy.copy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1])
d = copy.deepcopy(ml)
print(d, d[1] is ml[1])
print(ml.__reduce_ex__(4)[2], type(ml.__reduce_ex__(4)[3]).__name__)


class MyDict(dict):
    pass

md = MyDict(a=[1])
c = copy.copy(md)
print(type(c).__name__, c, c["a"] is md["a"], copy.deepcopy(md)["a"] is md["a"])


class MySet(set):
    pass

ms = MySet({1, 2})
print(type(copy.copy(ms)).__name__, sorted(copy.deepcopy(ms)))
print({1, 2}.__reduce__(), frozenset({3}).__reduce__())
print((1, 2).__getnewargs__())


# copyreg.dispatch_table comes before __reduce_ex__.
class Registered:
    def __init__(self, v):
        self.v = v

def reduce_registered(obj):
    print("  reduce_registered")
    return (Registered, (obj.v * 10,))

copyreg.pickle(Registered, reduce_registered)
print(copy.copy(Registered(4)).v, copy.deepcopy(Registered(5)).v)
print(Registered in copyreg.dispatch_table)
try:
    copyreg.pickle(Registered, 42)
except TypeError as e:
    print("TypeError:", e)


# Objects that cannot be copied.
def gen():
    yield 1

for thing in (gen(), ):
    try:
        copy.copy(thing)
    except TypeError as e:
        print("TypeError:", e)
    try:
        copy.deepcopy(thing)
    except TypeError as e:
        print("TypeError:", e)

import sys
try:
    copy.deepcopy(sys)
except TypeError as e:
    print("TypeError:", e)


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None

try:
    copy.copy(NoReduce())
except copy.Error as e:
    print("copy.Error:", e)
try:
    copy.deepcopy(NoReduce())
except copy.error as e:
    print("copy.error:", e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.__all__)

# The argument checks of __reduce_ex__.
for call in (lambda: p.__reduce_ex__(), lambda: p.__reduce_ex__("4"), lambda: p.__reduce__(1),
             lambda: p.__getstate__(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]

try:
    BadNewArgs().__reduce_ex__(4)
except TypeError as e:
    print("TypeError:", e)


class BadNewArgsEx:
    def __getnewargs_ex__(self):
        return ((), {}, 1)

try:
    BadNewArgsEx().__reduce_ex__(4)
except ValueError as e:
    print("ValueError:", e)

try:
    Slotted().__reduce_ex__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    (5).__reduce_ex__(1)
except TypeError as e:
    print("TypeError:", e)


class IntSub(int):
    pass

i = IntSub(7)
i.note = "n"
rv = i.__reduce_ex__(1)
print(rv[1][1] is int, rv[1][2], rv[2])
ci = copy.copy(i)
print(type(ci).__name__, ci, ci.note)
