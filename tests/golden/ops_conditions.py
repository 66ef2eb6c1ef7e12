# Conditions: each operand's truth is asked once, comparisons decide
# directly, and a local rebound by := while an operator reads it stays valid.


class Loud:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print(f"  bool({self.name})")
        return self.value


t, f = Loud("t", True), Loud("f", False)

print("if t and f:")
if t and f:
    print("  taken")
print("if f or t:")
if f or t:
    print("  taken")
print("if not (f and t):")
if not (f and t):
    print("  taken")
print("while chain:")
n = 0
while t and n < 2:
    n += 1
print("x = f and t:", (f and t).name)
print("conditional expression:", "yes" if t or f else "no")
print("comprehension:", [i for i in range(3) if f or i])
print("assert:")
assert t and t


def compares(a, b):
    out = []
    if a < b:
        out.append("<")
    if a <= b <= 10:
        out.append("<= chain")
    if not a == b:
        out.append("!=")
    if a is not b and a in (1, 2, 3, 4.5):
        out.append("in")
    while a < b:
        a = b if b - a > 5 else a + 1
    out.append(a)
    return out


print(compares(1, 4), compares(4.5, 2), compares(2 ** 70, 2 ** 71), compares(2.0, 4))
print(compares("a", "c") if False else "strings:", "a" < "b" <= "b", not "a" == "a")


def rebinding():
    a = [1] * 3
    b = a + (a := [2])
    c = [a[0] for _ in range(2)] + (a := [3, 4])
    d = {"k": 1}
    e = d["k"] + len(d := {"k": 5, "j": 6})
    return b, c, a, e, d


print(rebinding())
