# Theme 14: gc stress -- full collections over a heap of more than one
# million tracked objects kept alive (small lists and tuples of lists).
import gc


def main():
    gc.disable()
    heap = []
    for i in range(350000):
        inner = [i]
        heap.append((inner, [i, inner]))
    # 1.05M tracked container objects (two lists and a tuple per entry)
    total = 0
    for rnd in range(3):
        total += gc.collect()
    # drop half of them, with some cycles among the dropped ones
    for i in range(0, len(heap), 2):
        lst = heap[i][1]
        lst.append(heap[i])
    del heap[::2]
    total += gc.collect()
    total += gc.collect()
    gc.enable()
    s = 0
    for t in heap:
        s += t[0][0] + t[1][0]
    print("gc_heap", total, len(heap), s)


main()
