# Snapshot.dump() and Snapshot.load(): a snapshot written to a file and read
# back has the same traces and statistics, and can be compared with a later one.
import os
import tracemalloc

tracemalloc.start(2)
data = [str(i) * 3 for i in range(500)]
first = tracemalloc.take_snapshot()
more = [bytes(100) for i in range(200)]
second = tracemalloc.take_snapshot()
tracemalloc.stop()
path = "tracemalloc_dump_%d.snapshot" % os.getpid()
first.dump(path)
loaded = tracemalloc.Snapshot.load(path)
os.remove(path)
print(loaded.traceback_limit == first.traceback_limit, len(loaded.traces) == len(first.traces))
print(loaded.statistics("lineno")[:3] == first.statistics("lineno")[:3])
print(loaded.traces == first.traces, loaded.traces[0] == first.traces[0])
# The line that made `more` (the snapshots' own objects differ: see
# DEVIATIONS.md on free lists).
grown = [d for d in second.compare_to(loaded, "lineno") if d.traceback[0].lineno == 9]
print(grown[0].count_diff >= 200, grown[0].size_diff >= 200 * 133)
