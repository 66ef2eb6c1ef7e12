# Scaling: N objects in reference cycles collected by gc.collect() -- rings
# of ten instances each, unreachable once the list holding them goes,
# found by one explicit collection (automatic collection off).
# sizes: 200000 600000 2000000
import gc
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


def rings(n):
    heads = []
    for r in range(n // 10):
        first = prev = Node(r)
        for i in range(9):
            node = Node(i)
            prev.next = node
            prev = node
        prev.next = first
        heads.append(first)
    return heads


def main(n):
    gc.disable()
    gc.collect()
    heads = rings(n)
    heads = None
    print(n, gc.collect())


main(int(sys.argv[1]))
