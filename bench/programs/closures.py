# Theme 9: closures and lambdas -- counters, function composition,
# sorted with key=lambda.

def make_counter(start, step):
    count = start

    def inc():
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def make_adder(n):
    def add(x):
        return x + n
    return add


def main():
    total = 0
    counters = [make_counter(i, i % 5 + 1) for i in range(50)]
    for rnd in range(80000):
        for c in counters:
            total += c()
    total %= 1000000007
    pipeline = make_adder(0)
    for i in range(1, 8):
        pipeline = compose(make_adder(i), pipeline)
    double = lambda x: x * 2
    f = compose(double, pipeline)
    for i in range(400000):
        total += f(i)
    data = [((i * 7919) % 1009, (i * 104729) % 997, i) for i in range(200000)]
    s1 = sorted(data, key=lambda t: t[1])
    s2 = sorted(data, key=lambda t: (t[0] % 10, -t[2]))
    total += s1[0][2] + s1[-1][2] + s2[0][2] + s2[-1][2]
    total += sum(map(lambda t: t[0] * t[1] % 13, data))
    total += len(list(filter(lambda t: t[2] % 3 == 0, data)))
    fns = [lambda x, k=k: x * k for k in range(20)]
    for i in range(40000):
        for fn in fns:
            total += fn(i) & 1
    print("closures", total)


main()
