# collections.UserDict, UserList and UserString: subclass-friendly wrappers.
from collections import UserDict, UserList, UserString
import copy

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

d = LowerDict({"A": 1}, B=2)
d["C"] = 3
d.update({"D": 4})
print(d, d.data, len(d), "a" in d, d["b"], d.get("z", 0), list(d), list(d.items()))
print(type(d.copy()).__name__, d.copy(), d == {"a": 1, "b": 2, "c": 3, "d": 4}, d | {"e": 5})
print(UserDict(), UserDict([(1, 2)]), UserDict.fromkeys("ab"), isinstance(d, dict))
del d["a"]
print(d.pop("b"), d.setdefault("q", 0), d.popitem(), d)

class Missing(UserDict):
    def __missing__(self, key):
        return key * 2

print(Missing()["ab"])
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError:", e)

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([1, 2])
s.push(3)
s.extend(UserList([4]))
s += [5]
print(s, s.data, len(s), s[0], s[1:3], type(s[1:3]).__name__, s + [6], [0] + s, s * 2)
s.insert(0, 0)
s.remove(3)
s.reverse()
print(s, s.pop(), s.pop(0), s.index(2), s.count(2), 2 in s, s == [4, 2, 1], s < [5])
s.sort()
print(s, sorted(UserList([3, 1, 2])), type(s.copy()).__name__, copy.copy(s), UserList())

u = UserString("Hello")
print(u, repr(u), u.upper(), type(u.upper()).__name__, u.lower(), u + "!", "<" + u, u * 2, u[1:3])
print(len(u), "ell" in u, u == "Hello", u < "World", u.find("l"), u.split("l"), u.startswith("He"))
print(u.replace("l", "L"), u.center(9, "*"), u.count("l"), u.isalpha(), u.join(["a", "b"]), hash(u) == hash("Hello"))
print(UserString(42), UserString(u), int(UserString("7")) + 1, float(UserString("1.5")), u.zfill(7))
print(UserString("%s-%s") % ("a", "b"), list(UserString("ab")), sorted(UserString("cab")))
