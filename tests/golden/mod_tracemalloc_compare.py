# A memory lesson: what did this step allocate? Two snapshots compared, and
# the traced memory (current, peak) around a big allocation.
import tracemalloc

cache = {}
log = []


def warm_up():
    for i in range(200):
        log.append("entry %d" % i)


def grow_cache():
    for i in range(300):
        cache[i + 1000] = "value-" + str(i)


def shrink_log():
    del log[100:]


def main():
    tracemalloc.start()
    warm_up()
    before = tracemalloc.take_snapshot()
    grow_cache()
    shrink_log()
    after = tracemalloc.take_snapshot()
    mine = [tracemalloc.Filter(True, __file__)]
    before = before.filter_traces(mine)
    after = after.filter_traces(mine)
    print("[ Top differences ]")
    for diff in after.compare_to(before, "lineno")[:10]:
        print(str(diff).replace(__file__, "FILE"))
    print()
    for diff in after.compare_to(before, "filename"):
        print(str(diff).replace(__file__, "FILE"))
    first = after.compare_to(before, "lineno")[0]
    print(repr(first).replace(__file__, "FILE"))
    print(first.size, first.size_diff, first.count, first.count_diff)
    print()

    # Traced memory: (current, peak) in bytes.
    tracemalloc.clear_traces()
    print(tracemalloc.get_traced_memory())
    start_current, start_peak = tracemalloc.get_traced_memory()
    data = bytes(10 ** 6)
    current, peak = tracemalloc.get_traced_memory()
    print("grew by at least 1 MB:", current - start_current >= 10 ** 6)
    print("bytes block traced:", current - start_current - (10 ** 6 + 33) < 1000)
    del data
    after_current, after_peak = tracemalloc.get_traced_memory()
    print("released:", after_current < current - 900000)
    print("peak kept:", after_peak >= peak >= 10 ** 6)
    tracemalloc.reset_peak()
    print("peak reset:", tracemalloc.get_traced_memory()[1] < 10 ** 6)
    temp = [0] * 50000
    del temp
    current, peak = tracemalloc.get_traced_memory()
    print("peak saw the list:", peak - current >= 400000)
    tracemalloc.stop()
    print(tracemalloc.get_traced_memory())


main()
