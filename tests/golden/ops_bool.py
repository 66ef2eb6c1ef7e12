# and / or / not: short circuit and return an operand, not a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and 1, [0] and "yes", not [], not [0], not None, not "")
def side(name, value):
    print("evaluated", name)
    return value
print(side("a", 0) and side("b", 1))
print(side("a", 1) and side("b", 2))
print(side("a", 1) or side("b", 2))
print(side("a", 0) or side("b", 0) or side("c", 3))
print(side("a", 1) and side("b", 0) or side("c", "fallback"))
class Truthy:
    def __init__(self, value):
        self.value = value
    def __bool__(self):
        print("__bool__ of", self.value)
        return self.value
    def __repr__(self):
        return f"Truthy({self.value})"
print(Truthy(False) or Truthy(True))
print(Truthy(True) and "done")
print(not Truthy(True))
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), not Sized(), Sized() or "empty")
x = 5
print(x > 3 and x < 10, x > 3 and "big" or "small")
if 0 or None or []:
    print("no")
elif {} or "yes":
    print("elif taken")
while None:
    pass
print(all([]), any([]), all([1, 0]), any([0, "x"]))
