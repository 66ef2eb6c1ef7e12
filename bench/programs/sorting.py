# Extra: sorting tuples and records -- multi-key sorts, stability,
# key functions, bisection by hand, min/max with keys.

def lcg_records(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        dept = "d%d" % (x % 17)
        age = 20 + x % 45
        salary = 1000 + (x >> 8) % 90000
        out.append((dept, age, salary, i))
    return out


def bisect_left(a, x):
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main():
    total = 0
    for rnd in range(15):
        recs = lcg_records(20000, rnd + 7)
        by_all = sorted(recs)
        total += by_all[0][3] + by_all[-1][3]
        by_age = sorted(recs, key=lambda r: r[1])
        by_dept_age = sorted(by_age, key=lambda r: r[0])  # stable
        total += by_dept_age[0][3] + by_dept_age[12345][3]
        by_salary = sorted(recs, key=lambda r: (-r[2], r[3]))
        total += by_salary[0][3] + by_salary[-1][2]
        salaries = sorted(r[2] for r in recs)
        for q in range(0, 91000, 997):
            total += bisect_left(salaries, q)
        total += max(recs, key=lambda r: r[2] * 100 + r[1])[3]
        total += min(recs, key=lambda r: (r[1], r[0]))[3]
        words = [r[0] + str(r[1]) for r in recs[:5000]]
        words.sort()
        total += len(words[0]) + len(words[-1])
        nums = [r[2] for r in recs]
        nums.sort(reverse=True)
        total += nums[100]
        pairs = list(zip(nums, reversed(nums)))
        pairs.sort(key=lambda p: p[0] - p[1])
        total += pairs[0][0]
    print("sorting", total)


main()
