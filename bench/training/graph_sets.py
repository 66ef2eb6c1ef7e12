# PGO training: sets and frozensets, dicts keyed by tuples, sorted() with
# key=, comprehensions over zip/enumerate, and str methods on non-ASCII text.
def neighbours(cell, size):
    x, y = cell
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < size and 0 <= ny < size:
            yield nx, ny


def reachable(walls, size):
    seen = {(0, 0)}
    frontier = [(0, 0)]
    while frontier:
        cell = frontier.pop()
        for nxt in neighbours(cell, size):
            if nxt not in seen and nxt not in walls:
                seen.add(nxt)
                frontier.append(nxt)
    return seen


def walls_for(seed, size):
    walls = set()
    x = seed
    for _ in range(size * size // 3):
        x = (x * 1103515245 + 12345) % 2147483648
        walls.add((x % size, (x // size) % size))
    walls.discard((0, 0))
    return frozenset(walls)


def distances(size, walls):
    dist = {(0, 0): 0}
    queue = [(0, 0)]
    head = 0
    while head < len(queue):
        cell = queue[head]
        head += 1
        for nxt in neighbours(cell, size):
            if nxt not in dist and nxt not in walls:
                dist[nxt] = dist[cell] + 1
                queue.append(nxt)
    return dist


WORDS = ["Straße", "café", "naïve", "Ærø", "smörgåsbord", "déjà", "façade", "jalapeño", "Zürich", "crème"]


def text_checksum(rounds):
    total = 0
    for r in range(rounds):
        line = " ".join(WORDS[(r + i) % len(WORDS)] for i in range(6))
        upper = line.upper()
        parts = [p.casefold() for p in upper.split()]
        total += sum(len(p) for p in parts) + upper.count("É") + line.find("ö")
        total += len(line.replace("é", "e").title()) + sum(1 for ch in line if ch.isalpha())
    return total


def main():
    size = 60
    total = 0
    for seed in range(30):
        walls = walls_for(seed, size)
        seen = reachable(walls, size)
        dist = distances(size, walls)
        far = sorted(dist.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        total += len(seen) + sum(d for _, d in far)
        both = seen & set(dist)
        either = seen | {(i, i) for i in range(size)}
        total += len(both) + len(either - seen) + len(seen ^ set(far_cell for far_cell, _ in far))
        pairs = {(a, b): i for i, (a, b) in enumerate(zip(range(size), reversed(range(size))))}
        total += sum(v for k, v in pairs.items() if k[0] < k[1])
    total += text_checksum(20000)
    print("graph_sets", total)


main()
