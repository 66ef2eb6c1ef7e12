# type(name, bases, ns) takes __module__ from the calling code's globals unless the namespace has one
X = type("X", (), {})
print(X, X.__module__, repr(X()).startswith("<__main__.X object"))

def make(name):
    return type(name, (object,), {"value": 1})
Y = make("Y")
print(Y, Y.__module__, Y.value)

Z = type("Z", (), {"__module__": "elsewhere"})
print(Z, Z.__module__)

class Meta(type):
    pass
W = Meta("W", (), {})
print(W, W.__module__, type(W).__name__)

ns = {}
exec("V = type('V', (), {})", {"__name__": "fake_module"}, ns)
print(ns["V"], ns["V"].__module__)
