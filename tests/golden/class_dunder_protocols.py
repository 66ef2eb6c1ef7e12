# Container and iteration dunders, __call__, context managers, __getattr__/__setattr__.
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        print("__contains__", x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return reversed(self.items)
s = Seq(1, 2, 3)
print(len(s), s[0], s[-1], s[1:], 2 in s, 5 not in s, list(s), list(reversed(s)))
s[0] = 10
del s[1]
print(s.items, bool(s), bool(Seq()))
class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter(), [x for x in OldIter()])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow
with Managed("a") as value:
    print("body", value)
with Managed("outer"), Managed("inner") as inner:
    print("body", inner)
with Managed("swallow", swallow=True):
    raise ValueError("swallowed")
print("after swallow")
try:
    with Managed("propagate"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
class Attrs:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        return f"computed {name}"
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
a = Attrs()
print(a.missing, a.log)
a.x = 1
print(a.x, a.log)
del a.x
print(a.x, a.log)
class GetAttribute:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
ga = GetAttribute()
ga.visible = 1
print(ga.secret, ga.visible)
class Hashable:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self.k == other.k
print(len({Hashable(1), Hashable(1), Hashable(2)}))
class Index:
    def __index__(self):
        return 2
print([10, 20, 30][Index()], bin(Index()), "abc"[Index():], range(10)[Index()])
class Conv:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __str__(self):
        return "conv"
print(int(Conv()), float(Conv()), str(Conv()))
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    with NoLen():
        pass
except TypeError as e:
    print(type(e).__name__, e)
