# Calling the types of bound methods and mappingproxies, as types.MethodType and types.MappingProxyType do
class Account:
    def __init__(self, owner): self.owner = owner
    def whoami(self): return "account of " + self.owner

def describe(self, suffix="!"):
    return "described " + self.owner + suffix

MethodType = type(Account("x").whoami)
acct = Account("ann")
bound = MethodType(describe, acct)
print(bound(), bound("?"), bound.__func__ is describe, bound.__self__ is acct)
print(bound == MethodType(describe, acct), repr(bound).startswith("<bound method describe of <__main__.Account"))
print(MethodType(len, [1, 2])())

for args in [(), (describe,), (1, acct), (describe, None), (describe, acct, 3)]:
    try:
        MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    MethodType(describe, instance=acct)
except TypeError as e:
    print("TypeError:", e)

MappingProxyType = type(Account.__dict__)
settings = {"debug": False}
view = MappingProxyType(settings)
settings["level"] = 3
print(view, view["level"], len(view), list(view), "debug" in view, view.get("nope", 0))
print(MappingProxyType(mapping={"k": 1}), view == {"debug": False, "level": 3})
try:
    view["debug"] = True
except TypeError as e:
    print("TypeError:", e)
for bad in (1, [("a", 1)], ("a",), None):
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    MappingProxyType()
except TypeError as e:
    print("TypeError:", e)
