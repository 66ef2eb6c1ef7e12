# Extra: try/except on the hot path, "easier to ask forgiveness" style --
# a config/log ingester that counts with try: d[k] += 1 / except KeyError,
# parses fields with int() and float() catching ValueError, falls back on
# AttributeError and IndexError, and drives its reader with next() until
# StopIteration.

class Record:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value


class Tagged(Record):
    def __init__(self, kind, value, tag):
        super().__init__(kind, value)
        self.tag = tag


def log_lines(n, seed):
    kinds = ["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"]
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        kind = kinds[x % 6]
        if x % 11 == 0:
            size = "-"
        elif x % 13 == 0:
            size = "%d.%d" % (x % 97, x % 10)
        else:
            size = str((x >> 8) % 5000)
        path = "/api/v%d/item/%d" % (x % 3, (x >> 4) % 40)
        if x % 17 == 0:
            yield kind + " " + path
        else:
            yield kind + " " + path + " " + size


def parse_size(field):
    try:
        return int(field)
    except ValueError:
        try:
            return int(float(field) * 10)
        except ValueError:
            return 0


def ingest(lines):
    counts = {}
    bytes_by_path = {}
    records = []
    it = iter(lines)
    while True:
        try:
            line = next(it)
        except StopIteration:
            break
        parts = line.split()
        try:
            size = parse_size(parts[2])
        except IndexError:
            size = -1
        kind, path = parts[0], parts[1]
        try:
            counts[kind] += 1
        except KeyError:
            counts[kind] = 1
        try:
            bytes_by_path[path] += size
        except KeyError:
            bytes_by_path[path] = size
        if size % 7 == 0:
            records.append(Tagged(kind, size, path))
        else:
            records.append(Record(kind, size))
    return counts, bytes_by_path, records


def summarise(records, limits):
    total = 0
    for r in records:
        try:
            total += len(r.tag)
        except AttributeError:
            total += 1
        try:
            total += limits[r.kind] // (r.value % 5)
        except ZeroDivisionError:
            total += 2
        except KeyError:
            total += 3
    return total


def main():
    total = 0
    limits = {"GET": 1000, "POST": 500, "PUT": 300, "DELETE": 50}
    for rnd in range(50):
        counts, by_path, records = ingest(log_lines(6000, rnd))
        total += sum(counts.values()) + sum(by_path.values()) % 10007
        total += summarise(records, limits)
        mapping = dict(zip(sorted(counts), range(100)))
        for key in ("GET", "TRACE", "PATCH", "OPTIONS"):
            try:
                total += mapping[key]
            except KeyError:
                total -= 1
    print("eafp", total)


main()
