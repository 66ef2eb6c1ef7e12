# Where was this object allocated? get_object_traceback with a traceback
# limit of several frames, and the Traceback, Frame and Trace objects.
import sys
import tracemalloc


class Node:
    pass


def make_text(n):
    return "abc" * n


def make_node():
    node = Node()
    node.label = make_text(20)
    node.parts = {1, 2, 3}
    return node


def outer():
    return make_node()


def show(tb):
    print(repr(tb).replace(__file__, "FILE"))
    print(str(tb).replace(__file__, "FILE"), len(tb))
    for frame in tb:
        print("  ", frame.filename == __file__, frame.lineno, repr(frame).replace(__file__, "FILE"))


def main():
    print(tracemalloc.get_object_traceback(outer()))
    tracemalloc.start(4)
    print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
    node = outer()
    tb = tracemalloc.get_object_traceback(node.label)
    show(tb)
    for line in tb.format():
        print(line.replace(__file__, "FILE"))
    for line in tb.format(limit=2, most_recent_first=True):
        print(line.replace(__file__, "FILE"))
    for line in tb.format(limit=-1):
        print(line.replace(__file__, "FILE"))
    print(tb[-1].lineno, [f.lineno for f in tb[1:]], tb[0] in tb)
    same = tracemalloc.get_object_traceback(node.label)
    print(same == tb, hash(same) == hash(tb), same is tb, tb < tb, tb <= same)
    print([f.lineno for f in tracemalloc.get_object_traceback(node.parts)])
    print(tracemalloc.get_object_traceback(None), tracemalloc.get_object_traceback(12))

    # A Trace: one block of a snapshot.
    line = sys._getframe().f_lineno + 1
    number = "y" * len(tb) * 125
    snapshot = tracemalloc.take_snapshot()
    mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__, lineno=line)])
    print(repr(mine.traces), len(mine.traces))
    trace = mine.traces[0]
    print(str(trace).replace(__file__, "FILE"))
    print(repr(trace).replace(__file__, "FILE"))
    print(trace.domain, trace.size, trace.traceback.total_nframe, trace == mine.traces[0], trace in mine.traces)
    print(len(mine.traces[:5]), mine.traces == mine.traces)
    print(mine.traceback_limit)
    tracemalloc.stop()
    print(tracemalloc.get_object_traceback(node.label), tracemalloc.get_traceback_limit())

    # Frame order and comparisons.
    a = tracemalloc.Frame(("a.py", 3))
    b = tracemalloc.Frame(("a.py", 10))
    print(a < b, a == tracemalloc.Frame(("a.py", 3)), a != b, sorted([b, a]) == [a, b], str(a))
    t = tracemalloc.Traceback((("b.py", 2), ("a.py", 1)), 5)
    print(repr(t), str(t), t.total_nframe, len(t), list(t) == [tracemalloc.Frame(("a.py", 1)), tracemalloc.Frame(("b.py", 2))])
    print(t.format(limit=0))
    return number


main()
