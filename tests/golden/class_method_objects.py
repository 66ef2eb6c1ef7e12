# method(function, instance): bound methods made by calling their type
# (types.MethodType), and method.__reduce__, which copy relies on.
class C:
    def __init__(self, name):
        self.name = name

    def hello(self, greeting="hi"):
        return f"{greeting} from {self.name}"

MethodType = type(C("x").hello)
print(MethodType.__name__)

def free(self, n):
    return (self.name, n)

c = C("c")
m = MethodType(free, c)
print(m(3), m.__self__ is c, m.__func__ is free)
print(MethodType(C.hello, c)("hey"))
# Any callable and any instance but None will do.
print(MethodType(len, "abc")())
print(MethodType(lambda x: x * 2, 21)())

for args, kwargs in [((free,), {}), ((free, c, 1), {}), ((1, c), {}), ((free, None), {}),
                     ((free, c), {"extra": 1}), ((), {})]:
    try:
        MethodType(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

rv = c.hello.__reduce__()
print(rv[0] is getattr, rv[1][0] is c, rv[1][1])
again = rv[0](*rv[1])
print(again == c.hello, again is c.hello, again())
print(m.__reduce__()[1][1])
try:
    c.hello.__reduce__(1)
except TypeError as e:
    print("TypeError:", e)

# The other reduce helpers copy uses.
print((1, (2, 3)).__getnewargs__(), ().__getnewargs__())
print({3, 1}.__reduce__(), frozenset().__reduce__())

class S(set):
    pass

s = S([5])
s.label = "L"
print(s.__reduce__())
