# Subscripts on lists, tuples, strings, dicts; negative indices; errors.
a = [10, 20, 30, 40]
t = (1, 2, 3)
s = "hello"
d = {"k": 1, 2: "two", (1, 2): "pair"}
print(a[0], a[-1], a[-4], t[1], s[4], s[-5], d["k"], d[2], d[1, 2], d[(1, 2)])
a[0] = 11
a[-1] = 44
print(a)
d["new"] = 5
d[2] = "TWO"
print(d)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, m[0][1], m[-1][-1])
del a[1]
print(a)
del d["k"]
print(d)
print("abc"[True], [1, 2][False])
class Grid:
    def __getitem__(self, key):
        return ("get", key)
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
g = Grid()
print(g[1], g[1, 2], g["x"], g[1:2], g[::2], g[1:2, 3], g[...])
g[0] = "zero"
g[1, 2] = "pair"
del g[5]
del g[1:3]
for expr in ["a[10]", "a[-10]", "t[3]", "s[5]", "d['nope']", "d[[1]]", "a['x']", "t[1.5]", "s[None]"]:
    try:
        eval(expr)
    except (IndexError, KeyError, TypeError) as e:
        print(f"{expr:10} {type(e).__name__}: {e}")
for stmt in ["a[10] = 1", "t[0] = 1", "s[0] = 'x'", "del t[0]", "del a[10]", "del d['nope']"]:
    try:
        exec(stmt)
    except (IndexError, KeyError, TypeError) as e:
        print(f"{stmt:14} {type(e).__name__}: {e}")
