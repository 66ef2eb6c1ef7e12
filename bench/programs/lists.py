# Theme 5: list operations -- append, index, slice, sort, comprehensions.

def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out


def main():
    total = 0
    for rnd in range(75):
        data = lcg(rnd + 1, 20000)
        # append / index / slice
        evens = []
        for v in data:
            if v % 2 == 0:
                evens.append(v)
        total += len(evens)
        total += data[len(data) // 2] + data[-1] + data[0]
        head = data[:1000]
        tail = data[-1000:]
        mid = data[5000:15000:3]
        total += sum(head) - sum(tail) + len(mid)
        rev = data[::-1]
        total += rev[0] - rev[-1]
        # comprehensions
        squares = [v * v % 1009 for v in data if v % 3]
        total += sum(squares)
        pairs = [(v % 10, v) for v in data[:5000]]
        pairs.sort()
        total += pairs[0][1] + pairs[-1][1]
        # sort and search
        s = sorted(data)
        total += s[100] + s[-100]
        s.sort(reverse=True)
        total += s[0]
        total += data.index(data[777])
        total += data.count(data[3])
        # insert / pop / extend / del
        work = data[:2000]
        for i in range(500):
            work.insert(i * 3, i)
            total += work.pop()
        work.extend(range(100))
        del work[10:200]
        total += len(work) + work[-1]
        work.reverse()
        total += work[0]
        # nested lists
        grid = [[i * j for j in range(40)] for i in range(40)]
        flat = [x for row in grid for x in row]
        total += sum(flat) + max(flat) + min(flat)
        # membership
        probe = data[:300]
        hits = 0
        for k in range(0, 3000, 7):
            if k in probe:
                hits += 1
        total += hits
    print("lists", total)


main()
