# heapq: the heap as a list, printed after each operation (the layout must
# be CPython's), and nlargest/nsmallest/merge.
import heapq

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
    print("push", v, h)
while h:
    print("pop", heapq.heappop(h), h)

data = [9, 5, 2, 8, 1, 7, 3, 6, 4, 0]
heapq.heapify(data)
print("heapify", data)
print("replace", heapq.heapreplace(data, 10), data)
print("pushpop", heapq.heappushpop(data, -1), data)
print("pushpop", heapq.heappushpop(data, 5), data)
print(heapq.heappushpop([], 3))

big = [(i * 7919) % 1000 for i in range(3000)]
heapq.heapify(big)
print(big[:12], all(big[k] <= big[2 * k + 1] for k in range(len(big) // 2)))
print([heapq.heappop(big) for _ in range(8)])

# Tuples as (priority, task), the priority queue of the documentation.
tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (5, "write spec"))
heapq.heappush(tasks, (1, "write tests"))
heapq.heappush(tasks, (3, "release"))
print(tasks)
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])

# Heap sort.
def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]

print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums), heapq.nsmallest(20, nums))
print(heapq.nlargest(2, iter(nums)), heapq.nsmallest(4, iter(nums)), heapq.nlargest(3, iter([])))
portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
    {"name": "HPQ", "shares": 35, "price": 31.75},
    {"name": "YHOO", "shares": 45, "price": 16.35},
    {"name": "ACME", "shares": 75, "price": 115.65},
]
print([s["name"] for s in heapq.nsmallest(3, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(3, portfolio, key=lambda s: s["price"])])
# Ties keep the input order, as sorted() would.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (2, "f")]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(4, iter(pairs), key=lambda p: p[0]))
print(heapq.nlargest(1, [], key=len), heapq.nsmallest(2, "hello"))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3, 5], [], [2, 2, 6], [0])))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "x")], [(1, "y")], [(0, "z")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([3, 4])))
print(type(heapq.merge([1])).__name__)

for call in (lambda: heapq.heappush(1, 2), lambda: heapq.heappop((1,)), lambda: heapq.heapify("x"),
             lambda: heapq.heapreplace(None, 1), lambda: heapq.heappushpop({}, 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        call()
    except IndexError as e:
        print("IndexError:", e)
print(heapq.__all__)
