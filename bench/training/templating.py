# PGO training: string building -- str(), +=, join, split, find, replace,
# f-strings, format() and % with widths and precisions.
def render_row(cells, widths):
    out = "|"
    for cell, width in zip(cells, widths):
        out += " " + str(cell).ljust(width) + " |"
    return out


def render_table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = [render_row(header, widths), "+" + "+".join("-" * (w + 2) for w in widths) + "+"]
    lines.extend(render_row(r, widths) for r in rows)
    return "\n".join(lines)


def fill(template, values):
    result = template
    for key, value in values.items():
        result = result.replace("{{" + key + "}}", str(value))
    return result


def parse_log(text):
    fields = {}
    for line in text.splitlines():
        if "=" not in line:
            continue
        key, _, value = line.partition("=")
        fields[key.strip()] = value.strip()
    return fields


total = 0
template = "Dear {{name}}, your order {{id}} of {{count}} items ships on {{day}}."
for i in range(15000):
    rows = [(f"item{j}", j * i % 97, f"{j / 7:.3f}", "%5.1f%%" % (j * 3.5)) for j in range(6)]
    table = render_table(("name", "qty", "ratio", "pct"), rows)
    total += len(table) + table.find("item3") + table.count("|")
    letter = fill(template, {"name": "client%d" % i, "id": hex(i), "count": i % 13, "day": "Mon Tue Wed".split()[i % 3]})
    total += len(letter.upper()) + letter.index("ships")
    log = "\n".join(f"k{j} = {j * i}" for j in range(5)) + "\nnoise"
    total += sum(int(v) for v in parse_log(log).values()) % 1000
    total += len("{:>8}|{:^8}|{:<8}|{:08.3f}|{:,}".format(i, "mid", "left", i / 3, i * 1000))
print("templating", total)
