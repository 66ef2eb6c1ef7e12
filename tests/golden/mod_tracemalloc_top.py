# A memory lesson: which lines allocated the most? The top ten statistics of
# a snapshot, grouped by line, after filling lists with a thousand objects.
# (The lists themselves are made before tracing starts: CPython takes list
# objects from a free list, so whether a new one is traced depends on what
# was freed before.)
import tracemalloc

names = []
numbers = []
words = []


def fill_names():
    names.extend(["name-%d" % i for i in range(1000)])


def fill_numbers():
    for i in range(1000, 2000):
        numbers.append(i * 3)


def fill_words():
    for i in range(300):
        words.append("word" * (i % 7 + 1) + str(i))


def main():
    tracemalloc.start()
    fill_names()
    fill_numbers()
    fill_words()
    blob = "x" * 100000
    big = 10 ** 100
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    snapshot = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
    print("[ Top 10 ]")
    for stat in snapshot.statistics("lineno")[:10]:
        print(str(stat).replace(__file__, "FILE"))
    print()
    for stat in snapshot.statistics("filename"):
        print(str(stat).replace(__file__, "FILE"))
    print()
    top = snapshot.statistics("traceback")[0]
    print("%s memory blocks: %.1f KiB" % (top.count, top.size / 1024))
    for line in top.traceback.format():
        print(line.replace(__file__, "FILE"))
    smallest = snapshot.statistics("lineno")[-1]
    print(repr(smallest).replace(__file__, "FILE"))
    print(smallest.size, smallest.count, smallest.traceback[0].lineno)
    return blob, big


main()
