# time clocks and sleep; random: seeded repeatability, ranges and errors (only properties that do not depend on the generator)
import time, random
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.01, time.monotonic() >= m0)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
print(time.gmtime(86400 * 365))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1000000000)))
random.seed(5)
a = [random.random() for _ in range(3)]
random.seed(5)
b = [random.random() for _ in range(3)]
print(a == b, all(0 <= x < 1 for x in a))
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(100)))
print(sorted(set(random.randrange(0, 10, 3) for _ in range(200))))
l = list(range(10)); random.shuffle(l); print(sorted(l) == list(range(10)))
print(len(random.sample(range(100), 10)), len(set(random.sample(range(100), 10))))
print(random.choice('abc') in 'abc', len(random.choices([1, 2], k=5)))
g = [random.gauss(0, 1) for _ in range(1000)]
print(abs(sum(g) / 1000) < 0.2)
print(1 <= random.uniform(1, 2) <= 2)
def tryit(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ':', e)
tryit(lambda: random.randint(5, 1))
tryit(lambda: random.choice([]))
tryit(lambda: random.sample([1], 2))
tryit(lambda: time.sleep(-1))
import sys
sys.stdout.write('no newline')
sys.stdout.write('\n')
