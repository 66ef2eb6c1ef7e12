# PGO training: nested loops over lists of floats and ints, indexing, slicing.
def make_grid(rows, cols, seed):
    grid = []
    x = seed
    for r in range(rows):
        row = []
        for c in range(cols):
            x = (x * 1664525 + 1013904223) % 4294967296
            row.append((x % 1000) / 250.0 - 2.0)
        grid.append(row)
    return grid


def blur(grid):
    rows, cols = len(grid), len(grid[0])
    out = [[0.0] * cols for _ in range(rows)]
    for r in range(1, rows - 1):
        above, here, below = grid[r - 1], grid[r], grid[r + 1]
        line = out[r]
        for c in range(1, cols - 1):
            line[c] = (above[c] + below[c] + here[c - 1] + here[c + 1] + 4 * here[c]) / 8.0
    return out


def transpose(grid):
    return [list(col) for col in zip(*grid)]


def histogram(values, buckets):
    counts = [0] * buckets
    lo, hi = min(values), max(values)
    width = (hi - lo) / buckets or 1.0
    for v in values:
        i = int((v - lo) / width)
        counts[min(i, buckets - 1)] += 1
    return counts


total = 0.0
for seed in range(40):
    g = make_grid(90, 90, seed)
    for _ in range(3):
        g = blur(g)
    t = transpose(g)
    flat = [v for row in t for v in row[1:-1]]
    total += sum(histogram(flat, 16)[4:12]) + sum(row[5] * row[7] for row in g)
    total += sum(sorted(flat)[::1000])
print("grid_math", round(total, 6))
