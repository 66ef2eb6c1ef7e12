# Unary +, -, ~ and not on builtin and user types.
print(-5, +5, -(-5), ~5, ~-6, not 5, not 0)
print(-5.5, +5.5, -0.0, -(0.0), -True, +True, ~True)
print(-(2 ** 100), ~(2 ** 100))
class V:
    def __init__(self, x):
        self.x = x
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __abs__(self):
        return V(abs(self.x) * 10)
    def __repr__(self):
        return f"V({self.x})"
print(-V(3), +V(-3), ~V(3), abs(V(-2)))
for value in ["s", [1], None]:
    for op in ("-", "+", "~"):
        try:
            eval(op + "value")
        except TypeError as e:
            print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
