# Narrowing a snapshot: Filter by file name pattern, line and all frames,
# DomainFilter, cumulative statistics, and the errors of bad arguments.
import tracemalloc

kept = []


def helper(n):
    return "h" * n


def work():
    for i in range(50):
        kept.append(helper(100 + i))
    kept.append("w" * 5000)


def show(title, snapshot, key="lineno", cumulative=False):
    print(title)
    for stat in snapshot.statistics(key, cumulative):
        print("  ", str(stat).replace(__file__, "FILE"))


def main():
    tracemalloc.start(3)
    work()
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    here = tracemalloc.Filter(True, __file__)
    print(here.inclusive, here.filename_pattern == __file__, here.lineno, here.all_frames, here.domain)
    mine = snapshot.filter_traces([here])
    show("mine", mine)
    show("by traceback", mine, "traceback")
    show("cumulative by line", mine, "lineno", True)
    show("cumulative by file", mine, "filename", True)
    show("line 9 only", mine.filter_traces([tracemalloc.Filter(True, __file__, 9)]))
    show("not line 9", mine.filter_traces([tracemalloc.Filter(False, __file__, 9)]))
    show("any frame on line 26", mine.filter_traces([tracemalloc.Filter(True, __file__, 26, all_frames=True)]))
    show("no frame on line 14", mine.filter_traces([tracemalloc.Filter(False, __file__, 14, all_frames=True)]))
    show("domain 0", mine.filter_traces([tracemalloc.DomainFilter(True, 0)]))
    show("not domain 0", mine.filter_traces([tracemalloc.DomainFilter(False, 0)]))
    show("domain 1 in file", mine.filter_traces([tracemalloc.Filter(True, __file__, domain=1)]))
    show("two inclusive", mine.filter_traces([tracemalloc.Filter(True, __file__, 9), tracemalloc.Filter(True, __file__, 15)]))
    print(len(mine.filter_traces([]).traces) == len(mine.traces), mine.filter_traces(()).traces == mine.traces)
    print(tracemalloc.DomainFilter(False, 3).domain, tracemalloc.DomainFilter(False, 3).inclusive)

    # Patterns are shell-style, as fnmatch reads them.
    directory = __file__[:__file__.rfind("/") + 1]
    for pattern in ["*", "*.py", "*filters.py", directory + "mod_tracemalloc_?ilters.py",
                    directory + "mod_tracemalloc_[ef]ilters.py", directory + "mod_tracemalloc_[!f]ilters.py",
                    directory + "mod_tracemalloc_[a-g]ilters.py", "*.pyc", "*[", "nothing", "*mod_*_filters*"]:
        count = len(mine.filter_traces([tracemalloc.Filter(True, pattern)]).traces)
        print(pattern.replace(directory, "DIR/"), count)
    print(tracemalloc.Filter(True, "x.pyc").filename_pattern)

    for bad in [lambda: mine.filter_traces(3), lambda: mine.statistics("module"),
                lambda: mine.statistics("traceback", cumulative=True),
                lambda: mine.compare_to(mine, "lines")]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)


main()
