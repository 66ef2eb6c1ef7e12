# Extra: set operations on int sets -- add, membership, union,
# intersection, difference, comprehension. Results are reduced to sums and
# sizes (or sorted), never printed in iteration order.

def main():
    total = 0
    for rnd in range(80):
        a = set()
        x = rnd + 1
        for _ in range(20000):
            x = (x * 1103515245 + 12345) % 2147483648
            a.add(x % 50000)
        b = {i * 3 for i in range(15000)}
        c = set(range(rnd, 40000, 7))
        total += len(a) + len(b) + len(c)
        total += len(a & b) + len(a | b) + len(a - c) + len(a ^ c)
        total += sum(a & b & c) % 1000003
        hits = 0
        for k in range(0, 60000, 3):
            if k in a:
                hits += 1
        total += hits
        d = set(b)
        for k in range(0, 45000, 2):
            d.discard(k)
        total += len(d)
        d -= c
        d |= {1, 2, 3}
        total += len(d) + (a.issubset(a | b)) + (b.isdisjoint(set()))
        total += sum(sorted(a)[:100]) + max(a) + min(b)
        fs = frozenset(range(0, 3000, 11))
        total += len(fs & a) + len({fs, frozenset(range(0, 3000, 11))})
    print("sets", total)


main()
