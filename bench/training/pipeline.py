# PGO training: generators, closures, lambdas, builtins, context managers, exceptions.
class Timer:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, kind, value, tb):
        self.log.append("exit")
        return kind is KeyError


def readings(n):
    x = 17
    for i in range(n):
        x = (x * 48271) % 2147483647
        yield i, (x % 1000) / 10


def smooth(source, width):
    window = []
    for i, value in source:
        window.append(value)
        if len(window) > width:
            window.pop(0)
        yield i, sum(window) / len(window)


def make_scaler(factor):
    def scale(pair):
        return pair[0], pair[1] * factor
    return scale


log = []
total = 0.0
for round_ in range(30):
    scale = make_scaler(1 + round_ / 10)
    data = map(scale, smooth(readings(20000), 5))
    peaks = [v for i, v in data if v > 60]
    total += len(peaks) + max(peaks, default=0)
    with Timer(log):
        lookup = {k: v for k, v in zip("abcdef", range(6))}
        total += lookup["z" if round_ % 2 else "a"]
    evens = list(filter(lambda p: p[0] % 2 == 0, enumerate(range(5000))))
    total += sum(b for a, b in evens[::7]) + sum(sorted(set(x % 97 for x in range(5000)))[:10])
    try:
        int("not a number %d" % round_)
    except ValueError as e:
        total += len(str(e))
print("pipeline", round(total, 3), len(log))
