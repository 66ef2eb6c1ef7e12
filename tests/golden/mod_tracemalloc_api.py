# The tracemalloc functions' contract: starting and stopping, the traceback
# limit, argument errors, and how sizes are printed.
import tracemalloc
from tracemalloc import Statistic, StatisticDiff, Traceback

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in [0, -1, 65536, 2 ** 70, "2", 2.0]:
    try:
        tracemalloc.start(bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: tracemalloc.start(nframe=2), lambda: tracemalloc.start(1, 2),
             lambda: tracemalloc.stop(1), lambda: tracemalloc.is_tracing(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(tracemalloc.is_tracing())

tracemalloc.start(7)
tracemalloc.start(2)  # already tracing: the limit stays
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
print(type(tracemalloc.get_tracemalloc_memory()).__name__, tracemalloc.get_tracemalloc_memory() > 0)
blob = "z" * 20000
current, peak = tracemalloc.get_traced_memory()
print(current >= 20000, peak >= current)
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(blob), tracemalloc.is_tracing())
snapshot = tracemalloc.take_snapshot()
print(snapshot.traceback_limit, type(snapshot.traces).__name__)
tracemalloc.stop()
tracemalloc.stop()
tracemalloc.clear_traces()
tracemalloc.reset_peak()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
tracemalloc.start()
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()

# Sizes: bytes below 10 KiB, then three significant digits or four/five whole ones.
tb = Traceback((("a.py", 1),))
for size in [0, 1, 99, 1023, 10239, 10240, 102399, 102400, 1048575, 10 ** 7, 10 ** 9, 5 * 2 ** 40, 2 ** 60]:
    print(Statistic(tb, size, 3))
print(Statistic(tb, 100, 0))
for size, diff in [(0, -4096), (2048, 2048), (10 ** 6, -10 ** 5), (50, 0), (3 * 2 ** 30, 2 ** 30)]:
    print(StatisticDiff(tb, size, diff, 2, -1))
print(repr(Statistic(tb, 123, 4)), repr(StatisticDiff(tb, 10, -5, 1, -2)))
s = Statistic(tb, 10, 1)
print(s == Statistic(tb, 10, 1), s != Statistic(tb, 11, 1), hash(s) == hash(Statistic(tb, 10, 1)), s == 3)
d = StatisticDiff(tb, 10, 1, 1, 0)
print(d == StatisticDiff(tb, 10, 1, 1, 0), d == s)
