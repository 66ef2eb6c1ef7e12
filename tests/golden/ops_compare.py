# Comparisons: chaining, identity, membership, mixed types.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5.0, 5 != 6)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 == 1.0, 1 < 2 > 0)
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print("abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set())
print(1 == 1.0, 1.0 == True, "1" == 1, None == None, [1] == (1,))
print(float("nan") == float("nan"), float("inf") > 10 ** 100)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, type(None) is type(None))
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", "bc" in "abc", "" in "x")
print(1 in {1: 'x'}, 'x' in {1: 'x'}, 3 in range(5), 3 in {1, 2, 3}, (1, 2) in [(1, 2)])
print(not (1 in [1]) , 1 not in [])
print(1 < 2 in [True], (1 < 2) in [True])
for a, b in [(1, "a"), ([1], 1), (None, 0), ({1}, [1])]:
    try:
        a < b
    except TypeError as e:
        print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
print(max(3, 1, 2), min("b", "a"), sorted([3, 1, 2]))
