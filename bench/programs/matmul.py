# Theme 4: nested loops over float lists (matrix multiply on lists of lists).

def make_matrix(n, seed):
    m = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append((x % 1000) / 997.0 - 0.5)
        m.append(row)
    return m


def matmul(a, b):
    n = len(a)
    p = len(b[0])
    inner = len(b)
    c = []
    for i in range(n):
        ai = a[i]
        row = [0.0] * p
        for k in range(inner):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                row[j] += aik * bk[j]
        c.append(row)
    return c


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul_dot(a, b):
    bt = transpose(b)
    return [[sum([x * y for x, y in zip(row, col)]) for col in bt] for row in a]


def trace(m):
    t = 0.0
    for i in range(len(m)):
        t += m[i][i]
    return t


def main():
    n = 200
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = matmul(a, b)
    d = matmul(c, a)
    e = matmul_dot(b, d)
    total = 0.0
    for row in e:
        for v in row:
            total += abs(v)
    print("matmul %.6f %.6f %.6f" % (trace(c), trace(d), total))


main()
