# A suspended generator's frame holds its loop's iterator; a cycle through
# it is found by the collector (CPython frees it while closing the generator,
# so collect() reports 0 but the list is gone).
import gc
import weakref


class L(list):
    pass


def walk(items):
    for x in items:
        yield x


def pairs(rows):
    return (a for row in rows for a in row)


items = L([1, 2])
watch = weakref.ref(items)
it = walk(items)
print(next(it))
items.append(it)
del items, it
print(gc.collect(), watch())

rows = L([[1], [2]])
watch = weakref.ref(rows)
it = pairs(rows)
print(next(it))
rows.append(it)
del rows, it
print(gc.collect(), watch())
