# PGO training: recursion, search, lists, tuples, sets, generators.
def queens(n):
    def place(row, cols, diag1, diag2):
        if row == n:
            yield 1
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            yield from place(row + 1, cols | {c}, diag1 | {row + c}, diag2 | {row - c})
    return sum(place(0, frozenset(), frozenset(), frozenset()))


def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    less = [x for x in items if x < pivot]
    same = [x for x in items if x == pivot]
    more = [x for x in items if x > pivot]
    return quicksort(less) + same + quicksort(more)


def flood(grid, start):
    seen = {start}
    stack = [start]
    while stack:
        r, c = stack.pop()
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append((nr, nc))
    return len(seen)


def collatz_lengths(limit):
    cache = {1: 1}

    def length(n):
        if n in cache:
            return cache[n]
        result = 1 + length(n // 2 if n % 2 == 0 else 3 * n + 1)
        cache[n] = result
        return result

    return max(range(1, limit), key=length)


grid = ["".join("#" if (r * 7 + c * 13) % 10 == 0 else "." for c in range(60)) for r in range(60)]
data = [(i * 7919) % 1009 for i in range(40000)]
print("puzzles", queens(8), quicksort(data)[::5000], flood(grid, (1, 1)), collatz_lengths(300000))
