# Extra: comprehensions over zip and enumerate -- daily sensor series
# turned into differences, moving averages, correlations, transposes with
# zip(*rows), and index maps built with enumerate in list, dict, set and
# generator comprehensions.

def readings(days, sensors, seed):
    x = seed
    rows = []
    for d in range(days):
        row = []
        for s in range(sensors):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append(200 + s * 10 + (x >> 10) % 50 - d % 7)
        rows.append(row)
    return rows


def analyse(rows, names):
    total = 0
    columns = [list(col) for col in zip(*rows)]
    diffs = [[b - a for a, b in zip(col, col[1:])] for col in columns]
    total += sum(max(d) - min(d) for d in diffs)
    window = 5
    for col in columns:
        sums = [sum(col[i:i + window]) for i in range(len(col) - window + 1)]
        peaks = [i for i, (a, b, c) in enumerate(zip(sums, sums[1:], sums[2:])) if b > a and b > c]
        total += len(peaks) + (peaks[-1] if peaks else 0)
    means = [sum(col) / len(col) for col in columns]
    for i, (ci, mi) in enumerate(zip(columns, means)):
        for cj, mj in zip(columns[i + 1:], means[i + 1:]):
            cov = sum((a - mi) * (b - mj) for a, b in zip(ci, cj))
            total += int(cov) % 1000
    index = {name: i for i, name in enumerate(names)}
    hot = {names[i] for i, col in enumerate(columns) if max(col) > 250 + i * 10}
    total += sum(index[n] for n in hot)
    labelled = [f"{name}:{day}" for day, row in enumerate(rows[:20]) for name, v in zip(names, row) if v % 3 == 0]
    total += len(labelled)
    flags = [(day, s) for day, row in enumerate(rows) for s, (v, m) in enumerate(zip(row, means)) if v > m + 20]
    total += len(flags) + sum(d for d, _ in flags) % 100
    weekly = [[sum(v for _, v in pairs) for pairs in zip(*[enumerate(rows[w + k]) for k in range(7)])]
              for w in range(0, len(rows) - 6, 7)]
    total += sum(len(w) for w in weekly)
    return total


def main():
    names = ["north", "south", "east", "west", "roof", "cellar", "attic", "garage"]
    total = 0
    for rnd in range(220):
        rows = readings(365, len(names), rnd)
        total += analyse(rows, names)
    print("zip_enumerate", total)


main()
