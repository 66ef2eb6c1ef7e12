# Arithmetic on list items in the shapes the evaluator reads without
# evaluating (`row[j] += aik * bk[j]`, `a[i] - b[i]`): every operand that
# must leave that path still gives CPython's answer and error.


def axpy(row, a, b):
    for j in range(len(row)):
        row[j] += a * b[j]
        row[-1 - j] -= b[j] * b[-1 - j]
    return row, row[0] - b[0], a * b[1] + b[0]


print(axpy([1.0, 2.0, 3.0], 0.5, [4.0, 5.0, 6.0]))
print(axpy([1, 2, 3], 7, [4, 5, 6]))
print(axpy([2**62, 1, 2], 3, [2**62, 5, 2**40]))
print(axpy([1, 2.5, 3], 2, [4.5, 5, 6]))
print(axpy([True, 2, 3], False, [4, True, 6]))
print(axpy([1.5, 2.0, 0.5], 0.25, (1.0, 2.0, 3.0)))


def concat(row, b, k):
    for j in range(len(row)):
        row[j] += b[j] * k
    return row


print(concat(["a", "b"], ["x", "y"], 2), concat([[1], [2]], [[3], [4]], 2), concat([(1,)], [(2,)], 3))


def errors(seq, i, k):
    seq[i] += k * 2.0
    return seq


for args in (([1.0], 0, 1.0), ([1.0], 1, 1.0), ((1.0,), 0, 1.0), ({0: 1.0}, 0, 1.0), ([1.0], 0, "s"), ([1.0], 0.0, 1.0)):
    try:
        print(errors(*args))
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def divide(seq, d):
    seq[0] /= d * 1.0
    return seq


print(divide([3.0], 2))
try:
    divide([3.0], 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Items(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)


print(axpy(Items([1.0, 2.0, 3.0]), 2.0, Items([1.0, 1.0, 1.0])))


def ids(row):
    before = row[0]
    row[0] += row[1] * 1.0
    return before, row[0], before is row[0]


print(ids([1.0, 2.0]))
