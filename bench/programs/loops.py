# Theme 2: tight while / for-range integer loops.

def collatz_steps(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x = x >> 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best * 1000000 + best_n


def sieve_count(limit):
    flags = [True] * limit
    flags[0] = flags[1] = False
    i = 2
    while i * i < limit:
        if flags[i]:
            for j in range(i * i, limit, i):
                flags[j] = False
        i += 1
    count = 0
    for i in range(limit):
        if flags[i]:
            count += 1
    return count


def mix(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
        if i % 7 == 3:
            acc ^= i
        elif i % 5 == 1:
            acc -= i // 3
    return acc


def main():
    total = collatz_steps(100000)
    total += sieve_count(1000000)
    total += mix(2000000)
    print("loops", total)


main()
