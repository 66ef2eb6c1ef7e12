# Extra: ordering with key functions -- a league table and an inventory
# ranked with sorted()/list.sort using lambdas, operator.itemgetter and
# attrgetter, multi-pass stable sorts, reverse=True, and min/max with key=.
from operator import attrgetter, itemgetter


class Item:
    def __init__(self, sku, name, stock, price):
        self.sku = sku
        self.name = name
        self.stock = stock
        self.price = price


TEAMS = ["Ajax", "Benfica", "Celtic", "Dynamo", "Esbjerg", "Feyenoord",
         "Galatasaray", "Hajduk", "Inter", "Juventus", "Krasnodar", "Lazio",
         "Monaco", "Napoli", "Olympiacos", "Porto", "Rapid", "Sevilla"]


def season(seed):
    x = seed
    results = []
    for home in TEAMS:
        for away in TEAMS:
            if home != away:
                x = (x * 1103515245 + 12345) % 2147483648
                results.append((home, away, x % 5, (x >> 8) % 4))
    return results


def league_table(results):
    rows = {t: [t, 0, 0, 0, 0] for t in TEAMS}   # name, points, for, against, wins
    for home, away, hg, ag in results:
        h, a = rows[home], rows[away]
        h[2] += hg; h[3] += ag; a[2] += ag; a[3] += hg
        if hg > ag:
            h[1] += 3; h[4] += 1
        elif hg < ag:
            a[1] += 3; a[4] += 1
        else:
            h[1] += 1; a[1] += 1
    table = list(rows.values())
    table.sort(key=itemgetter(0))
    table.sort(key=lambda r: r[2] - r[3], reverse=True)
    table.sort(key=itemgetter(1), reverse=True)
    return table


def inventory(n, seed):
    x = seed
    items = []
    for i in range(n):
        x = (x * 69069 + 1) % 4294967296
        name = TEAMS[x % len(TEAMS)].lower() + "-" + str((x >> 7) % 500)
        items.append(Item(i, name, (x >> 12) % 300, 1 + (x >> 20) % 2000))
    return items


def main():
    total = 0
    for rnd in range(105):
        results = season(rnd)
        table = league_table(results)
        total += sum(pos * row[1] for pos, row in enumerate(table, 1))
        top_scorer = max(table, key=itemgetter(2))
        leaky = min(table, key=lambda r: (-r[3], r[0]))
        total += top_scorer[2] + leaky[3] + len(top_scorer[0])
        biggest = sorted(results, key=lambda r: (abs(r[2] - r[3]), r[2] + r[3]), reverse=True)[:10]
        total += sum(r[2] * 10 + r[3] for r in biggest)

        items = inventory(2500, rnd + 3)
        by_value = sorted(items, key=lambda it: it.stock * it.price, reverse=True)
        total += by_value[0].sku + by_value[-1].sku
        by_name = sorted(items, key=attrgetter("name", "sku"))
        total += by_name[0].sku + by_name[len(by_name) // 2].sku
        restock = sorted((it for it in items if it.stock < 20), key=attrgetter("stock"))
        total += len(restock) + (restock[0].sku if restock else 0)
        cheapest = min(items, key=attrgetter("price"))
        dearest = max(items, key=lambda it: (it.price, -it.sku))
        total += cheapest.sku + dearest.sku
        names = sorted({it.name for it in items}, key=lambda s: (len(s), s[::-1]))
        total += len(names[0]) + len(names[-1]) + len(names)
        pairs = sorted(((it.price, it.sku) for it in items), key=itemgetter(0, 1))
        total += pairs[len(pairs) // 3][1]
        ranked = sorted(items, key=attrgetter("stock"))
        ranked.sort(key=attrgetter("price"), reverse=True)
        total += ranked[7].sku
    print("sort_key", total)


main()
