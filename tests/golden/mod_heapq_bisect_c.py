# The C-level behaviour of heapq's and bisect's functions: argument checks,
# comparisons that fail or change the heap, sequences other than lists,
# and no Python frames of their own in a traceback.
import bisect
import heapq
import sys

for call in (lambda: heapq.heappush([]), lambda: heapq.heappush([], 1, 2), lambda: heapq.heappop(),
             lambda: heapq.heapify([], []), lambda: heapq.heappush(heap=[], item=1),
             lambda: heapq.heappush([1], "x"), lambda: heapq.heapify([3, "a", 1.5])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Sneaky:
    def __init__(self, heap, n):
        self.heap, self.n = heap, n

    def __lt__(self, other):
        self.heap.clear()
        return True

    __gt__ = __lt__


h = [1, 2, 3]
h.append(Sneaky(h, 0))
try:
    heapq.heapify(h)
except RuntimeError as e:
    print("RuntimeError:", e)


class Counted:
    comparisons = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.v < other.v

    def __repr__(self):
        return f"C{self.v}"


heap = []
for v in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(heap, Counted(v))
print(heap, Counted.comparisons)
print([heapq.heappop(heap) for _ in range(3)], Counted.comparisons)
print(heapq.heappushpop(heap, Counted(-1)), heapq.heapreplace(heap, Counted(10)), heap, Counted.comparisons)


class MyList(list):
    pass


ml = MyList([4, 1, 3])
heapq.heapify(ml)
heapq.heappush(ml, 0)
print(type(ml).__name__, ml, heapq.heappop(ml))

for call in (lambda: bisect.bisect(), lambda: bisect.bisect([1]), lambda: bisect.bisect([1], 1, "a"),
             lambda: bisect.bisect([1], 1, 0, "x"), lambda: bisect.bisect([1], 1, 0, 1, 2),
             lambda: bisect.bisect([1], 1, key=len, hi=1, lo=0, x=3), lambda: bisect.bisect(5, 1),
             lambda: bisect.insort(None, 1), lambda: bisect.bisect([1], 1, 1.5), lambda: bisect.bisect([1], 1, nope=1)):
    try:
        print(call())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(bisect.bisect([1, 2, 3], 2, hi=None), bisect.bisect_left([1, 2, 3], 2, 0, -1), bisect.bisect_left([1, 2, 3], 2, 0, -2))
print(bisect.bisect_right([1, 2, 3], 2, True), bisect.bisect_right([1, 2, 3], 9, 10))


class Log:
    def __init__(self):
        self.items = [1, 5, 9]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("  get", i)
        return self.items[i]

    def insert(self, i, x):
        print("  insert", i, x)
        self.items.insert(i, x)


log = Log()
bisect.insort(log, 6)
bisect.insort_left(log, 5, key=lambda v: v)
print(log.items)
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect("aceg", "d"))


def show_traceback(f):
    try:
        f()
    except TypeError:
        tb = sys.exc_info()[2]
        depth = 0
        while tb:
            depth += 1
            tb = tb.tb_next
        print("traceback entries:", depth)


show_traceback(lambda: heapq.heappush([1], "x"))
show_traceback(lambda: bisect.insort([1, 2], "x"))
