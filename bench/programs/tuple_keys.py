# Extra: dicts keyed by tuples -- a sparse Game of Life board keyed by
# (x, y) grown from a random soup, a memo table keyed by (i, j) for edit
# distance, and a weighted grid graph whose edges are keyed by
# ((x1, y1), (x2, y2)) for Dijkstra.

def life_step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = (x + dx, y + dy)
                    counts[key] = counts.get(key, 0) + 1
    return {cell: True for cell, n in counts.items()
            if n == 3 or (n == 2 and cell in live)}


def soup(size, seed):
    live = {}
    x = seed
    for i in range(size):
        for j in range(size):
            x = (x * 69069 + 1) % 4294967296
            if (x >> 16) % 3 == 0:
                live[i, j] = True
    return live


def edit_distance(a, b):
    memo = {}
    for i in range(len(a) + 1):
        memo[i, 0] = i
    for j in range(len(b) + 1):
        memo[0, j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            memo[i, j] = min(memo[i - 1, j] + 1, memo[i, j - 1] + 1,
                             memo[i - 1, j - 1] + cost)
    return memo[len(a), len(b)]


def grid_edges(size, seed):
    edges = {}
    x = seed
    for i in range(size):
        for j in range(size):
            for ni, nj in ((i + 1, j), (i, j + 1)):
                if ni < size and nj < size:
                    x = (x * 69069 + 1) % 4294967296
                    w = 1 + (x >> 16) % 9
                    edges[(i, j), (ni, nj)] = w
                    edges[(ni, nj), (i, j)] = w
    return edges


def dijkstra(edges, size):
    # A plain scan for the nearest open cell (no heapq): the dict lookups
    # keyed by tuples are the point.
    dist = {(0, 0): 0}
    done = {}
    frontier = {(0, 0): 0}
    while frontier:
        cell = min(frontier, key=frontier.get)
        d = frontier.pop(cell)
        done[cell] = d
        i, j = cell
        for nxt in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            w = edges.get((cell, nxt))
            if w is None or nxt in done:
                continue
            nd = d + w
            if nd < dist.get(nxt, 1 << 30):
                dist[nxt] = nd
                frontier[nxt] = nd
    return dist


def main():
    total = 0
    for seed in range(10):
        live = soup(40, seed)
        for gen in range(80):
            live = life_step(live)
            total += len(live)
        total += sum(x * 31 + y for x, y in live)
    words = ["kitten", "sitting", "flaw", "lawn", "intention", "execution",
             "dynamic", "programming", "tuple", "dictionary"]
    for rnd in range(16):
        for a in words:
            for b in words:
                total += edit_distance(a * 2, b + a)
    for seed in range(36):
        edges = grid_edges(30, seed)
        dist = dijkstra(edges, 30)
        total += dist[29, 29] + sum(dist.values()) % 1000 + len(edges)
    print("tuple_keys", total)


main()
