# Extra: str methods on non-ASCII text -- a multilingual order log
# (é, €, 😀 mixed in) split into fields, normalised with lower/upper/
# replace/strip, searched with find/startswith/count and formatted back
# into a report with f-strings, str.format and join.

DISHES = ["Crème brûlée", "Café au lait", "Smørrebrød", "Jalapeño poppers",
          "Pão de queijo", "Bouillabaisse", "Käsespätzle", "Tarte flambée",
          "Żurek", "Crêpe Suzette", "Gâteau 😀 basque", "Ramen 🍜 spécial"]
CITIES = ["Zürich", "Málaga", "Kraków", "Reykjavík", "Besançon", "São Paulo",
          "Łódź", "Göteborg", "Malmö", "Dĳon"]
MOODS = ["😀", "🙂", "😐", "🙁", "😡"]


def order_lines(n, seed):
    x = seed
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        dish = DISHES[x % len(DISHES)]
        city = CITIES[(x >> 5) % len(CITIES)]
        cents = 250 + (x >> 9) % 4000
        mood = MOODS[(x >> 13) % len(MOODS)]
        qty = 1 + (x >> 17) % 4
        note = "  très bien  " if x % 3 == 0 else " à revoir " if x % 3 == 1 else ""
        out.append(f"{i};{city};{dish};{qty};€{cents // 100},{cents % 100:02d};{mood};{note}")
    return "\n".join(out)


def parse(text):
    rows = []
    for line in text.split("\n"):
        num, city, dish, qty, price, mood, note = line.split(";")
        euros, cents = price.lstrip("€").split(",")
        rows.append((int(num), city, dish.lower(), int(qty),
                     int(euros) * 100 + int(cents), mood, note.strip()))
    return rows


def report(rows):
    by_city = {}
    lines = []
    for num, city, dish, qty, cents, mood, note in rows:
        key = city.upper()
        by_city[key] = by_city.get(key, 0) + qty * cents
        label = dish.replace("é", "e").replace("ê", "e").title()
        if note.startswith("très"):
            label += " ✓"
        elif note.endswith("revoir"):
            label += " ✗"
        lines.append("{:>5} {:<22}|{:^12}|{:>9} {}".format(num, label, city, f"€{cents / 100:.2f}", mood * qty))
    for city in sorted(by_city):
        lines.append(f"{city:<12} total €{by_city[city] / 100:>10,.2f}")
    return "\n".join(lines)


def scan(doc):
    total = 0
    for word in ("Creme", "ZÜRICH", "😀", "€1", "Żurek", "🍜"):
        total += doc.count(word)
        total += doc.find(word) + doc.rfind(word)
    words = doc.split()
    total += sum(1 for w in words if w.startswith("€") or w.endswith("✓"))
    total += len(doc.lower()) - len(doc.casefold())
    total += sum(len(w) for w in words if w.isalpha())
    return total


def main():
    total = 0
    for rnd in range(75):
        text = order_lines(1500, rnd * 7 + 1)
        rows = parse(text)
        doc = report(rows)
        total += len(doc) + len(doc.encode("utf-8")) % 1000
        total += scan(doc)
        smiley = [r for r in rows if r[5] == "😀"]
        total += len(smiley) + sum(r[4] for r in smiley) % 997
        total += len(" · ".join(sorted({r[2] for r in rows})))
    print("strings_unicode", total)


main()
