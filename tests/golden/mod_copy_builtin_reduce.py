# copy and deepcopy of exceptions and slices go through their own
# __reduce__ (BaseException.__reduce__/__setstate__, slice.__reduce__).
import copy

e = ValueError("bad value", 42)
print(e.__reduce__())
e2 = copy.copy(e)
print(repr(e2), e2 is e, e2.args == e.args)
e.detail = ["x"]
rv = e.__reduce__()
print(rv[0].__name__, rv[1], rv[2])
e3 = copy.deepcopy(e)
print(repr(e3), e3.detail, e3.detail is e.detail)


class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message, code)
        self.code = code

a = AppError("boom", 7)
a2 = copy.copy(a)
print(type(a2).__name__, a2.args, a2.code)
print(copy.deepcopy([a, a])[0] is not a)

k = KeyError("missing")
print(repr(copy.copy(k)), str(copy.deepcopy(k)))

x = Exception()
x.__setstate__({"note": 1})
print(x.note, x.__setstate__(None))
try:
    x.__setstate__([1])
except TypeError as err:
    print("TypeError:", err)
try:
    x.__reduce__(1)
except TypeError as err:
    print("TypeError:", err)

s = slice(1, 10, 2)
print(s.__reduce__(), copy.copy(s) is s, copy.deepcopy(s), copy.deepcopy(s) == s)
print(copy.deepcopy(slice([1], None)))
print(copy.deepcopy({"s": slice(None, 5)}))
