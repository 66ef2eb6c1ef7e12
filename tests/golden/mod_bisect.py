# bisect: binary search and sorted insertion, with lo/hi and key=.
import bisect

a = [1, 2, 4, 4, 4, 8, 16]
for x in [0, 1, 3, 4, 5, 16, 17]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=4, hi=6))
print(bisect.bisect_right(a, 4, hi=-1), bisect.bisect_left([], 5))

# Grades, the example of the documentation.
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5)
print(b)

# key= applies to the items, not to x.
records = [("alice", 31), ("bob", 25), ("carol", 40)]
records.sort(key=lambda r: r[1])
print(records)
print(bisect.bisect_left(records, 30, key=lambda r: r[1]), bisect.bisect_right(records, 40, key=lambda r: r[1]))
bisect.insort(records, ("dave", 33), key=lambda r: r[1])
bisect.insort_left(records, ("eve", 25), key=lambda r: r[1])
print(records)

# Any sequence works for searching.
print(bisect.bisect("acegik", "f"), bisect.bisect_left((1, 3, 5), 3), bisect.bisect(range(0, 100, 10), 35))

try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.insort(a, 1, lo=-2)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.bisect([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
print(sorted(bisect.__all__) if hasattr(bisect, "__all__") else None)
