# Theme 12: allocation churn of short-lived objects with reference cycles,
# reclaimed by the cycle collector (automatic and explicit gc.collect()).
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.peer = None


def make_ring(n, base):
    first = Node(base)
    cur = first
    for i in range(1, n):
        nxt = Node(base + i)
        nxt.peer = cur
        cur.next = nxt
        cur = nxt
    cur.next = first
    return first


def ring_sum(first):
    total = first.value
    cur = first.next
    while cur is not first:
        total += cur.value
        cur = cur.next
    return total


def main():
    total = 0
    collected = 0
    for rnd in range(4000):
        for j in range(10):
            r = make_ring(40, rnd * j)
            total += ring_sum(r)
        # self-referencing containers
        for j in range(200):
            a = []
            b = {"a": a}
            a.append(b)
            a.append((j, [j]))
            total += len(a)
        if rnd % 500 == 499:
            collected += gc.collect() > 0
    gc.collect()
    # nothing of the rings may survive
    survivors = 0
    for o in gc.get_objects():
        if type(o) is Node:
            survivors += 1
    print("churn", total, collected, survivors)


main()
