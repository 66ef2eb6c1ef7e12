# Theme 6: dict insert / lookup / miss / iteration with str and int keys.

def main():
    total = 0
    for rnd in range(45):
        d = {}
        for i in range(40000):
            d[i * 7 % 65521] = i
        hits = 0
        misses = 0
        for k in range(0, 80000, 3):
            if k in d:
                hits += d[k]
            else:
                misses += 1
        total += hits + misses
        total += d.get(123456, -1) + d.get(7, -2)
        # iteration (insertion ordered in both interpreters)
        acc = 0
        for k, v in d.items():
            acc = (acc * 31 + k + v) % 1000000007
        total += acc
        for k in d:
            acc ^= k
        total += acc + sum(d.values())
        # str keys
        words = {}
        for i in range(15000):
            key = "w" + str(i % 5000) + "_" + str(i % 13)
            words[key] = words.get(key, 0) + i
        total += len(words)
        for i in range(0, 6000, 2):
            key = "w" + str(i) + "_" + str(i % 13)
            if key in words:
                total += words[key]
            else:
                total += 1
        keys = list(words)
        total += len(keys[0]) + len(keys[-1])
        # deletion, setdefault, update, pop
        for i in range(0, 40000, 5):
            k = i * 7 % 65521
            if k in d:
                del d[k]
        total += len(d)
        groups = {}
        for i in range(20000):
            groups.setdefault(i % 97, []).append(i)
        total += sum(len(v) for v in groups.values())
        other = {i: i * i for i in range(5000)}
        other.update({i: -i for i in range(2500, 7500)})
        total += sum(other.values()) + other.pop(100) + other.pop(99999, 5)
        total += len(dict(zip(range(1000), range(1000, 2000))))
    print("dicts", total)


main()
