# The order in which containers and call arguments release what they hold, each released object's
# __del__ printing as it goes. CPython's deallocators fix these orders (tupledealloc releases the
# last item first, list_dealloc too, a dict goes entry by entry, key before value).
import gc

class D:
    def __init__(self, name):
        self.name = name
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __call__(self, *args):
        return None
    def __del__(self):
        print("  release", self.name)

def section(title):
    print(title + ":")

section("tuple")
t = (D(1), D(2), D(3))
del t

section("tuple iterator")
it = iter((D(1), D(2)))
del it

section("*args of a Python function")
def star(*args):
    pass
star(D(1), D(2), D(3))

section("*args of a method")
class M:
    def star(self, *args):
        pass
M().star(D(1), D(2))

section("zip")
z = zip(D(1), D(2))
del z

section("map")
m = map(D("function"), D(1), D(2))
del m

print("done")
