# StringIO and BytesIO in the heap: freed at once when the last reference
# goes, weak references, cycles through their __dict__ found by the collector,
# and a subclass closed by its finalizer when it dies unclosed.
import gc
import io
import weakref

s = io.StringIO("data")
r = weakref.ref(s)
print(r() is s, gc.is_tracked(s), gc.is_tracked(io.BytesIO()))
del s
print(r())

b = io.BytesIO()
b.me = b
rb = weakref.ref(b)
del b
print(rb() is not None)
print(gc.collect() >= 1, rb())

class Logged(io.StringIO):
    def close(self):
        print("closing", repr(self.getvalue()))
        super().close()

l = Logged()
l.write("unsaved")
del l
print("after del")

class Quiet(io.BytesIO):
    def close(self):
        print("closing bytes, closed was", self.closed)
        super().close()

with Quiet(b"x") as q:
    pass
del q
print("end")
