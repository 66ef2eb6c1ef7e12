# __del__ runs the moment the last reference goes: on rebinding, del, function return, container removal.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("destroy", self.name)
x = Tracked("first")
x = Tracked("second")
print("after rebinding x")
y = x
del x
print("after del x (y still holds it)")
del y
print("after del y")
def work():
    local = Tracked("local")
    print("end of work")
work()
print("after work returned")
def make():
    return Tracked("returned")
kept = make()
print("kept the returned object")
make()
print("after discarding a returned object")
items = [Tracked("a"), Tracked("b")]
items.pop(0)
print("after pop")
items = []
print("after clearing the list")
d = {"k": Tracked("dict")}
del d["k"]
print("after deleting the key")
class Holder:
    pass
h = Holder()
h.obj = Tracked("attribute")
h.obj = None
print("after replacing the attribute")
h.obj = Tracked("owned by holder")
del h
print("after deleting the holder")
Tracked("temporary")
print("after the temporary statement")
print(Tracked("argument").name)
print("after the print")
for i in range(2):
    loop_var = Tracked(f"loop {i}")
print("after the loop")
def raises():
    obj = Tracked("in failing frame")
    raise ValueError("boom")
try:
    raises()
except ValueError:
    print("in handler")
print("after the handler")
class Resurrect:
    saved = None
    def __del__(self):
        print("resurrecting")
        Resurrect.saved = self
r = Resurrect()
del r
print("resurrected:", Resurrect.saved is not None)
Resurrect.saved = None
print("__del__ runs only once per object")
# A for loop lets go of its iterator when it is exhausted, before its else
# clause runs (a break lets go of it on leaving the loop).
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __del__(self):
        print("Countdown freed")


def loops():
    for x in Countdown(2):
        print("item", x)
    else:
        print("else clause")
    for x in Countdown(3):
        if x == 1:
            break
    else:
        print("not printed")
    print("after the loops")


loops()
for x in Countdown(1):
    pass
else:
    print("module-level else")

last = Tracked("alive at exit")
