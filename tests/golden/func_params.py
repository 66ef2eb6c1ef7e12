# def: defaults, keyword arguments, *args, **kwargs, keyword-only, positional-only.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(a=1, c=3, d=0, z=9))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def pos_kw(x, /, **kw):
    return x, kw
print(pos_kw(1, x=2))
def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(3, []))
counter = 0
def default_time(v=counter):
    return v
counter = 10
print(default_time())
print(f.__defaults__, f.__kwdefaults__, pos.__code__.co_argcount if hasattr(pos, "__code__") else "")
def kwonly(*, key):
    return key
print(kwonly(key="k"))
def star_only(*args):
    return args
print(star_only(), star_only(1, *[2, 3]))
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1), annotated.__annotations__)
def doc():
    "The docstring."
print(doc.__doc__, doc.__name__, doc())
calls = [
    "f()", "f(1)", "f(1, 2, 3)", "f(1, c=1, c=2)" , "pos(1, b=2, c=3, d=4)", "pos(1, 2, 3, 4)",
    "pos(1, 2, 3)", "kwonly(1)", "kwonly()", "kwonly(key=1, other=2)", "star_only(x=1)",
    "pos_kw()", "doc(1)", "annotated()", "annotated(1, 2, 3)", "defaults_evaluated_once(item=1, other=2)",
]
for call in calls:
    try:
        eval(call)
    except TypeError as e:
        print(f"{call:40} {e}")
    except SyntaxError as e:
        print(f"{call:40} SyntaxError {e.msg}")
def many(a, b, c, d):
    pass
for call in ["many()", "many(1)", "many(1, 2)", "many(1, 2, 3)", "many(b=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(f"{call:20} {e}")
def kwmany(*, a, b, c):
    pass
try:
    kwmany()
except TypeError as e:
    print(e)
try:
    kwmany(1, 2)
except TypeError as e:
    print(e)
def mixed(a, b=1, *, c, d=2):
    pass
for call in ["mixed(1, 2, 3)", "mixed()", "mixed(1, 2, 3, c=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(f"{call:24} {e}")
class K:
    def method(self, x):
        pass
for call in ["K().method()", "K().method(1, 2)", "K.method()", "K().method(y=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(f"{call:24} {e}")
