# array's errors with CPython's messages: each typecode's range, bad
# typecodes and initializers, wrong operands, indexes out of range.
from array import array

def attempt(label, f, *args):
    try:
        result = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(result))

for code in "bBhHiIlLqQ":
    arr = array(code)
    for value in (2**70, -2**70, 2**31, -2**31 - 1, 2**63, 2**64, 300, -1, 1.5, "x", True):
        attempt(code + " " + repr(value), arr.append, value)
    print(code, arr)
for code in "fd":
    arr = array(code)
    for value in (1, 2**2000, "x", 1e300, True):
        attempt(code + " " + repr(value)[:10], arr.append, value)
    print(arr)
u = array("u")
attempt("u ab", u.append, "ab")
attempt("u 1", u.append, 1)
attempt("bad code", array, "z")
attempt("code int", array, 1)
attempt("code str", array, "ab")
attempt("no args", array)
attempt("three args", array, "i", [], 3)
attempt("init int", array, "i", 5)
attempt("init str", array, "i", "abc")
attempt("u bytes", array, "u", b"ab")
attempt("i bytes", array, "i", b"\x01\x02")
attempt("u from int array", array, "u", array("i", [1]))
attempt("bad item", array, "i", [1, "x"])

a = array("i", [1, 2, 3])
attempt("index", lambda: a[5])
attempt("assign", a.__setitem__, 5, 1)
attempt("assign list slice", a.__setitem__, slice(0, 1), [1])
attempt("assign other kind", a.__setitem__, slice(0, 1), array("h", [1]))
attempt("extended size", a.__setitem__, slice(0, 3, 2), array("i", [1]))
attempt("del index", a.__delitem__, 7)
attempt("str index", lambda: a["x"])
attempt("huge index", lambda: a[2**70])
attempt("+ list", lambda: a + [1])
attempt("+ other kind", lambda: a + array("h"))
attempt("list +", lambda: [1] + a)
attempt("* str", lambda: a * "x")
attempt("* float", lambda: a * 2.0)
attempt("< list", lambda: a < [1])
attempt("hash", hash, a)
attempt("extend other kind", a.extend, array("h", [1]))
attempt("extend int", a.extend, 5)
b = array("i", [1, 2])
attempt("extend partly", b.extend, [3, "x"])
print(b)
def iadd():
    c = array("i")
    c += [1]
attempt("+= list", iadd)
attempt("pop empty", array("i").pop)
attempt("pop range", a.pop, 10)
attempt("pop str", a.pop, "x")
attempt("remove", a.remove, 9)
attempt("index missing", a.index, 9)
attempt("index from", a.index, 2, 2)
attempt("index str start", a.index, 1, "x")
attempt("insert str", a.insert, "x", 1)
attempt("fromlist tuple", a.fromlist, (1,))
attempt("fromlist bad", a.fromlist, [1, "x"])
print(a)
attempt("frombytes odd", a.frombytes, b"abc")
attempt("frombytes str", a.frombytes, "abc")
attempt("tounicode", array("i").tounicode)
attempt("fromunicode kind", a.fromunicode, "x")
attempt("fromunicode int", array("u").fromunicode, 1)
attempt("set str item", array("i", [1]).__setitem__, 0, "x")
attempt("set big item", array("b", [1]).__setitem__, 0, 1000)
